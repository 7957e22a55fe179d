using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Involvim.Web.Features.Accounts;

/// <summary>Policy names; every protected page and endpoint names one (see docs/authorization.md).</summary>
public static class Policies
{
    /// <summary>Coordinator, org-editor or translator of the route's region (or platform admin).</summary>
    public const string RegionStaff = "region-staff";

    /// <summary>Coordinator of the route's region (or platform admin).</summary>
    public const string RegionCoordinator = "region-coordinator";

    /// <summary>Coordinator or org-editor of the route's region (or platform admin): may edit listings; org-editors only their organisation's.</summary>
    public const string RegionEditor = "region-editor";

    /// <summary>Coordinator or translator of the route's region (or platform admin): the translator's desk; translators only their language pairs.</summary>
    public const string RegionTranslation = "region-translation";

    /// <summary>Volunteer of the route's region (or platform admin): sees offers and tasks.</summary>
    public const string RegionVolunteer = "region-volunteer";

    /// <summary>Platform administrator.</summary>
    public const string PlatformAdmin = "platform-admin";

    public static readonly RegionRole[] StaffRoles = [RegionRole.Coordinator, RegionRole.OrgEditor, RegionRole.Translator];

    public static readonly RegionRole[] EditorRoles = [RegionRole.Coordinator, RegionRole.OrgEditor];

    public static readonly RegionRole[] TranslationRoles = [RegionRole.Coordinator, RegionRole.Translator];
}

/// <summary>The user holds one of <see cref="Roles"/> in the region named by the route.</summary>
public sealed class RegionRoleRequirement(params RegionRole[] roles) : IAuthorizationRequirement
{
    public IReadOnlyList<RegionRole> Roles { get; } = roles;
}

/// <summary>The user is a platform administrator.</summary>
public sealed class PlatformAdminRequirement : IAuthorizationRequirement;

/// <summary>Why a region requirement failed; the result handler turns these into 404 or a two-factor set-up.</summary>
public static class FailureReasons
{
    public const string NotInRegion = "not-in-region";
    public const string TwoFactorRequired = "two-factor-required";
}

internal sealed class RegionRoleHandler(RegionPermissions permissions) : AuthorizationHandler<RegionRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RegionRoleRequirement requirement)
    {
        var access = await permissions.GetAsync();
        if (access.UserId is null)
        {
            return;
        }

        if (access.IsOutsider)
        {
            context.Fail(new AuthorizationFailureReason(this, FailureReasons.NotInRegion));
            return;
        }

        if (!access.HasAny(requirement.Roles))
        {
            return;
        }

        if (access.MustSetUpTwoFactor)
        {
            context.Fail(new AuthorizationFailureReason(this, FailureReasons.TwoFactorRequired));
            return;
        }

        context.Succeed(requirement);
    }
}

internal sealed class PlatformAdminHandler(RegionPermissions permissions) : AuthorizationHandler<PlatformAdminRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PlatformAdminRequirement requirement)
    {
        var access = await permissions.GetAsync();
        if (access.UserId is null)
        {
            return;
        }

        if (!access.IsPlatformAdmin)
        {
            if (access.IsOutsider)
            {
                context.Fail(new AuthorizationFailureReason(this, FailureReasons.NotInRegion));
            }

            return;
        }

        if (access.MustSetUpTwoFactor)
        {
            context.Fail(new AuthorizationFailureReason(this, FailureReasons.TwoFactorRequired));
            return;
        }

        context.Succeed(requirement);
    }
}

/// <summary>
/// Turns region failures into answers that reveal nothing: a region where the user has no role answers 404
/// (as if the page did not exist); a coordinator without two-factor is sent to set it up.
/// </summary>
internal sealed class RegionAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var reasons = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).ToList() ?? [];
        if (authorizeResult.Forbidden && reasons.Contains(FailureReasons.NotInRegion))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        if (authorizeResult.Forbidden && reasons.Contains(FailureReasons.TwoFactorRequired))
        {
            if (AccountPaths.IsApi(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            context.Response.Redirect(AccountPaths.TwoFactorSetup(context));
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
