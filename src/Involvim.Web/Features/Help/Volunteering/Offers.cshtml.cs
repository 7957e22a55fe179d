using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Volunteers;
using Involvim.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Help.Volunteering;

/// <summary>A volunteer's start page: offers waiting for an answer, running tasks, what they have done.</summary>
[Authorize(Policy = Policies.RegionVolunteer)]
public sealed class OffersModel(AppDbContext db, HelpWorkflow workflow, IStringLocalizer<SharedResource> t) : PageModel
{
    public VolunteerProfile Profile { get; private set; } = null!;

    public IReadOnlyList<HelpOffer> Offers { get; private set; } = [];

    public IReadOnlyList<HelpRequest> Tasks { get; private set; } = [];

    public int DoneCount { get; private set; }

    public decimal DoneHours { get; private set; }

    public string? Notice { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(bool returned, CancellationToken ct)
    {
        Notice = returned ? "Volunteer.GaveBack" : null;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid offer, CancellationToken ct) =>
        ActAsync(p => workflow.AcceptAsync(offer, p, ct), "Volunteer.Accepted", ct);

    public Task<IActionResult> OnPostDeclineAsync(Guid offer, CancellationToken ct) =>
        ActAsync(p => workflow.DeclineAsync(offer, p, Reason, ct), "Volunteer.Declined", ct);

    private async Task<IActionResult> ActAsync(Func<VolunteerProfile, Task<HelpOutcome>> action, string doneKey, CancellationToken ct)
    {
        var profile = await VolunteerProfiles.OfAsync(db, User, ct);
        if (profile is null)
        {
            return NotFound();
        }

        var outcome = await action(profile);
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        if (outcome == HelpOutcome.Done)
        {
            Notice = doneKey;
        }
        else
        {
            ModelState.AddModelError("", t[outcome == HelpOutcome.Conflict ? "Volunteer.OfferGone" : outcome == HelpOutcome.Invalid ? "Validation.TooLong" : "Help.Error.NotNow"]);
            Response.StatusCode = outcome == HelpOutcome.NotFound ? StatusCodes.Status404NotFound : outcome == HelpOutcome.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        }

        return Page();
    }

    /// <summary>The signed-in person's volunteer profile in the current region (approved or not), tracked.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var profile = await VolunteerProfiles.OfAsync(db, User, ct);
        if (profile is null)
        {
            return false;
        }

        Profile = profile;
        Offers = await db.HelpOffers.AsNoTracking().Include(o => o.Request)
            .Where(o => o.VolunteerId == profile.Id && o.Status == OfferStatus.Pending).OrderBy(o => o.ExpiresAt).ToListAsync(ct);
        Tasks = await db.HelpRequests.AsNoTracking()
            .Where(r => r.VolunteerId == profile.Id && HelpWorkflow.ActiveTaskStatuses.Contains(r.Status)).OrderBy(r => r.AcceptedAt).ToListAsync(ct);
        var done = await db.HelpRequests.AsNoTracking().Where(r => r.VolunteerId == profile.Id && r.Status == HelpStatus.Done).Select(r => r.HoursSpent).ToListAsync(ct);
        DoneCount = done.Count;
        DoneHours = done.Sum(h => h ?? 0);
        return true;
    }
}
