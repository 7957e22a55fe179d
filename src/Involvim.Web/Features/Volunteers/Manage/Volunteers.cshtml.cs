using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Outbox;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Volunteers.Manage;

/// <summary>Coordinators approve volunteer sign-ups, record vetting, and see who can help with what.</summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class VolunteersModel(
    AppDbContext db,
    RegionContext here,
    UserManager<AppUser> users,
    AuditLog audit,
    EmailOutbox outbox,
    PublicLinks links,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<VolunteerProfile> Pending { get; private set; } = [];

    public IReadOnlyList<VolunteerProfile> Approved { get; private set; } = [];

    public const int PageSize = 25;

    /// <summary>The page of the approved volunteers (25 a page); from <c>?p=</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int ApprovedTotal { get; private set; }

    public int Pages => Infrastructure.Web.Pager.Count(ApprovedTotal, PageSize);

    public string? Notice { get; private set; }

    [BindProperty]
    public bool Vetted { get; set; }

    [BindProperty]
    public string? VettingNote { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostApproveAsync(Guid volunteer, CancellationToken ct)
    {
        var profile = await db.Volunteers.Include(v => v.User).FirstOrDefaultAsync(v => v.Id == volunteer, ct);
        if (profile?.User is not { } user)
        {
            return NotFound();
        }

        if (profile.Approval != VolunteerApproval.Approved)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            profile.Approval = VolunteerApproval.Approved;
            profile.UpdatedAt = now;
            if (!await db.RoleAssignments.AnyAsync(a => a.UserId == user.Id && a.RegionId == profile.RegionId && a.Role == RegionRole.Volunteer, ct))
            {
                db.RoleAssignments.Add(new RegionRoleAssignment { UserId = user.Id, RegionId = profile.RegionId, Role = RegionRole.Volunteer, CreatedAt = now, CreatedByUserId = User.UserId() });
            }

            var region = here.RequiredRegion;
            var language = UiLanguages.IsSupported(user.PreferredLanguage) ? user.PreferredLanguage : region.DefaultLanguage;
            using (new CultureScope(language))
            {
                // Without a password yet, the link lets them choose one (and proves the address); with one, it leads to sign-in.
                var path = await users.HasPasswordAsync(user)
                    ? $"/{region.Slug}/{language}/account/signin"
                    : $"/{region.Slug}/{language}/account/reset-password?user={user.Id:N}&token={Uri.EscapeDataString(await users.GeneratePasswordResetTokenAsync(user))}";
                outbox.Enqueue(user.Email!, t["Mail.Volunteer.Approved.Subject", region.NameIn(language)], $"{t["Mail.Volunteer.Approved.Body", region.NameIn(language)]}\n\n{links.Absolute(path)}\n", "volunteer-approved", region.Id);
            }

            audit.Record("volunteer.approved", nameof(VolunteerProfile), profile.Id.ToString(), profile.RegionId);
            await db.SaveChangesAsync(ct);
        }

        return await DoneAsync("ManageVolunteers.Approved", ct);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid volunteer, CancellationToken ct)
    {
        var profile = await db.Volunteers.FirstOrDefaultAsync(v => v.Id == volunteer, ct);
        if (profile is null)
        {
            return NotFound();
        }

        profile.Approval = VolunteerApproval.Rejected;
        profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.EndVolunteerRoleAsync(profile, ct);
        audit.Record("volunteer.rejected", nameof(VolunteerProfile), profile.Id.ToString(), profile.RegionId);
        await db.SaveChangesAsync(ct);
        return await DoneAsync("ManageVolunteers.Rejected", ct);
    }

    public async Task<IActionResult> OnPostVetAsync(Guid volunteer, CancellationToken ct)
    {
        var profile = await db.Volunteers.FirstOrDefaultAsync(v => v.Id == volunteer, ct);
        if (profile is null)
        {
            return NotFound();
        }

        if (VettingNote?.Length > VolunteerLimits.Text)
        {
            ModelState.AddModelError(nameof(VettingNote), t["Validation.TooLong"]);
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        profile.Vetted = Vetted;
        profile.VettingNote = string.IsNullOrWhiteSpace(VettingNote) ? null : VettingNote.Trim();
        profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("volunteer.vetting", nameof(VolunteerProfile), profile.Id.ToString(), profile.RegionId, new { vetted = Vetted });
        await db.SaveChangesAsync(ct);
        return await DoneAsync("Manage.Settings.Saved", ct);
    }

    private async Task<IActionResult> DoneAsync(string notice, CancellationToken ct)
    {
        Notice = notice;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = await db.Volunteers.AsNoTracking().Include(v => v.User)
            .Where(v => v.Approval == VolunteerApproval.Pending || v.Approval == VolunteerApproval.Approved)
            .OrderBy(v => v.CreatedAt).ToListAsync(ct);
        Pending = all.Where(v => v.Approval == VolunteerApproval.Pending).ToList();
        var approved = all.Where(v => v.Approval == VolunteerApproval.Approved).OrderBy(v => v.User!.DisplayName, StringComparer.CurrentCulture).ToList();
        ApprovedTotal = approved.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Approved = approved.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }
}
