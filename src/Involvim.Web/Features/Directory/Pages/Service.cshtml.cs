using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Directory.Pages;

/// <summary>One service: what it is, for whom, when, where, in which languages, how to reach it; printable and shareable.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy, Duration = 60)]
public sealed class ServiceModel(AppDbContext db, RegionContext here, TimeProvider clock, IStringLocalizer<SharedResource> t, Infrastructure.Outbox.PublicLinks links) : PageModel
{
    public ServiceListing Service { get; private set; } = null!;

    public Localized<ServiceTranslation> Text { get; private set; } = null!;

    public Localized<OrganizationTranslation>? OrganizationText { get; private set; }

    public IReadOnlyList<Location> Places { get; private set; } = [];

    public string? OpenText { get; private set; }

    public bool IsOpen { get; private set; }

    public IReadOnlyList<(DateOnly Date, ScheduleException Exception)> UpcomingExceptions { get; private set; } = [];

    public string ShareUrl { get; private set; } = "";

    /// <summary>What the printed page carries at its end (organisation, address, phone, short address and QR, date).</summary>
    public PrintCard Print { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var service = await db.Services.AsNoTracking()
            .Where(s => s.Id == id && s.RegionId == region.Id && s.Status == PublicationStatus.Published)
            .Include(s => s.Translations)
            .Include(s => s.Organization!).ThenInclude(o => o.Translations)
            .Include(s => s.Locations).ThenInclude(l => l.Location)
            .Include(s => s.OpeningRules)
            .Include(s => s.ScheduleExceptions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (service is null)
        {
            return NotFound();
        }

        Service = service;
        Text = ContentTranslations.Pick(service.Translations, here.Language, region.DefaultLanguage)!;
        OrganizationText = service.Organization is null ? null : ContentTranslations.Pick(service.Organization.Translations, here.Language, region.DefaultLanguage);
        Places = service.Locations.Select(l => l.Location!).Where(l => l is not null).OrderBy(l => l.Name, StringComparer.Ordinal).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var state = OpeningHours.StateAt(now, region.TimeZoneInfo, service.OpeningRules, service.ScheduleExceptions);
        OpenText = OpeningHours.Describe(state, now, region, t);
        IsOpen = state.IsOpen;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, region.TimeZoneInfo));
        UpcomingExceptions = service.ScheduleExceptions
            .Where(e => e.Date >= today && e.Date <= today.AddDays(60))
            .OrderBy(e => e.Date)
            .Select(e => (e.Date, e))
            .ToList();
        ShareUrl = links.Absolute(here.To($"services/{service.Id}"));
        var shortUrl = links.Absolute(ShortLinks.Path(region.Slug, service.Id));
        var place = Places.FirstOrDefault();
        Print = new PrintCard(
            OrganizationText?.Value.Name,
            place is null ? null : $"{place.Name}, {place.Address}, {place.PostalCode} {place.City}",
            service.Phone ?? service.Organization?.Phone,
            service.Email ?? service.Organization?.Email,
            shortUrl,
            QrCodes.Svg(shortUrl, t["Print.QrLabel", Text.Value.Name]),
            DateOnly.FromDateTime(region.Local(now)));
        return Page();
    }

    /// <summary>Weekly hours grouped per weekday, Monday first.</summary>
    public IEnumerable<(DayOfWeek Day, IReadOnlyList<OpeningRule> Rules)> Week()
    {
        var days = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday };
        return days.Select(d => (d, (IReadOnlyList<OpeningRule>)Service.OpeningRules.Where(r => r.Day == d).OrderBy(r => r.Opens).ToList()));
    }

    public static string MapUrl(Location l) => l.Latitude is { } lat && l.Longitude is { } lon
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={lat:0.#####}&mlon={lon:0.#####}#map=17/{lat:0.#####}/{lon:0.#####}")
        : "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString($"{l.Address}, {l.PostalCode} {l.City}");

    public static string Tel(string phone) => "tel:" + new string(phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
}
