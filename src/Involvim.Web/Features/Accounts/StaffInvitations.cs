using System.Security.Cryptography;
using System.Text;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Accounts;

/// <summary>Inviting staff into a region, accepting and revoking invitations, removing roles.</summary>
public sealed class StaffInvitations(
    AppDbContext db,
    AuditLog audit,
    AccountMail mail,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Creates the invitation, its audit entry and its e-mail in one transaction; returns the raw token (shown nowhere, only mailed).</summary>
    public async Task<string> InviteAsync(RegionSnapshot region, string email, RegionRole role, Guid? organizationId, string language, Guid actorUserId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var normalized = email.Trim();

        // A newer invitation for the same person and role replaces the older one.
        var older = await db.StaffInvitations
            .Where(i => i.RegionId == region.Id && i.Email == normalized && i.Role == role && i.AcceptedAt == null && i.RevokedAt == null)
            .ToListAsync(ct);
        foreach (var invitation in older)
        {
            invitation.RevokedAt = now;
        }

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var created = new StaffInvitation
        {
            RegionId = region.Id,
            Email = normalized,
            Role = role,
            OrganizationId = role == RegionRole.OrgEditor ? organizationId : null,
            Language = language,
            TokenHash = HashToken(token),
            CreatedAt = now,
            ExpiresAt = now + StaffInvitation.Lifetime,
            CreatedByUserId = actorUserId,
        };
        db.StaffInvitations.Add(created);
        audit.Record("staff.invited", nameof(StaffInvitation), created.Id.ToString(), region.Id, new { role = role.Code(), created.OrganizationId });

        var roleName = t[$"Role.{role.Code()}"].Value;
        mail.Invitation(normalized, language, region.NameIn(language), roleName, $"/{region.Slug}/{language}/account/invitation?token={Uri.EscapeDataString(token)}", region.Id);
        await db.SaveChangesAsync(ct);
        return token;
    }

    public async Task<StaffInvitation?> FindOpenAsync(Guid regionId, string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = HashToken(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.StaffInvitations.FirstOrDefaultAsync(i => i.RegionId == regionId && i.TokenHash == hash, ct);
        return invitation is not null && invitation.IsOpen(now) ? invitation : null;
    }

    /// <summary>Gives the user the invited role (once) and closes the invitation.</summary>
    public async Task AcceptAsync(StaffInvitation invitation, AppUser user, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var exists = await db.RoleAssignments.AnyAsync(a => a.RegionId == invitation.RegionId && a.UserId == user.Id && a.Role == invitation.Role, ct);
        if (!exists)
        {
            db.RoleAssignments.Add(new RegionRoleAssignment
            {
                RegionId = invitation.RegionId,
                UserId = user.Id,
                Role = invitation.Role,
                OrganizationId = invitation.OrganizationId,
                CreatedAt = now,
                CreatedByUserId = invitation.CreatedByUserId,
            });
        }

        invitation.AcceptedAt = now;
        invitation.AcceptedByUserId = user.Id;
        audit.Record("staff.invitation.accepted", nameof(StaffInvitation), invitation.Id.ToString(), invitation.RegionId, new { role = invitation.Role.Code() }, user.Id);
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> RevokeAsync(Guid regionId, Guid invitationId, CancellationToken ct)
    {
        var invitation = await db.StaffInvitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.RegionId == regionId && i.AcceptedAt == null && i.RevokedAt == null, ct);
        if (invitation is null)
        {
            return false;
        }

        invitation.RevokedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("staff.invitation.revoked", nameof(StaffInvitation), invitation.Id.ToString(), regionId);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Removes a role; the last coordinator of a region cannot be removed (someone must run it).</summary>
    public async Task<RemoveRoleResult> RemoveRoleAsync(Guid regionId, Guid assignmentId, CancellationToken ct)
    {
        var assignment = await db.RoleAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.RegionId == regionId, ct);
        if (assignment is null)
        {
            return RemoveRoleResult.NotFound;
        }

        if (assignment.Role == RegionRole.Coordinator &&
            await db.RoleAssignments.CountAsync(a => a.RegionId == regionId && a.Role == RegionRole.Coordinator, ct) == 1)
        {
            return RemoveRoleResult.LastCoordinator;
        }

        db.RoleAssignments.Remove(assignment);
        // The person's open sessions end with the role: a page already open in their browser opens nothing more.
        if (await db.Users.FirstOrDefaultAsync(u => u.Id == assignment.UserId, ct) is { } user)
        {
            user.SecurityStamp = AccountSessions.NewStamp();
        }

        audit.Record("staff.role.removed", nameof(RegionRoleAssignment), assignment.Id.ToString(), regionId, new { role = assignment.Role.Code(), userId = assignment.UserId });
        await db.SaveChangesAsync(ct);
        return RemoveRoleResult.Removed;
    }
}

public enum RemoveRoleResult
{
    Removed,
    NotFound,
    LastCoordinator,
}
