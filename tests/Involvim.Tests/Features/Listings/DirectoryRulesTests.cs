using Involvim.Web.Features.Directory;
using Involvim.Web.Infrastructure.Content;

namespace Involvim.Tests.Features.Listings;

public sealed class DirectoryRulesTests
{
    private static readonly TimeZoneInfo Ljubljana = TimeZoneInfo.FindSystemTimeZoneById("Europe/Ljubljana");

    private static readonly OpeningRule[] Weekdays =
    [
        .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new OpeningRule { Day = d, Opens = new TimeOnly(8, 0), Closes = new TimeOnly(15, 0) }),
    ];

    [Fact]
    public void StateAt_DuringHours_IsOpenUntilClosing()
    {
        // Thursday 26 November 2026, 10:00 in Ljubljana (UTC+1).
        var state = OpeningHours.StateAt(new DateTime(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc), Ljubljana, Weekdays, []);
        Assert.True(state.IsOpen);
        Assert.Equal(new DateTime(2026, 11, 26, 15, 0, 0), state.Until);
    }

    [Fact]
    public void StateAt_FridayEvening_OpensOnMonday()
    {
        var state = OpeningHours.StateAt(new DateTime(2026, 11, 27, 18, 0, 0, DateTimeKind.Utc), Ljubljana, Weekdays, []);
        Assert.False(state.IsOpen);
        Assert.Equal(new DateTime(2026, 11, 30, 8, 0, 0), state.NextOpening);
    }

    [Fact]
    public void StateAt_HolidayException_IsClosedAndSkipsToNextDay()
    {
        var christmas = new ScheduleException { Date = new DateOnly(2026, 12, 24), Closed = true };
        var state = OpeningHours.StateAt(new DateTime(2026, 12, 24, 9, 0, 0, DateTimeKind.Utc), Ljubljana, Weekdays, [christmas]);
        Assert.False(state.IsOpen);
        Assert.Equal(new DateTime(2026, 12, 25, 8, 0, 0), state.NextOpening);
    }

    [Fact]
    public void StateAt_SummerTime_UsesTheRegionsClock()
    {
        // 1 July 2026, 06:30 UTC = 08:30 in Ljubljana (UTC+2): open.
        Assert.True(OpeningHours.StateAt(new DateTime(2026, 7, 1, 6, 30, 0, DateTimeKind.Utc), Ljubljana, Weekdays, []).IsOpen);
    }

    [Fact]
    public void StateAt_NoHours_SaysSo() => Assert.False(OpeningHours.StateAt(DateTime.UtcNow, Ljubljana, [], []).HasHours);

    [Theory]
    [InlineData("08:00-12:00, 13:00-15:00", 2)]
    [InlineData("8:00 – 12:00", 1)]
    [InlineData("", 0)]
    public void ParseDay_ReadsRanges(string text, int count) => Assert.Equal(count, ServiceFormRules.ParseDay(text)!.Count);

    [Theory]
    [InlineData("12:00-08:00")]
    [InlineData("25:00-26:00")]
    [InlineData("morning")]
    [InlineData("08:00-12:00; 13:00")]
    public void ParseDay_RefusesWhatIsNotARange(string text) => Assert.Null(ServiceFormRules.ParseDay(text));

    [Fact]
    public void Validate_ReportsEachProblemOnItsField()
    {
        var form = new ServiceForm
        {
            Name = "",
            Categories = ["housing", "flying-saucers"],
            Languages = "sl, klingon",
            Email = "not mail",
            Website = "javascript:alert(1)",
            Hours = new() { ["Monday"] = "08:00-12:00, 11:00-14:00", ["Tuesday"] = "17:00-09:00" },
            Exceptions = "2026-12-25 sometimes",
            Description = new string('x', ServiceLimits.LongText + 1),
        };
        var fields = ServiceFormRules.Validate(form).Select(p => p.Field).ToList();
        foreach (var field in new[] { "Name", "Categories", "Languages", "Email", "Website", "Hours[Tuesday]", "Exceptions", "Description" })
        {
            Assert.Contains(field, fields);
        }
    }

    [Fact]
    public void Validate_OverlappingRangesOnADay_AreRefused() =>
        Assert.Contains(ServiceFormRules.Validate(new ServiceForm { Name = "x", Categories = ["housing"], Languages = "sl", Hours = new() { ["Monday"] = "08:00-12:00, 11:00-14:00" } }), p => p.Key == "ManageServices.Error.HoursOverlap");

    [Fact]
    public void Markdown_ScriptAndImagesAreRemoved_LinksGetNoReferrer()
    {
        var html = SafeMarkdown.ToHtml("## Title\n\n<script>alert(1)</script>\n\n![x](https://evil.example/x.png) [gov](https://www.gov.si) [js](javascript:alert(1))");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h2>Title</h2>", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer\"", html, StringComparison.Ordinal);
    }
}
