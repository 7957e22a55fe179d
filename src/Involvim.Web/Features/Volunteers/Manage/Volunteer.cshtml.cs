using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Volunteers.Manage;

/// <summary>
/// A coordinator corrects a volunteer's profile (after a phone call, or when someone is away for a while): the same
/// fields and rules as the volunteer's own profile page; every change is audited.
/// </summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class VolunteerModel(AppDbContext db, RegionContext here, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public VolunteerProfileInput Input { get; set; } = new();

    public VolunteerProfile? Profile { get; private set; }

    public IReadOnlyList<string> Areas => here.RequiredRegion.Areas;

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } profile)
        {
            return NotFound();
        }

        Input = VolunteerProfileInput.From(profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        if (await FindAsync(id, ct) is not { } profile)
        {
            return NotFound();
        }

        if (!Input.ApplyTo(profile, Areas, ModelState, t))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("volunteer.profile-edited", nameof(VolunteerProfile), profile.Id.ToString(), profile.RegionId, new
        {
            languages = profile.Languages.Select(l => $"{l.Code}:{l.Level}"),
            profile.Skills,
            profile.Areas,
            profile.AvailableSlots,
            profile.MaxActiveTasks,
            profile.PausedUntil,
        });
        await db.SaveChangesAsync(ct);
        Input = VolunteerProfileInput.From(profile);
        Saved = true;
        return Page();
    }

    /// <summary>A pending or approved volunteer of this region (the region filter keeps others out).</summary>
    private async Task<VolunteerProfile?> FindAsync(Guid id, CancellationToken ct) =>
        Profile = await db.Volunteers.Include(v => v.User)
            .FirstOrDefaultAsync(v => v.Id == id && (v.Approval == VolunteerApproval.Pending || v.Approval == VolunteerApproval.Approved), ct);
}
