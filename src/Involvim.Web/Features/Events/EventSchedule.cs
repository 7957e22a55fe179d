using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ical.Net.DataTypes;

namespace Involvim.Web.Features.Events;

/// <summary>An event's schedule in local time (the region's IANA time zone): first date, length, RFC 5545 rule, exceptions.</summary>
public sealed record ScheduleSpec(
    DateOnly StartDate,
    TimeOnly StartTime,
    int DurationMinutes,
    string? Rule,
    IReadOnlyCollection<DateOnly> ExceptDays,
    IReadOnlyCollection<DateTime> ExtraDates,
    bool SkipHolidays)
{
    public static ScheduleSpec Of(EventListing e) => new(
        e.StartDate, e.StartTime, e.DurationMinutes, e.Recurrence,
        e.ExceptionDates.Select(d => EventSchedule.ParseDay(d)).OfType<DateOnly>().ToList(),
        e.ExtraDates.Select(d => EventSchedule.ParseLocal(d)).OfType<DateTime>().ToList(),
        e.SkipHolidays);
}

/// <summary>One date of a schedule: its key (the local start, the iCalendar RECURRENCE-ID) and its start and end in UTC.</summary>
public readonly record struct ScheduledDate(string Key, DateTime StartsAt, DateTime EndsAt);

/// <summary>
/// The dates of an event: RFC 5545 recurrence (RRULE, RDATE; days without the event; the region's holidays) evaluated
/// by Ical.Net in the region's IANA time zone, so a 10:00 café stays at 10:00 across daylight-saving changes.
/// </summary>
public static partial class EventSchedule
{
    /// <summary>The rule parts a rule may have, and only the characters they use (no line breaks: the rule goes into iCalendar text).</summary>
    [GeneratedRegex("^[A-Z0-9=;,+\\-]{1,500}$")]
    private static partial Regex RuleCharacters();

    public const string KeyFormat = "yyyy-MM-dd'T'HH:mm";

    public static string Key(DateTime local) => local.ToString(KeyFormat, CultureInfo.InvariantCulture);

    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static DateTime? ParseLocal(string? text) =>
        DateTime.TryParseExact(text?.Trim().Replace(' ', 'T'), KeyFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>A rule as people type it: upper case, without a leading <c>RRULE:</c> and spaces; null for none.</summary>
    public static string? NormalizeRule(string? rule)
    {
        var text = rule?.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.StartsWith("RRULE:", StringComparison.Ordinal) ? text[6..] : text;
    }

    /// <summary>Whether the rule is a valid RFC 5545 RRULE value that yields dates; the resource key of the problem otherwise.</summary>
    public static string? RuleProblem(string? rule, string timeZone)
    {
        if (rule is null)
        {
            return null;
        }

        if (!RuleCharacters().IsMatch(rule))
        {
            return "Events.Error.Rule";
        }

        try
        {
            _ = new RecurrencePattern(rule);
            var probe = new ScheduleSpec(new DateOnly(2026, 1, 1), new TimeOnly(10, 0), 60, rule, [], [], false);
            _ = Dates(probe, timeZone, new DateTime(2025, 12, 31, 0, 0, 0, DateTimeKind.Utc), new DateTime(2036, 1, 1, 0, 0, 0, DateTimeKind.Utc), new HashSet<DateOnly>(), 3);
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or Ical.Net.Evaluation.EvaluationLimitExceededException)
        {
            return "Events.Error.Rule";
        }
    }

    /// <summary>
    /// The schedule's dates that start in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), in order, at most
    /// <paramref name="max"/>; days in <see cref="ScheduleSpec.ExceptDays"/> and (when the event skips them) holidays are left out.
    /// </summary>
    public static IReadOnlyList<ScheduledDate> Dates(ScheduleSpec spec, string timeZone, DateTime fromUtc, DateTime toUtc, IReadOnlySet<DateOnly> holidays, int max)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(holidays);
        var calendar = Ical.Net.Calendar.Load(ToICalendar(spec, timeZone)) ?? throw new FormatException("The schedule is not iCalendar.");
        var series = calendar.Events[0] ?? throw new FormatException("The schedule has no event.");
        var from = new CalDateTime(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc), "UTC", true);
        var options = new Ical.Net.Evaluation.EvaluationOptions { MaxUnmatchedIncrementsLimit = 5_000 };
        var dates = new List<ScheduledDate>();
        foreach (var occurrence in series.GetOccurrences(from, options))
        {
            var start = occurrence.Period.StartTime;
            var startsAt = start.AsUtc;
            if (startsAt >= toUtc || dates.Count >= max)
            {
                break;
            }

            if (startsAt < fromUtc)
            {
                continue;
            }

            var day = start.Date;
            if (spec.ExceptDays.Contains(day) || (spec.SkipHolidays && holidays.Contains(day)))
            {
                continue;
            }

            dates.Add(new ScheduledDate(Key(start.Value), startsAt, startsAt.AddMinutes(spec.DurationMinutes)));
        }

