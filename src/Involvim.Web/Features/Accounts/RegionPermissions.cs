using System.Security.Claims;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Accounts;

/// <summary>What the signed-in person may do in the current region; read once per request from the database.</summary>
public sealed record RegionAccess(
    Guid? UserId,
    bool IsPlatformAdmin,
    bool TwoFactorEnabled,
    IReadOnlyList<RegionRole> Roles,
    IReadOnlyList<Guid> OrganizationIds,
    bool InRegion)
{
    public static readonly RegionAccess Anonymous = new(null, false, false, [], [], false);

    public bool Has(RegionRole role) => IsPlatformAdmin || Roles.Contains(role);

    public bool HasAny(IEnumerable<RegionRole> roles) => IsPlatformAdmin || roles.Any(Roles.Contains);

    /// <summary>In a region where this person has no role (and is no platform admin): its protected pages do not exist for them.</summary>
    public bool IsOutsider => InRegion && !IsPlatformAdmin && Roles.Count == 0;

    /// <summary>May publish and approve in this region (coordinator or platform admin).</summary>
    public bool CanPublish => Has(RegionRole.Coordinator);

    /// <summary>May edit the listings of this organisation: a coordinator any, an org-editor their own.</summary>
    public bool CanEdit(Guid organizationId) => CanPublish || (Roles.Contains(RegionRole.OrgEditor) && OrganizationIds.Contains(organizationId));

    /// <summary>Coordinators and platform admins must have two-factor sign-in before they may act.</summary>
    public bool MustSetUpTwoFactor => !TwoFactorEnabled && (IsPlatformAdmin || Roles.Any(r => r.RequiresTwoFactor()));
}

public sealed class RegionPermissions(AppDbContext db, RegionContext region, IHttpContextAccessor http)
{
    private RegionAccess? _cached;

    public async Task<RegionAccess> GetAsync(CancellationToken ct = default)
    {
        if (_cached is not null)
        {
            return _cached;
        }

        var principal = http.HttpContext?.User;
        if (principal?.Identity?.IsAuthenticated != true ||
            !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return _cached = RegionAccess.Anonymous;
        }

        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.IsPlatformAdmin, u.TwoFactorEnabled })
            .FirstOrDefaultAsync(ct);
        if (user is null)
        {
            return _cached = RegionAccess.Anonymous;
        }

        var assignments = region.RegionId is { } regionId
            ? await db.RoleAssignments.AsNoTracking()
                .IgnoreQueryFilters([AppDbContext.RegionFilter])
                .Where(a => a.UserId == userId && a.RegionId == regionId)
                .Select(a => new { a.Role, a.OrganizationId })
                .ToListAsync(ct)
            : [];

        return _cached = new RegionAccess(
            userId,
            user.IsPlatformAdmin,
            user.TwoFactorEnabled,
            assignments.Select(a => a.Role).Distinct().ToList(),
            assignments.Where(a => a.OrganizationId is not null).Select(a => a.OrganizationId!.Value).Distinct().ToList(),
            region.RegionId is not null);
    }
}

public static class SignedInUser
{
    /// <summary>The signed-in person's id (pages behind an authorization policy always have one).</summary>
    public static Guid UserId(this ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);

    /// <summary>A Guid from a route value that may also be a word such as <c>new</c>.</summary>
    public static Guid? RouteId(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
