using System.Globalization;
using System.Text.Json;
using Involvim.Web.Features.Events;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Demo;

/// <summary>
/// The demo's events (<c>Data/events.json</c>): the intergenerational centre's weekly language café that skips
/// holidays, a Geoss workshop with 20 seats and a waiting list, the school's parents' evening, the spinning mill's
/// football match, in several languages, and Slovenia's public holidays. Dates are placed from the day of seeding,
/// so the demo always has coming dates. Adds only what is missing.
/// </summary>
internal static class DemoEventSeeder
{
    internal sealed record HolidayFile(string Date, string Name);

    internal sealed record EventText(string Title, string Summary, string Description);

    internal sealed record EventFile(
        string Id, string OrganizationId, string? LocationId, string? Place, string[] Categories, string[] Languages, string[] Audience, bool Free,
        string Weekday, string Time, int Duration, int? FirstInWeeks, bool? FirstOfMonth, string? Rule, bool? SkipHolidays, string Registration,
        int? Capacity, bool? WaitingList, int? ClosesHours, Dictionary<string, EventText> Texts);

    internal sealed record EventsFile(HolidayFile[] Holidays, EventFile[] Events);

    public static EventsFile Read() =>
        JsonSerializer.Deserialize<EventsFile>(File.ReadAllText(Path.Combine(DemoFiles.Directory, "events.json")), DemoFiles.Json)
        ?? throw new InvalidDataException("events.json is empty.");

    public static async Task<int> SeedAsync(AppDbContext db, Guid regionId, string timeZone, string sourceLanguage, IReadOnlyDictionary<string, Guid> organizations, DateTime now, CancellationToken ct)
    {
        var file = Read();
        var created = 0;
        var holidays = await db.RegionHolidays.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(h => h.RegionId == regionId).Select(h => h.Date).ToListAsync(ct);
        foreach (var h in file.Holidays)
        {
            var day = DateOnly.ParseExact(h.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!holidays.Contains(day))
            {
                db.RegionHolidays.Add(new RegionHoliday { RegionId = regionId, Date = day, Name = h.Name });
                created++;
            }
        }

        await db.SaveChangesAsync(ct);
        var places = await db.Locations.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(l => l.RegionId == regionId).ToListAsync(ct);
        var existing = await db.EventTranslations.Where(t => t.Language == sourceLanguage)
            .Join(db.Events.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(e => e.RegionId == regionId), t => t.EventId, e => e.Id, (t, e) => t.Title)
            .ToListAsync(ct);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var tz) ? tz : TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, zone));
        foreach (var demo in file.Events)
        {
            if (existing.Contains(demo.Texts[sourceLanguage].Title) || !organizations.TryGetValue(demo.OrganizationId, out var organizationId))
            {
                continue;
            }

            var e = new EventListing
            {
                RegionId = regionId,
                OrganizationId = organizationId,
                Status = PublicationStatus.Published,
                Categories = [.. demo.Categories],
                Languages = [.. demo.Languages],
                Audience = [.. demo.Audience],
                IsFree = demo.Free,
                LocationId = demo.LocationId is null ? null : places.FirstOrDefault(p => p.OrganizationId == organizations.GetValueOrDefault(demo.LocationId))?.Id,
                PlaceText = demo.Place,
                TimeZone = timeZone,
                StartDate = FirstDate(today, Enum.Parse<DayOfWeek>(demo.Weekday, ignoreCase: true), demo.FirstInWeeks ?? 0, demo.FirstOfMonth == true),
                StartTime = TimeOnly.ParseExact(demo.Time, "HH:mm", CultureInfo.InvariantCulture),
                DurationMinutes = demo.Duration,
                Recurrence = demo.Rule,
                SkipHolidays = demo.SkipHolidays == true,
                Registration = Enum.Parse<RegistrationMode>(demo.Registration, ignoreCase: true),
                Capacity = demo.Capacity,
                WaitingList = demo.WaitingList ?? true,
                RegistrationClosesHours = demo.ClosesHours ?? 0,
                IsDemo = true,
                CreatedAt = now,
                UpdatedAt = now,
            };
            e.Uid = $"{e.Id:N}@involvim";
            DemoDirectorySeeder.WriteTexts(e.Translations, demo.Texts, sourceLanguage, now, () => new EventTranslation { EventId = e.Id }, (row, text) =>
            {
                row.Title = text.Title;
                row.Summary = text.Summary;
                row.Description = text.Description;
            });
            db.Events.Add(e);
            await EventOccurrences.SyncAsync(db, e, now, ct);
            DirectoryChanges.Record(db, regionId, DirectoryChanges.Event, e.Id, now);
            created++;
        }

        await db.SaveChangesAsync(ct);
        return created;
    }

    /// <summary>The first date of a demo event: the coming weekday (today's if it is that day), some weeks later, or the first such weekday of a month.</summary>
    private static DateOnly FirstDate(DateOnly today, DayOfWeek day, int weeks, bool firstOfMonth)
    {
        var date = today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7).AddDays(7 * weeks);
        while (firstOfMonth && date.Day > 7)
        {
            date = date.AddDays(7);
        }

        return date;
    }
}
