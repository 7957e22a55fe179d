using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Volunteers;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Help.Volunteering;

/// <summary>A task the volunteer accepted: what is needed, messages with the requester, start and done with hours.</summary>
[Authorize(Policy = Policies.RegionVolunteer)]
public sealed class TaskModel(AppDbContext db, HelpWorkflow workflow, ContactProtector protector, RegionContext here, IStringLocalizer<SharedResource> t) : PageModel
{
    public HelpRequest Item { get; private set; } = null!;

    /// <summary>Only when the requester allowed it.</summary>
    public string? Contact { get; private set; }

    public string? Notice { get; private set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public decimal? Hours { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) is not null ? Page() : NotFound();

    public Task<IActionResult> OnPostMessageAsync(string id, CancellationToken ct) =>
        ActAsync(id, (r, p) => workflow.AddMessageAsync(r, MessageAuthor.Volunteer, User.UserId(), Text, ct), "Help.Track.MessageSent", ct);

    public Task<IActionResult> OnPostStartAsync(string id, CancellationToken ct) =>
        ActAsync(id, (r, p) => workflow.StartAsync(r, p, ct), "Volunteer.Started", ct);

    public Task<IActionResult> OnPostDoneAsync(string id, CancellationToken ct) =>
        ActAsync(id, (r, p) => Hours is { } hours ? workflow.CompleteAsync(r, p, HelpActor.Volunteer, hours, ct) : Task.FromResult(HelpOutcome.Invalid), "Volunteer.Completed", ct);

    /// <summary>The volunteer cannot do it after all; the task is no longer theirs, so they go back to their list.</summary>
    public async Task<IActionResult> OnPostGiveBackAsync(string id, CancellationToken ct)
    {
        var (profile, request) = await OwnTaskAsync(id, ct);
        if (request is null)
        {
            return NotFound();
        }

        if (await workflow.GiveBackAsync(request, profile!, Reason, ct) == HelpOutcome.Done)
        {
            return Redirect(here.To("volunteer") + "?returned=true");
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        ModelState.AddModelError(nameof(Reason), t["Validation.TooLong"]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult> ActAsync(string id, Func<HelpRequest, VolunteerProfile, Task<HelpOutcome>> action, string doneKey, CancellationToken ct)
    {
        var (profile, request) = await OwnTaskAsync(id, ct);
        if (request is null)
        {
            return NotFound();
        }

        var outcome = await action(request, profile!);
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        if (outcome == HelpOutcome.Done)
        {
            Notice = doneKey;
            Text = null;
        }
        else
        {
            // A field that did not bind (e.g. hours typed ambiguously) already says what is wrong.
            if (ModelState.IsValid || outcome != HelpOutcome.Invalid)
            {
                ModelState.AddModelError("", t[outcome == HelpOutcome.Invalid ? "Volunteer.Error.Input" : "Help.Error.NotNow"]);
            }

            Response.StatusCode = outcome == HelpOutcome.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        }

        return Page();
    }

    /// <summary>The signed-in volunteer's profile and, tracked, the request when it is their task (else null).</summary>
    private async Task<(VolunteerProfile? Profile, HelpRequest? Request)> OwnTaskAsync(string id, CancellationToken ct)
    {
        var profile = await VolunteerProfiles.OfAsync(db, User, ct);
        var requestId = SignedInUser.RouteId(id);
        var request = profile is null || requestId is null ? null
            : await db.HelpRequests.Include(r => r.Offers).FirstOrDefaultAsync(r => r.Id == requestId && r.VolunteerId == profile.Id, ct);
        return (profile, request);
    }

    private async Task<HelpRequest?> LoadAsync(string id, CancellationToken ct)
    {
        var profile = await VolunteerProfiles.OfAsync(db, User, ct);
        var requestId = SignedInUser.RouteId(id);
        if (profile is null || requestId is null)
        {
            return null;
        }

        var request = await db.HelpRequests.AsNoTracking().Include(r => r.Messages.OrderBy(m => m.CreatedAt))
            .FirstOrDefaultAsync(r => r.Id == requestId && r.VolunteerId == profile.Id, ct);
        if (request is null)
        {
            return null;
        }

        Item = request;
        Contact = request.ContactSharedWithVolunteer && HelpWorkflow.ActiveTaskStatuses.Contains(request.Status) ? protector.Unprotect(request.ContactCipher) : null;
        return request;
    }
}
