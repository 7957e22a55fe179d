using System.Globalization;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Directory;

/// <summary>Whether a service is open at a moment, and when it opens or closes next; all in the region's timezone.</summary>
public readonly record struct OpenState(bool HasHours, bool IsOpen, DateTime? Until, DateTime? NextOpening);

/// <summary>Weekly rules plus dated exceptions (closures, other hours), evaluated in local time of the region.</summary>
public static class OpeningHours
{
    /// <summary>The hours of one local date: an exception replaces the weekly rules of that day.</summary>
    public static IReadOnlyList<(TimeOnly Opens, TimeOnly Closes)> On(DateOnly date, IReadOnlyList<OpeningRule> rules, IReadOnlyList<ScheduleException> exceptions)
    {
        var exception = exceptions.FirstOrDefault(e => e.Date == date);
        if (exception is not null)
        {
            return exception.Closed || exception.Opens is null || exception.Closes is null
                ? []
                : [(exception.Opens.Value, exception.Closes.Value)];
        }

        return rules.Where(r => r.Day == date.DayOfWeek)
            .OrderBy(r => r.Opens)
            .Select(r => (r.Opens, r.Closes))
            .ToList();
    }

    public static OpenState StateAt(DateTime utcNow, TimeZoneInfo zone, IReadOnlyList<OpeningRule> rules, IReadOnlyList<ScheduleException> exceptions)
    {
        if (rules.Count == 0 && exceptions.All(e => e.Closed || e.Opens is null))
        {
            return new OpenState(false, false, null, null);
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), zone);
        var today = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        foreach (var (opens, closes) in On(today, rules, exceptions))
        {
            if (time >= opens && time < closes)
            {
                return new OpenState(true, true, today.ToDateTime(closes), null);
            }
        }

        for (var day = 0; day < 14; day++)
        {
            var date = today.AddDays(day);
            foreach (var (opens, _) in On(date, rules, exceptions))
            {
                if (day > 0 || opens > time)
                {
                    return new OpenState(true, false, null, date.ToDateTime(opens));
                }
            }
        }

        return new OpenState(true, false, null, null);
    }

    /// <summary>Checks the rules a person or a file gives: a known weekday, opening before closing, no overlap on a day.</summary>
    public static string? Problem(IReadOnlyList<(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)> rules)
    {
        foreach (var rule in rules)
        {
            if (!Enum.IsDefined(rule.Day))
            {
                return "day";
            }

            if (rule.Opens >= rule.Closes)
            {
                return "order";
            }
        }

        foreach (var day in rules.GroupBy(r => r.Day))
        {
            var ordered = day.OrderBy(r => r.Opens).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Opens < ordered[i - 1].Closes)
                {
                    return "overlap";
                }
            }
        }

        return null;
    }

    /// <summary>"Open now, until 15:00" / "Opens Tue 08:00" in the reader's language and the region's time.</summary>
    public static string? Describe(OpenState state, DateTime utcNow, RegionSnapshot region, IStringLocalizer t)
    {
        if (!state.HasHours)
        {
            return null;
        }

        var culture = CultureInfo.CurrentCulture;
        if (state.IsOpen && state.Until is { } until)
        {
            return t["Services.OpenUntil", until.ToString("t", culture)];
        }

        if (state.NextOpening is not { } next)
        {
            return t["Services.Closed"];
        }

        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, region.TimeZoneInfo));
        var day = DateOnly.FromDateTime(next) == localToday
            ? t["Services.Today"].Value
            : culture.DateTimeFormat.GetAbbreviatedDayName(next.DayOfWeek);
        return t["Services.Opens", day, next.ToString("t", culture)];
    }
}
