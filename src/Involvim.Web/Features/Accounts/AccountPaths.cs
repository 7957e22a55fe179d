using Involvim.Web.Infrastructure.Errors;
using Involvim.Web.Infrastructure.Regions;

namespace Involvim.Web.Features.Accounts;

/// <summary>Where account pages live: inside the region and language the person came from.</summary>
public static class AccountPaths
{
    public static bool IsApi(PathString path) => ErrorResponses.IsApi(path);

    public static string SignIn(HttpContext context, string? returnUrl) =>
        Build(context, "account/signin", returnUrl);

    public static string TwoFactorSetup(HttpContext context) =>
        Build(context, "account/two-factor", context.Request.PathBase + context.Request.Path + context.Request.QueryString);

    private static string Build(HttpContext context, string page, string? returnUrl)
    {
        var region = context.RequestServices.GetRequiredService<RegionContext>();
        var prefix = region.Region is { } r ? $"/{r.Slug}/{region.Language}/" : "/";
        var url = prefix + page;
        return string.IsNullOrEmpty(returnUrl) ? url : url + "?returnUrl=" + Uri.EscapeDataString(returnUrl);
    }

    /// <summary>
    /// Only local paths are followed after sign-in (no open redirect): the framework's own check (the one
    /// <c>LocalRedirect</c> applies, so it can never throw later), which also refuses control characters.
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && LocalUrls.IsLocalUrl(returnUrl) ? returnUrl : fallback;

    private static readonly Microsoft.AspNetCore.Mvc.Routing.UrlHelper LocalUrls = new(new Microsoft.AspNetCore.Mvc.ActionContext(
        new DefaultHttpContext(), new Microsoft.AspNetCore.Routing.RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
}
