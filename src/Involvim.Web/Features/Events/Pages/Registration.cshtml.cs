using Involvim.Web.Infrastructure.Outbox;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Events.Pages;

/// <summary>
/// A registrant's own page, opened with the registration code: the date and status, the QR ticket for check-in,
/// the .ics, a new party size, taking seats held from the waiting list, cancelling or leaving the list. The code
/// travels only in POST bodies (never in a URL); a wrong and an unknown code give the same answer; look-ups are rate
/// limited per client; every answer is <c>no-store</c>.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(EventsSetup.CodeLookupPolicy)]
public sealed class RegistrationModel(EventRegistrations registrations, RegionContext here, PublicLinks links, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? PartySize { get; set; }

    public EventRegistration? Found { get; private set; }

    public EventOccurrence? Occurrence { get; private set; }

    public EventListing? Event { get; private set; }

    public string Title { get; private set; } = "";

    public string TitleLanguage { get; private set; } = "";

    public string? Notice { get; private set; }

    public string? NameShown { get; private set; }

    public string QrSvg { get; private set; } = "";

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => WithRegistrationAsync((_, _, _) => Task.FromResult<string?>(null), ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) => WithRegistrationAsync(
        async (r, _, _) => await registrations.CancelAsync(r, ct) ? (r.Status == RegistrationStatus.Waiting ? "Events.Notice.Left" : "Events.Notice.Cancelled") : "Events.Notice.NotNow",
        ct);

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) => WithRegistrationAsync(
        async (r, _, _) => await registrations.AcceptAsync(r, ct) ? "Events.Notice.Accepted" : "Events.Notice.HoldOver",
        ct);

    public Task<IActionResult> OnPostPartyAsync(CancellationToken ct) => WithRegistrationAsync(
        async (r, _, e) =>
        {
            if (EventRegistrations.PartySize(PartySize) is not int size)
            {
                ModelState.AddModelError(nameof(PartySize), t["Events.Error.Party"]);
                return null;
            }

            return await registrations.ChangePartyAsync(r, e, size, ct) ? "Events.Notice.PartyChanged" : "Events.Notice.NoSeats";
        },
        ct);

    /// <summary>The registration's date as an .ics file, with the same UID as the event's .ics and the feeds.</summary>
    public async Task<IActionResult> OnPostCalendarAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var region = here.RequiredRegion;
        if (await registrations.FindAsync(region.Id, Code, ct) is not { } found)
        {
            return NotFoundAnswer();
        }

        var (title, summary, _) = EventCalendar.Text(found.Event, here.Language, region.DefaultLanguage);
        var text = EventCalendar.Write([new CalendarItem(found.Event, found.Occurrence, title, summary, EventCalendar.Place(found.Event), links.Absolute(here.To($"events/{found.Event.Id}")))], title);
        return File(System.Text.Encoding.UTF8.GetBytes(text), EventCalendar.MediaType, "registration.ics");
    }

    private async Task<IActionResult> WithRegistrationAsync(Func<EventRegistration, EventOccurrence, EventListing, Task<string?>> action, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var region = here.RequiredRegion;
        if (await registrations.FindAsync(region.Id, Code, ct) is not { } found)
        {
            return NotFoundAnswer();
        }

        var notice = await action(found.Registration, found.Occurrence, found.Event);
        if (notice is not null && notice != "Events.Notice.NotNow")
        {
            found = (await registrations.FindAsync(region.Id, Code, ct))!.Value;
        }

        (Found, Occurrence, Event) = found;
        (Title, _, TitleLanguage) = EventCalendar.Text(found.Event, here.Language, region.DefaultLanguage);
        Notice = notice is null ? null : t[notice].Value;
        NameShown = registrations.NameOf(found.Registration);
        QrSvg = QrCodes.Svg(SecretCodesText(Code!), t["Events.Ticket"]);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    private static string SecretCodesText(string code) => Infrastructure.Security.SecretCodes.Normalize(code) ?? code;

    private PageResult NotFoundAnswer()
    {
        ModelState.AddModelError(nameof(Code), t["Events.Error.Code"]);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
