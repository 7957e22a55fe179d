using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Events.Pages;

/// <summary>
/// Signing up for one date without an account: a name or nickname, an optional e-mail address, the party size. The
/// answer shows the registration code once (it is not stored, only its hash) and is <c>no-store</c>. No IP address
/// is kept with the registration; sign-ups are rate limited per client like every submission.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Submission)]
public sealed class RegisterModel(EventQueries queries, AppDbContext db, EventRegistrations registrations, RegionContext here, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? PartySize { get; set; } = "1";

    public EventListing Event { get; private set; } = null!;

    public EventOccurrence Occurrence { get; private set; } = null!;

    public string Title { get; private set; } = "";

    public string TitleLanguage { get; private set; } = "";

    /// <summary>Why nobody can sign up now (a resource key), or null.</summary>
    public string? Closed { get; private set; }

    public SignUpResult? Result { get; private set; }

    public DateTime Starts => here.RequiredRegion.Local(Occurrence.StartsAt);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid occurrence, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return await LoadAsync(id, occurrence, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid occurrence, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (!await LoadAsync(id, occurrence, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        foreach (var (field, key) in EventRegistrations.Validate(Name, Email, PartySize))
        {
            ModelState.AddModelError(field, t[key]);
        }

        if (Closed is not null || !ModelState.IsValid)
        {
            Response.StatusCode = Closed is not null ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Page();
        }

        Result = await registrations.SignUpAsync(here.RequiredRegion, Event, Occurrence, new SignUpInput(Name, Email, EventRegistrations.PartySize(PartySize)!.Value, here.Language), ct);
        if (Result.Outcome is SignUpOutcome.Full or SignUpOutcome.Closed)
        {
            Closed = Result.ClosedReason ?? "Events.Closed.Full";
            Result = null;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Guid occurrence, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        if (await queries.PublishedAsync(region, id, ct) is not { } e ||
            await db.EventOccurrences.AsNoTracking().FirstOrDefaultAsync(o => o.Id == occurrence && o.EventId == id, ct) is not { } o)
        {
            return false;
        }

        (Event, Occurrence) = (e, o);
        (Title, _, TitleLanguage) = EventCalendar.Text(e, here.Language, region.DefaultLanguage);
        Closed = EventRegistrations.ClosedReason(e, o, queries.Now);
        if (Closed is null && e.Capacity is not null && EventRegistrations.SeatsLeft(e, o) == 0 && !e.WaitingList)
        {
            Closed = "Events.Closed.Full";
        }

        return true;
    }
}
