using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Involvim.Web.Infrastructure.Content;

namespace Involvim.Web.Features.Events;

/// <summary>A date as a calendar shows it: the event, the date, where, and the link to its page.</summary>
public sealed record CalendarItem(EventListing Event, EventOccurrence Occurrence, string Title, string? Summary, string? Place, string Url);

/// <summary>
/// Writes dates as iCalendar (RFC 5545) with Ical.Net: one VEVENT per date, whose UID is the date's own and never
/// changes (a calendar that imports the file again updates the date instead of adding a copy), SEQUENCE counting the
/// event's and the date's changes, <c>STATUS:CANCELLED</c> for a called-off date, times in UTC. The same UIDs serve the
/// .ics of one event, of one registration and the feeds.
/// </summary>
public static class EventCalendar
{
    public const string MediaType = "text/calendar; charset=utf-8";

    public static string Uid(EventOccurrence o) => $"{o?.Id:N}@involvim";

    public static string Write(IEnumerable<CalendarItem> items, string name)
    {
        ArgumentNullException.ThrowIfNull(items);
        var calendar = new Calendar { ProductId = "-//Involvim//Events//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("NAME", name);
        foreach (var item in items)
        {
            var (e, o) = (item.Event, item.Occurrence);
            var vevent = new CalendarEvent
            {
                Uid = Uid(o),
                Summary = item.Title,
                Description = string.IsNullOrWhiteSpace(item.Summary) ? item.Url : $"{item.Summary}\n\n{item.Url}",
                DtStart = new CalDateTime(o.StartsAt, "UTC", true),
                DtEnd = new CalDateTime(o.EndsAt, "UTC", true),
                DtStamp = new CalDateTime(Latest(e.UpdatedAt, o.UpdatedAt), "UTC", true),
                LastModified = new CalDateTime(Latest(e.UpdatedAt, o.UpdatedAt), "UTC", true),
                Sequence = e.Sequence + o.Sequence,
                Status = o.Status == OccurrenceStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Location = item.Place,
                Url = Uri.TryCreate(item.Url, UriKind.Absolute, out var url) ? url : null,
            };
            calendar.Events.Add(vevent);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static DateTime Latest(DateTime a, DateTime b) => DateTime.SpecifyKind(a > b ? a : b, DateTimeKind.Utc);

    /// <summary>The place of an event in words: the directory location's name and address, the free text, the online link.</summary>
    public static string? Place(EventListing e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var parts = new List<string>();
        if (e.Location is { } l)
        {
            parts.Add($"{l.Name}, {l.Address}, {l.PostalCode} {l.City}".Replace(" ,", ",", StringComparison.Ordinal).Trim());
        }

        if (e.PlaceText is { } text)
        {
            parts.Add(text);
        }

        if (e.OnlineUrl is { } online)
        {
            parts.Add(online);
        }

        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    /// <summary>The event's title in a language with the fallback chain.</summary>
    public static (string Title, string? Summary, string Language) Text(EventListing e, string language, string regionDefault)
    {
        var text = ContentTranslations.Pick(e?.Translations ?? [], language, regionDefault);
        return (text?.Value.Title ?? "", text?.Value.Summary, text?.Language ?? language);
    }
}
