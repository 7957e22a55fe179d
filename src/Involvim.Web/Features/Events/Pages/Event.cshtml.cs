using Involvim.Web.Features.Directory;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Events.Pages;

/// <summary>
/// One event: what, for whom, where, the next dates with their seats (a sign-up link per date when registration is
/// open), "add to calendar" (.ics), a share link and a print view. Not output-cached: seats change with every sign-up.
/// </summary>
[AllowAnonymous]
public sealed class EventModel(EventQueries queries, AppDbContext db, RegionContext here, Infrastructure.Outbox.PublicLinks links, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>A coming date: local times, whether it is cancelled, its note, seats left, and why sign-up is closed (a resource key) if it is.</summary>
    public sealed record Date(Guid Id, DateTime Starts, DateTime Ends, bool Cancelled, string? Note, int? SeatsLeft, string? Closed);

    public EventListing Event { get; private set; } = null!;

    public Localized<EventTranslation> Text { get; private set; } = null!;

    public string DescriptionHtml { get; private set; } = "";

    public Localized<OrganizationTranslation>? Organization { get; private set; }

    public IReadOnlyList<Date> Dates { get; private set; } = [];

    public string ShareUrl { get; private set; } = "";

    public PrintCard Print { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var e = await queries.PublishedAsync(region, id, ct);
        if (e is null)
        {
            return NotFound();
        }

        Event = e;
        Text = ContentTranslations.Pick(e.Translations, here.Language, region.DefaultLanguage)!;
        DescriptionHtml = Text.Value.Description is { } d ? SafeMarkdown.ToHtml(d) : "";
        var organization = await db.Organizations.AsNoTracking().Include(o => o.Translations).FirstOrDefaultAsync(o => o.Id == e.OrganizationId, ct);
        Organization = organization is null ? null : ContentTranslations.Pick(organization.Translations, here.Language, region.DefaultLanguage);
        var now = queries.Now;
        Dates = (await queries.DatesAsync(e, 20, includeCancelled: true, ct))
            .Select(o => new Date(o.Id, region.Local(o.StartsAt), region.Local(o.EndsAt), o.Status == OccurrenceStatus.Cancelled, o.Note,
                EventRegistrations.SeatsLeft(e, o), EventRegistrations.ClosedReason(e, o, now)))
            .ToList();
        ShareUrl = links.Absolute(here.To($"events/{e.Id}"));
        Print = new PrintCard(
            Organization?.Value.Name ?? region.NameIn(here.Language),
            EventCalendar.Place(e),
            e.Phone ?? organization?.Phone,
            e.Email ?? organization?.Email,
            ShareUrl,
            QrCodes.Svg(ShareUrl, t["Print.QrLabel", Text.Value.Title]),
            DateOnly.FromDateTime(region.Local(now)));
        return Page();
    }

    /// <summary>The ages in words, e.g. "6–12".</summary>
    public string? Ages => (Event.AgeMin, Event.AgeMax) switch
    {
        (int min, int max) => $"{min}–{max}",
        (int min, null) => $"{min}+",
        (null, int max) => $"0–{max}",
        _ => null,
    };
}
