using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Accounts;

/// <summary>
/// Erases a person's account on their request: name, e-mail address, password and two-step sign-in go, and nobody
/// can sign in with it again. The row itself stays under a meaningless name, so that the anonymous history (offers,
/// hours, the audit chain) keeps its references. Only for people with no role left: staff are removed by a coordinator.
/// </summary>
public sealed class AccountErasure(AppDbContext db, UserManager<AppUser> users, AuditLog audit)
{
    /// <summary>Whether the account has no role other than <paramref name="except"/> (in its region) and is no administrator.</summary>
    public async Task<bool> CanEraseAsync(AppUser user, Guid exceptRegionId, RegionRole except, CancellationToken ct) =>
        !user.IsPlatformAdmin && !await db.RoleAssignments.IgnoreQueryFilters()
            .AnyAsync(a => a.UserId == user.Id && !(a.RegionId == exceptRegionId && a.Role == except), ct);

    public async Task EraseAsync(AppUser user, Guid? regionId)
    {
        user.UserName = $"erased-{user.Id:N}";

        // Accounts need a unique, well-formed address; ".invalid" can never be delivered (RFC 2606).
        user.Email = $"{user.UserName}@erased.invalid";
        user.EmailConfirmed = false;
        user.PhoneNumber = null;
        user.DisplayName = "—";
        user.PasswordHash = null;
        user.TwoFactorEnabled = false;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            throw new InvalidOperationException("The account could not be erased: " + string.Join("; ", updated.Errors.Select(e => e.Code)));
        }

        // A new security stamp ends every session of the account on every device.
        await users.UpdateSecurityStampAsync(user);
        audit.Record("account.erased", nameof(AppUser), user.Id.ToString(), regionId);
        await db.SaveChangesAsync();
    }
}