        return dates;
    }

    /// <summary>The schedule as one iCalendar VEVENT (DTSTART with TZID, DURATION, RRULE, RDATE): what Ical.Net evaluates.</summary>
    private static string ToICalendar(ScheduleSpec spec, string timeZone)
    {
        var text = new StringBuilder();
        text.Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Involvim//Schedule//EN\r\nBEGIN:VEVENT\r\nUID:schedule\r\n");
        var start = spec.StartDate.ToDateTime(spec.StartTime);
        text.Append(CultureInfo.InvariantCulture, $"DTSTART;TZID={timeZone}:{start:yyyyMMdd'T'HHmmss}\r\n");
        text.Append(CultureInfo.InvariantCulture, $"DURATION:PT{spec.DurationMinutes}M\r\n");
        if (spec.Rule is { } rule)
        {
            if (!RuleCharacters().IsMatch(rule))
            {
                throw new ArgumentException("The rule has characters no RRULE has.", nameof(spec));
            }

            text.Append(CultureInfo.InvariantCulture, $"RRULE:{rule}\r\n");
        }

        foreach (var extra in spec.ExtraDates)
        {
            text.Append(CultureInfo.InvariantCulture, $"RDATE;TZID={timeZone}:{extra:yyyyMMdd'T'HHmmss}\r\n");
        }

        text.Append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        return text.ToString();
    }

    /// <summary>The weekday code of RFC 5545 (<c>MO</c>…<c>SU</c>).</summary>
    public static string DayCode(DayOfWeek day) => day.ToString()[..2].ToUpperInvariant();

    /// <summary>The rule a simple choice of the staff form stands for, from the first date; null for a single date.</summary>
    public static string? PresetRule(string? repeat, DateOnly start, DateOnly? until, string timeZone)
    {
        var week = DayCode(start.DayOfWeek);
        var nth = (start.Day - 1) / 7 + 1;
        var rule = repeat switch
        {
            "daily" => "FREQ=DAILY",
            "weekly" => $"FREQ=WEEKLY;BYDAY={week}",
            "biweekly" => $"FREQ=WEEKLY;INTERVAL=2;BYDAY={week}",
            "monthly" => $"FREQ=MONTHLY;BYDAY={(nth == 5 ? -1 : nth)}{week}",
            _ => null,
        };
        if (rule is null || until is not { } last)
        {
            return rule;
        }

        // UNTIL is in UTC when DTSTART has a time zone (RFC 5545 §3.3.10): the end of that local day.
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var tz) ? tz : TimeZoneInfo.Utc;
        var end = TimeZoneInfo.ConvertTimeToUtc(last.ToDateTime(new TimeOnly(23, 59, 59)), zone);
        return rule + $";UNTIL={end:yyyyMMdd'T'HHmmss}Z";
    }

    public static readonly IReadOnlyList<string> Presets = ["none", "daily", "weekly", "biweekly", "monthly", "custom"];

    /// <summary>Which simple choice (and last day) a stored rule is, or <c>custom</c>.</summary>
    public static (string Repeat, DateOnly? Until) Preset(string? rule, DateOnly start, string timeZone)
    {
        if (rule is null)
        {
            return ("none", null);
        }

        DateOnly? until = null;
        var match = UntilPart().Match(rule);
        if (match.Success && DateTime.TryParseExact(match.Groups[1].Value, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var tz) ? tz : TimeZoneInfo.Utc;
            until = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));
        }

        foreach (var repeat in Presets)
        {
            if (PresetRule(repeat, start, until, timeZone) == rule)
            {
                return (repeat, until);
            }
        }

        return ("custom", null);
    }

    [GeneratedRegex(";UNTIL=([0-9]{8}T[0-9]{6}Z)")]
    private static partial Regex UntilPart();
}
