using System.Globalization;
using Involvim.Web.Features.Events;

namespace Involvim.Tests.Features.Events;

/// <summary>
/// An event's dates (<see cref="EventSchedule"/>): every RRULE example of RFC 5545 §3.8.5.3 (Eastern time, as the RFC
/// writes them), daylight-saving changes in Europe/Ljubljana and Europe/Dublin, days without the event, extra dates,
/// holidays, the staff form's simple repetitions and malformed rules. Times are checked against .NET's own time zone
/// data, not Ical.Net's.
/// </summary>
public sealed class RecurrenceTests
{
    private const string NewYork = "America/New_York";

    private static readonly DateTime From = new(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly DateTime To = new(2040, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Local dates at 09:00 from "month:days" groups, e.g. ("1997", "9:2-11;10:1,3").</summary>
    private static IEnumerable<DateTime> Days(int year, string groups, int hour = 9, int minute = 0)
    {
        foreach (var group in groups.Split(';'))
        {
            var (month, days) = (int.Parse(group.Split(':')[0], CultureInfo.InvariantCulture), group.Split(':')[1]);
            foreach (var part in days.Split(','))
            {
                var range = part.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                for (var d = range[0]; d <= range[^1]; d++)
                {
                    yield return new DateTime(year, month, d, hour, minute, 0);
                }
            }
        }
    }

    private static DateTime[] Join(params IEnumerable<DateTime>[] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>RFC 5545 §3.8.5.3: DTSTART, RRULE, the dates it gives (local), and whether the list is all of them (false: the rule goes on).</summary>
    public static TheoryData<string, string, string, DateTime[], bool> RfcExamples() => new()
    {
        { "Daily for 10 occurrences", "19970902T090000", "FREQ=DAILY;COUNT=10", Days(1997, "9:2-11").ToArray(), true },
        { "Daily until December 24, 1997", "19970902T090000", "FREQ=DAILY;UNTIL=19971224T000000Z", Days(1997, "9:2-30;10:1-31;11:1-30;12:1-23").ToArray(), true },
        { "Every other day - forever", "19970902T090000", "FREQ=DAILY;INTERVAL=2", Days(1997, "9:2,4,6,8,10,12,14,16,18,20,22,24,26,28,30;10:2,4,6,8,10,12,14,16,18,20,22,24,26,28,30;11:1,3,5,7,9,11,13,15,17,19,21,23,25,27,29;12:1,3").ToArray(), false },
        { "Every 10 days, 5 occurrences", "19970902T090000", "FREQ=DAILY;INTERVAL=10;COUNT=5", Days(1997, "9:2,12,22;10:2,12").ToArray(), true },
        { "Every day in January, for 3 years (yearly)", "19980101T090000", "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA", Join(Days(1998, "1:1-31"), Days(1999, "1:1-31"), Days(2000, "1:1-31")), true },
        { "Every day in January, for 3 years (daily)", "19980101T090000", "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1", Join(Days(1998, "1:1-31"), Days(1999, "1:1-31"), Days(2000, "1:1-31")), true },
        { "Weekly for 10 occurrences", "19970902T090000", "FREQ=WEEKLY;COUNT=10", Days(1997, "9:2,9,16,23,30;10:7,14,21,28;11:4").ToArray(), true },
        { "Weekly until December 24, 1997", "19970902T090000", "FREQ=WEEKLY;UNTIL=19971224T000000Z", Days(1997, "9:2,9,16,23,30;10:7,14,21,28;11:4,11,18,25;12:2,9,16,23").ToArray(), true },
        { "Every other week - forever", "19970902T090000", "FREQ=WEEKLY;INTERVAL=2;WKST=SU", Join(Days(1997, "9:2,16,30;10:14,28;11:11,25;12:9,23"), Days(1998, "1:6,20;2:3,17")), false },
        { "Weekly on Tuesday and Thursday for five weeks (until)", "19970902T090000", "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH", Days(1997, "9:2,4,9,11,16,18,23,25,30;10:2").ToArray(), true },
        { "Weekly on Tuesday and Thursday for five weeks (count)", "19970902T090000", "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", Days(1997, "9:2,4,9,11,16,18,23,25,30;10:2").ToArray(), true },
        { "Every other week on Monday, Wednesday, and Friday until December 24, 1997", "19970901T090000", "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR", Days(1997, "9:1,3,5,15,17,19,29;10:1,3,13,15,17,27,29,31;11:10,12,14,24,26,28;12:8,10,12,22").ToArray(), true },
        { "Every other week on Tuesday and Thursday, for 8 occurrences", "19970902T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", Days(1997, "9:2,4,16,18,30;10:2,14,16").ToArray(), true },
        { "Monthly on the first Friday for 10 occurrences", "19970905T090000", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", Join(Days(1997, "9:5;10:3;11:7;12:5"), Days(1998, "1:2;2:6;3:6;4:3;5:1;6:5")), true },
        { "Monthly on the first Friday until December 24, 1997", "19970905T090000", "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", Days(1997, "9:5;10:3;11:7;12:5").ToArray(), true },
        { "Every other month on the first and last Sunday of the month for 10 occurrences", "19970907T090000", "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", Join(Days(1997, "9:7,28;11:2,30"), Days(1998, "1:4,25;3:1,29;5:3,31")), true },
        { "Monthly on the second-to-last Monday of the month for 6 months", "19970922T090000", "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", Join(Days(1997, "9:22;10:20;11:17;12:22"), Days(1998, "1:19;2:16")), true },
        { "Monthly on the third-to-the-last day of the month, forever", "19970928T090000", "FREQ=MONTHLY;BYMONTHDAY=-3", Join(Days(1997, "9:28;10:29;11:28;12:29"), Days(1998, "1:29;2:26")), false },
        { "Monthly on the 2nd and 15th of the month for 10 occurrences", "19970902T090000", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", Join(Days(1997, "9:2,15;10:2,15;11:2,15;12:2,15"), Days(1998, "1:2,15")), true },
        { "Monthly on the first and last day of the month for 10 occurrences", "19970930T090000", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", Join(Days(1997, "9:30;10:1,31;11:1,30;12:1,31"), Days(1998, "1:1,31;2:1")), true },
        { "Every 18 months on the 10th thru 15th of the month for 10 occurrences", "19970910T090000", "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15", Join(Days(1997, "9:10-15"), Days(1999, "3:10-13")), true },
        { "Every Tuesday, every other month", "19970902T090000", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU", Join(Days(1997, "9:2,9,16,23,30;11:4,11,18,25"), Days(1998, "1:6,13,20,27;3:3,10,17,24,31")), false },
        { "Yearly in June and July for 10 occurrences", "19970610T090000", "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", Join(Days(1997, "6:10;7:10"), Days(1998, "6:10;7:10"), Days(1999, "6:10;7:10"), Days(2000, "6:10;7:10"), Days(2001, "6:10;7:10")), true },
        { "Every other year on January, February, and March for 10 occurrences", "19970310T090000", "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3", Join(Days(1997, "3:10"), Days(1999, "1:10;2:10;3:10"), Days(2001, "1:10;2:10;3:10"), Days(2003, "1:10;2:10;3:10")), true },
        { "Every third year on the 1st, 100th, and 200th day for 10 occurrences", "19970101T090000", "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", Join(Days(1997, "1:1;4:10;7:19"), Days(2000, "1:1;4:9;7:18"), Days(2003, "1:1;4:10;7:19"), Days(2006, "1:1")), true },
        { "Every 20th Monday of the year, forever", "19970519T090000", "FREQ=YEARLY;BYDAY=20MO", Join(Days(1997, "5:19"), Days(1998, "5:18"), Days(1999, "5:17")), false },
        { "Monday of week number 20, forever", "19970512T090000", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", Join(Days(1997, "5:12"), Days(1998, "5:11"), Days(1999, "5:17")), false },
        { "Every Thursday in March, forever", "19970313T090000", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", Join(Days(1997, "3:13,20,27"), Days(1998, "3:5,12,19,26"), Days(1999, "3:4,11,18,25")), false },
        { "Every Thursday, but only during June, July, and August, forever", "19970605T090000", "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", Join(Days(1997, "6:5,12,19,26;7:3,10,17,24,31;8:7,14,21,28"), Days(1998, "6:4,11,18,25;7:2,9,16,23,30;8:6,13,20,27"), Days(1999, "6:3,10,17,24;7:1,8,15,22,29;8:5,12,19,26")), false },
        { "The first Saturday that follows the first Sunday of the month, forever", "19970913T090000", "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", Join(Days(1997, "9:13;10:11;11:8;12:13"), Days(1998, "1:10;2:7;3:7;4:11;5:9;6:13")), false },
        { "Every 4 years, the first Tuesday after a Monday in November, forever", "19961105T090000", "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", Join(Days(1996, "11:5"), Days(2000, "11:7"), Days(2004, "11:2")), false },
        { "The third instance into the month of one of Tuesday, Wednesday, or Thursday, for the next 3 months", "19970904T090000", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", Days(1997, "9:4;10:7;11:6").ToArray(), true },
        { "The second-to-last weekday of the month", "19970929T090000", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", Join(Days(1997, "9:29;10:30;11:27;12:30"), Days(1998, "1:29;2:26;3:30")), false },
        // The RFC prints UNTIL=19970902T170000Z (13:00 EDT), which its own result (…15:00) contradicts: 17:00 EDT is 21:00Z.
        { "Every 3 hours from 9:00 AM to 5:00 PM on a specific day", "19970902T090000", "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T210000Z", Join(Days(1997, "9:2", 9), Days(1997, "9:2", 12), Days(1997, "9:2", 15)), true },
        { "Every 15 minutes for 6 occurrences", "19970902T090000", "FREQ=MINUTELY;INTERVAL=15;COUNT=6", Join(Days(1997, "9:2", 9, 0), Days(1997, "9:2", 9, 15), Days(1997, "9:2", 9, 30), Days(1997, "9:2", 9, 45), Days(1997, "9:2", 10, 0), Days(1997, "9:2", 10, 15)), true },
        { "Every hour and a half for 4 occurrences", "19970902T090000", "FREQ=MINUTELY;INTERVAL=90;COUNT=4", Join(Days(1997, "9:2", 9, 0), Days(1997, "9:2", 10, 30), Days(1997, "9:2", 12, 0), Days(1997, "9:2", 13, 30)), true },
        { "Every 20 minutes from 9:00 AM to 4:40 PM every day (daily)", "19970902T090000", "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40", TwentyMinutes(), false },
        { "Every 20 minutes from 9:00 AM to 4:40 PM every day (minutely)", "19970902T090000", "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16", TwentyMinutes(), false },
        { "WKST=MO", "19970805T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", Days(1997, "8:5,10,19,24").ToArray(), true },
        { "WKST=SU", "19970805T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", Days(1997, "8:5,17,19,31").ToArray(), true },
        { "An invalid date (February 30) is ignored", "20070115T090000", "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", Days(2007, "1:15,30;2:15;3:15,30").ToArray(), true },
    };

    private static DateTime[] TwentyMinutes() =>
        [.. new[] { 2, 3 }.SelectMany(day => Enumerable.Range(9, 8).SelectMany(h => new[] { 0, 20, 40 }.Select(m => new DateTime(1997, 9, day, h, m, 0))))];

    private static IReadOnlyList<ScheduledDate> Dates(string start, string? rule, string zone, DateOnly[]? except = null, DateTime[]? extra = null, IReadOnlySet<DateOnly>? holidays = null, bool skipHolidays = false, int max = 2000, DateTime? from = null, DateTime? to = null)
    {
        var first = DateTime.ParseExact(start, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        var spec = new ScheduleSpec(DateOnly.FromDateTime(first), TimeOnly.FromDateTime(first), 60, rule, except ?? [], extra ?? [], skipHolidays);
        return EventSchedule.Dates(spec, zone, from ?? From, to ?? To, holidays ?? new HashSet<DateOnly>(), max);
    }

    private static DateTime Local(ScheduledDate d, string zone) => TimeZoneInfo.ConvertTimeFromUtc(d.StartsAt, TimeZoneInfo.FindSystemTimeZoneById(zone));

    [Theory]
    [MemberData(nameof(RfcExamples))]
    public void Rfc5545Examples(string description, string start, string rule, DateTime[] expected, bool complete)
    {
        Assert.Null(EventSchedule.RuleProblem(rule, NewYork));
        // The Friday-13th example also has an EXDATE of its DTSTART; it is tested below.
        var dates = Dates(start, rule, NewYork, max: complete ? 2000 : expected.Length);
        var local = dates.Select(d => Local(d, NewYork)).ToArray();
        Assert.True(expected.SequenceEqual(local), $"{description}: expected\n{string.Join(", ", expected)}\ngot\n{string.Join(", ", local)}");
        // Each key is the local start as the schedule gives it: what stays the same when a date is moved.
        Assert.All(dates.Zip(expected), pair => Assert.Equal(pair.Second.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), pair.First.Key));
    }

    [Fact]
    public void Rfc5545_EveryFridayThe13th_WithItsExdate()
    {
        // DTSTART is not a Friday the 13th; the RFC excludes it with EXDATE (here: a day without the event).
        var dates = Dates("19970902T090000", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", NewYork, except: [new DateOnly(1997, 9, 2)], max: 5);
        Assert.Equal(Join(Days(1998, "2:13;3:13;11:13"), Days(1999, "8:13"), Days(2000, "10:13")), dates.Select(d => Local(d, NewYork)).ToArray());
    }

    [Theory]
    [InlineData("Europe/Ljubljana", 2026, 3, 29, 2026, 10, 25)]
    [InlineData("Europe/Dublin", 2026, 3, 29, 2026, 10, 25)]
    public void AWeeklyEvent_KeepsItsLocalTime_AcrossDaylightSaving(string zone, int springYear, int springMonth, int springDay, int autumnYear, int autumnMonth, int autumnDay)
    {
        // A Sunday café at 10:00 from March to November: the UTC time moves by an hour twice, the local time never.
        var dates = Dates("20260301T100000", "FREQ=WEEKLY;BYDAY=SU;UNTIL=20261129T230000Z", zone, from: new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        Assert.Equal(40, dates.Count);
        Assert.All(dates, d => Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(Local(d, zone))));
        var spring = dates.Single(d => DateOnly.FromDateTime(Local(d, zone)) == new DateOnly(springYear, springMonth, springDay));
        var autumn = dates.Single(d => DateOnly.FromDateTime(Local(d, zone)) == new DateOnly(autumnYear, autumnMonth, autumnDay));
        var before = dates[dates.ToList().IndexOf(spring) - 1];
        Assert.Equal(tz.GetUtcOffset(spring.StartsAt) - TimeSpan.FromHours(1), tz.GetUtcOffset(before.StartsAt));
        Assert.Equal(tz.GetUtcOffset(autumn.StartsAt) + TimeSpan.FromHours(1), tz.GetUtcOffset(dates[dates.ToList().IndexOf(autumn) - 1].StartsAt));
        // Ljubljana is UTC+1/+2, Dublin UTC+0/+1: 10:00 is 09:00 or 08:00 UTC, and 10:00 or 09:00 UTC.
        var expectedSummerUtc = zone == "Europe/Dublin" ? 9 : 8;
        Assert.Equal(expectedSummerUtc, spring.StartsAt.Hour);
        Assert.Equal(expectedSummerUtc + 1, autumn.StartsAt.Hour);
    }

    [Fact]
    public void AnEventAtTheSkippedHour_MovesAsRfc5545Says()
    {
        // 02:30 on the night the clocks go forward does not exist in Ljubljana; RFC 5545 §3.3.5: the time after the gap (03:30 local).
        var dates = Dates("20260328T023000", "FREQ=DAILY;COUNT=3", "Europe/Ljubljana", from: new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), dates[1].StartsAt);
        Assert.Equal(new DateTime(2026, 3, 30, 0, 30, 0, DateTimeKind.Utc), dates[2].StartsAt);
    }

    [Fact]
    public void DaysWithoutTheEvent_ExtraDates_AndHolidays_AreApplied()
    {
        var holidays = new HashSet<DateOnly> { new(2026, 12, 24), new(2026, 12, 31) };
        var dates = Dates("20261203T170000", "FREQ=WEEKLY;BYDAY=TH;COUNT=6", "Europe/Ljubljana",
            except: [new DateOnly(2026, 12, 17)], extra: [new DateTime(2026, 12, 28, 17, 0, 0)], holidays: holidays, skipHolidays: true,
            from: new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(["2026-12-03T17:00", "2026-12-10T17:00", "2026-12-28T17:00", "2027-01-07T17:00"], dates.Select(d => d.Key).ToArray());
        var kept = Dates("20261203T170000", "FREQ=WEEKLY;BYDAY=TH;COUNT=6", "Europe/Ljubljana", holidays: holidays, skipHolidays: false, from: new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(6, kept.Count);
    }

    [Fact]
    public void ASingleDate_HasOneDate_AndTheWindowAndLimitHold()
    {
        Assert.Single(Dates("20261203T170000", null, "Europe/Ljubljana"));
        Assert.Equal(500, Dates("20261203T170000", "FREQ=DAILY", "Europe/Ljubljana", max: 500, to: new DateTime(2040, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Count);
        var window = Dates("20261203T170000", "FREQ=DAILY", "Europe/Ljubljana", from: new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), to: new DateTime(2027, 1, 8, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(7, window.Count);
        Assert.Equal("2027-01-01T17:00", window[0].Key);
    }

    [Theory]
    [InlineData("FREQ=SOMETIMES")]
    [InlineData("FREQ=WEEKLY;BYDAY=XX")]
    [InlineData("garbage")]
    [InlineData("FREQ=DAILY;COUNT=-1")]
    [InlineData("FREQ=WEEKLY\r\nATTENDEE:mailto:x@example.com")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO\nX")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")]
    public void MalformedOrImpossibleRules_AreProblems(string rule) =>
        Assert.Equal("Events.Error.Rule", EventSchedule.RuleProblem(EventSchedule.NormalizeRule(rule) ?? rule, "Europe/Ljubljana"));

    [Theory]
    [InlineData("weekly", "2026-12-03", null, "FREQ=WEEKLY;BYDAY=TH")]
    [InlineData("biweekly", "2026-12-01", null, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")]
    [InlineData("monthly", "2026-12-08", null, "FREQ=MONTHLY;BYDAY=2TU")]
    [InlineData("monthly", "2026-12-29", null, "FREQ=MONTHLY;BYDAY=-1TU")]
    [InlineData("daily", "2026-12-01", "2026-12-31", "FREQ=DAILY;UNTIL=20261231T225959Z")]
    [InlineData("weekly", "2026-07-02", "2026-07-30", "FREQ=WEEKLY;BYDAY=TH;UNTIL=20260730T215959Z")]
    public void TheFormsSimpleRepetitions_AreRules_AndReadBack(string repeat, string start, string? until, string rule)
    {
        var first = DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        DateOnly? last = until is null ? null : DateOnly.ParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(rule, EventSchedule.PresetRule(repeat, first, last, "Europe/Ljubljana"));
        Assert.Equal((repeat, last), EventSchedule.Preset(rule, first, "Europe/Ljubljana"));
        Assert.Equal(("custom", null), EventSchedule.Preset("FREQ=MONTHLY;BYMONTHDAY=1", first, "Europe/Ljubljana"));
    }
}
