using System.ComponentModel.DataAnnotations;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Manage;

/// <summary>A coordinator sees who has which role in the region, invites people by e-mail and removes roles.</summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class StaffModel(AppDbContext db, StaffInvitations invitations, Directory.OrganizationNames organizationNames, RegionContext here, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public IReadOnlyList<StaffInvitation> Open { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public string? Message { get; private set; }

    public sealed record Member(Guid AssignmentId, string Name, string? Email, RegionRole Role, string? Organization, bool TwoFactor);

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(254, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Account.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Manage.Staff.Role")]
        public string Role { get; set; } = "org-editor";

        public Guid? OrganizationId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        public string Language { get; set; } = "";
    }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Message = done switch
        {
            "invited" => t["Manage.Staff.Invited"].Value,
            "revoked" => t["Manage.Staff.Revoked"].Value,
            "removed" => t["Manage.Staff.Removed"].Value,
            _ => null,
        };
        Invite.Language = here.Language;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        var role = RegionRoles.FromCode(Invite.Role);
        if (role is null)
        {
            ModelState.AddModelError("Invite.Role", t["Validation.Choose"]);
        }

        if (!UiLanguages.IsSupported(Invite.Language) || !here.RequiredRegion.Offers(Invite.Language))
        {
            ModelState.AddModelError("Invite.Language", t["Validation.Choose"]);
        }

        if (role == RegionRole.OrgEditor &&
            (Invite.OrganizationId is null || !await db.Organizations.AnyAsync(o => o.Id == Invite.OrganizationId && o.RegionId == here.RequiredRegion.Id, ct)))
        {
            ModelState.AddModelError("Invite.OrganizationId", t["Manage.Staff.OrganizationRequired"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var actor = User.UserId();
        await invitations.InviteAsync(here.RequiredRegion, Invite.Email, role!.Value, Invite.OrganizationId, Invite.Language, actor, ct);
        return Redirect(here.To("manage/staff") + "?done=invited");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) =>
        await invitations.RevokeAsync(here.RequiredRegion.Id, id, ct)
            ? Redirect(here.To("manage/staff") + "?done=revoked")
            : NotFound();

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        var result = await invitations.RemoveRoleAsync(here.RequiredRegion.Id, id, ct);
        switch (result)
        {
            case RemoveRoleResult.NotFound:
                return NotFound();
            case RemoveRoleResult.LastCoordinator:
                ModelState.AddModelError(string.Empty, t["Manage.Staff.LastCoordinator"]);
                await LoadAsync(ct);
                return Page();
            default:
                return Redirect(here.To("manage/staff") + "?done=removed");
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var regionId = here.RequiredRegion.Id;
        var now = clock.GetUtcNow().UtcDateTime;
        Organizations = await organizationNames.InRegionAsync(here.RequiredRegion, here.Language, ct);
        var names = Organizations.ToDictionary(o => o.Id, o => o.Name);

        var assignments = await db.RoleAssignments.AsNoTracking()
            .Where(a => a.RegionId == regionId)
            .Select(a => new { a.Id, a.Role, a.OrganizationId, a.User!.DisplayName, a.User.Email, a.User.TwoFactorEnabled })
            .ToListAsync(ct);
        Members = assignments
            .Select(a => new Member(a.Id, a.DisplayName, a.Email, a.Role, a.OrganizationId is { } org ? names.GetValueOrDefault(org) : null, a.TwoFactorEnabled))
            .OrderBy(m => m.Role)
            .ThenBy(m => m.Name, StringComparer.CurrentCulture)
            .ToList();

        Open = await db.StaffInvitations.AsNoTracking()
            .Where(i => i.RegionId == regionId && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt)
            .ToListAsync(ct);
    }
}
