using System.Globalization;
using Involvim.Web.Features.Matching;

namespace Involvim.Tests.Features.Help;

/// <summary>
/// The volunteer-matching scorer (ADR 0011): hard rules, each soft factor, interpreter mode, tie order, <c>take</c>,
/// and a seeded property check against a straightforward re-implementation. The expected points are written out as
/// numbers on purpose: changing a weight in <see cref="VolunteerMatcher.Weights"/> must change a test too.
/// </summary>
public sealed class MatchingTests
{
    private static readonly TimeZoneInfo Ljubljana = TimeZoneInfo.FindSystemTimeZoneById("Europe/Ljubljana");

    /// <summary>Wednesday 2 December 2026, 11:00 in Ljubljana (CET).</summary>
    private static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);

    private static MatchContext Context(DateTime? nowUtc = null) => new(nowUtc ?? Now, Ljubljana, "sl");

    private static MatchRequest Request(
        string category = "housing", string[]? languages = null, string? area = null, int preferredSlots = 0,
        bool needsVetting = false, Guid[]? alreadyAsked = null) =>
        new(Guid.NewGuid(), category, languages ?? ["uk"], area, preferredSlots, needsVetting, new HashSet<Guid>(alreadyAsked ?? []));

    /// <summary>A volunteer who passes every rule of <see cref="Request"/>'s defaults and scores 64 + 5 + 8 = 77.</summary>
    private static VolunteerCandidate Volunteer(
        Guid? id = null, bool approved = true, bool active = true, DateOnly? pausedUntil = null, bool vetted = false,
        int maxActiveTasks = 3, int activeTasks = 0, SpokenLanguage[]? languages = null, string[]? skills = null,
        string[]? areas = null, int slots = 0, DateTime? lastOfferedAtUtc = null, bool neverOffered = false,
        int accepted = 0, int completed = 0) =>
        new(id ?? Guid.NewGuid(), approved, active, pausedUntil, vetted, maxActiveTasks, activeTasks,
            languages ?? [new SpokenLanguage("uk", LanguageLevel.Native)],
            new HashSet<string>(skills ?? [], StringComparer.Ordinal),
            new HashSet<string>(areas ?? [], StringComparer.Ordinal),
            slots, neverOffered ? null : lastOfferedAtUtc ?? Now, accepted, completed);

    private static RankedVolunteer Single(MatchRequest request, VolunteerCandidate volunteer, MatchContext? context = null)
    {
        var result = VolunteerMatcher.Rank(request, [volunteer], context ?? Context());
        var ranked = Assert.Single(result.Ranked);
        Assert.Equal(volunteer.VolunteerId, ranked.VolunteerId);
        Assert.Equal(ranked.Factors.Sum(f => f.Points), ranked.Score);
        return ranked;
    }

    private static bool IsRanked(MatchRequest request, VolunteerCandidate volunteer, MatchContext? context = null) =>
        VolunteerMatcher.Rank(request, [volunteer], context ?? Context()).Ranked.Any(r => r.VolunteerId == volunteer.VolunteerId);

    private static MatchFactor Factor(RankedVolunteer ranked, MatchFactorKind kind) => Assert.Single(ranked.Factors, f => f.Kind == kind);

    private static SpokenLanguage Speaks(string code, LanguageLevel level) => new(code, level);

    // ---------------------------------------------------------------- hard rules

    [Fact]
    public void Baseline_VolunteerPassesEveryRule_AndScoresLanguageWholeRegionAndReliability()
    {
        var ranked = Single(Request(), Volunteer());

        Assert.Equal(77, ranked.Score);
        Assert.Equal([MatchFactorKind.Language, MatchFactorKind.WholeRegion, MatchFactorKind.Reliability], ranked.Factors.Select(f => f.Kind));
    }

    [Fact]
    public void NotApproved_IsNeverRanked() => Assert.False(IsRanked(Request(), Volunteer(approved: false)));

    [Fact]
    public void NotActive_IsNeverRanked() => Assert.False(IsRanked(Request(), Volunteer(active: false)));

    [Fact]
    public void NotVetted_IsNotRankedForARequestThatNeedsVetting_ButIsOtherwise()
    {
        Assert.False(IsRanked(Request(needsVetting: true), Volunteer(vetted: false)));
        Assert.True(IsRanked(Request(needsVetting: true), Volunteer(vetted: true)));
        Assert.True(IsRanked(Request(needsVetting: false), Volunteer(vetted: false)));
    }

    [Theory]
    [InlineData(3, 3, false)]
    [InlineData(3, 4, false)]
    [InlineData(3, 2, true)]
    [InlineData(0, 0, false)]
    public void AtCapacity_IsNeverRanked(int max, int active, bool expected) =>
        Assert.Equal(expected, IsRanked(Request(), Volunteer(maxActiveTasks: max, activeTasks: active)));

    [Fact]
    public void AlreadyAsked_IsNeverRanked()
    {
        var asked = Volunteer();
        var other = Volunteer();
        var result = VolunteerMatcher.Rank(Request(alreadyAsked: [asked.VolunteerId]), [asked, other], Context());

        Assert.Equal([other.VolunteerId], result.Ranked.Select(r => r.VolunteerId));
    }

    [Fact]
    public void LanguageRule_NeedsFluentOrNativeInOneOfTheRequestersLanguages()
    {
        var request = Request(languages: ["uk", "ru"]);
        var basicOnly = Volunteer(languages: [Speaks("uk", LanguageLevel.Basic), Speaks("sl", LanguageLevel.Native)]);
        var otherLanguage = Volunteer(languages: [Speaks("en", LanguageLevel.Native)]);
        var fluentInSecond = Volunteer(languages: [Speaks("ru", LanguageLevel.Fluent)]);
        var upperCase = Volunteer(languages: [Speaks("UK", LanguageLevel.Native)]);

        var result = VolunteerMatcher.Rank(request, [basicOnly, otherLanguage, fluentInSecond, upperCase], Context());

        Assert.False(result.NeedsInterpreter);
        Assert.Equal(
            new[] { fluentInSecond.VolunteerId, upperCase.VolunteerId }.Order(),
            result.Ranked.Select(r => r.VolunteerId).Order());
    }

    [Theory]
    // Just after midnight in Ljubljana (CET, UTC+1): the region's date is already 3 December.
    [InlineData("2026-12-02T23:30:00Z", "2026-12-03", false)]
    [InlineData("2026-12-02T23:30:00Z", "2026-12-02", true)]
    // Just before midnight in Ljubljana: still 2 December there, although 3 December is an hour away.
    [InlineData("2026-12-02T22:59:00Z", "2026-12-02", false)]
    [InlineData("2026-12-02T22:59:00Z", "2026-12-01", true)]
    // Summer time (CEST, UTC+2): 22:30 UTC is already the next day.
    [InlineData("2026-07-01T22:30:00Z", "2026-07-02", false)]
    [InlineData("2026-07-01T22:30:00Z", "2026-07-01", true)]
    [InlineData("2026-07-01T21:59:00Z", "2026-07-01", false)]
    // Paused far in the future / ended long ago.
    [InlineData("2026-12-02T10:00:00Z", "2027-06-30", false)]
    [InlineData("2026-12-02T10:00:00Z", "2025-01-01", true)]
    public void PausedUntil_IsInclusive_InTheRegionsTimeZone(string nowUtc, string pausedUntil, bool expectedRanked)
    {
        var now = DateTime.Parse(nowUtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var volunteer = Volunteer(pausedUntil: DateOnly.Parse(pausedUntil, CultureInfo.InvariantCulture), lastOfferedAtUtc: now);

        Assert.Equal(expectedRanked, IsRanked(Request(), volunteer, Context(now)));
        Assert.Equal(expectedRanked, VolunteerMatcher.IsEligible(Request(), volunteer, Context(now)));
    }

    [Fact]
    public void RegionToday_FollowsTheRegionsTimeZone()
    {
        Assert.Equal(new DateOnly(2026, 12, 3), VolunteerMatcher.RegionToday(Context(new DateTime(2026, 12, 2, 23, 0, 0, DateTimeKind.Utc))));
        Assert.Equal(new DateOnly(2026, 12, 2), VolunteerMatcher.RegionToday(Context(new DateTime(2026, 12, 2, 22, 59, 59, DateTimeKind.Utc))));
    }

    // ---------------------------------------------------------------- interpreter mode

    [Fact]
    public void InterpreterMode_WhenNobodySpeaksTheRequestersLanguageWell_RegionLanguagePlusAnyLevelOfTheirs()
    {
        var request = Request(languages: ["ne", "en"]);
        var bridge = Volunteer(languages: [Speaks("sl", LanguageLevel.Native), Speaks("ne", LanguageLevel.Basic), Speaks("en", LanguageLevel.Basic)]);
        var slovenianOnly = Volunteer(languages: [Speaks("sl", LanguageLevel.Native)]);
        var basicNepaliNoSlovenian = Volunteer(languages: [Speaks("ne", LanguageLevel.Basic), Speaks("hi", LanguageLevel.Native)]);

        var result = VolunteerMatcher.Rank(request, [bridge, slovenianOnly, basicNepaliNoSlovenian], Context());

        Assert.True(result.NeedsInterpreter);
        var ranked = Assert.Single(result.Ranked);
        Assert.Equal(bridge.VolunteerId, ranked.VolunteerId);
        Assert.DoesNotContain(ranked.Factors, f => f.Kind == MatchFactorKind.Language);
        Assert.Equal(new MatchFactor(MatchFactorKind.Interpreter, 6, Language: "ne", Level: LanguageLevel.Basic), ranked.Factors[0]);
        Assert.Equal(6 + 5 + 8, ranked.Score);
    }

    [Fact]
    public void InterpreterMode_NamesTheRequestersLanguageSpokenBest()
    {
        var request = Request(languages: ["ne", "en"]);
        var bridge = Volunteer(languages: [Speaks("sl", LanguageLevel.Fluent), Speaks("ne", LanguageLevel.Basic), Speaks("en", LanguageLevel.Basic), Speaks("en", LanguageLevel.Basic)]);

        var result = VolunteerMatcher.Rank(request, [bridge], Context());

        Assert.True(result.NeedsInterpreter);
        Assert.Equal(new MatchFactor(MatchFactorKind.Interpreter, 6, Language: "ne", Level: LanguageLevel.Basic), Factor(result.Ranked[0], MatchFactorKind.Interpreter));
    }

    [Fact]
    public void InterpreterMode_IsNotUsed_WhenSomeoneSpeaksTheLanguageWell()
    {
        var request = Request(languages: ["ne"]);
        var bridge = Volunteer(languages: [Speaks("sl", LanguageLevel.Native), Speaks("ne", LanguageLevel.Basic)]);
        var nepali = Volunteer(languages: [Speaks("ne", LanguageLevel.Fluent)]);

        var result = VolunteerMatcher.Rank(request, [bridge, nepali], Context());

        Assert.False(result.NeedsInterpreter);
        Assert.Equal([nepali.VolunteerId], result.Ranked.Select(r => r.VolunteerId));
    }

    [Fact]
    public void InterpreterMode_IsNotUsed_WhenNobodyPassesTheOtherRules()
    {
        var request = Request(languages: ["ne"]);
        var inactiveBridge = Volunteer(active: false, languages: [Speaks("sl", LanguageLevel.Native), Speaks("ne", LanguageLevel.Basic)]);
        var inactiveNepali = Volunteer(active: false, languages: [Speaks("ne", LanguageLevel.Native)]);

        var result = VolunteerMatcher.Rank(request, [inactiveBridge, inactiveNepali], Context());

        Assert.False(result.NeedsInterpreter);
        Assert.Empty(result.Ranked);
        Assert.False(VolunteerMatcher.Rank(request, [], Context()).NeedsInterpreter);
    }

    [Fact]
    public void InterpreterMode_StillAppliesTheOtherRules()
    {
        var request = Request(languages: ["ne"], needsVetting: true);
        var unvettedNepali = Volunteer(vetted: false, languages: [Speaks("ne", LanguageLevel.Native)]);
        var vettedBridge = Volunteer(vetted: true, languages: [Speaks("sl", LanguageLevel.Native), Speaks("ne", LanguageLevel.Basic)]);
        var unvettedBridge = Volunteer(vetted: false, languages: [Speaks("sl", LanguageLevel.Native), Speaks("ne", LanguageLevel.Basic)]);

        var result = VolunteerMatcher.Rank(request, [unvettedNepali, vettedBridge, unvettedBridge], Context());

        Assert.True(result.NeedsInterpreter);
        Assert.Equal([vettedBridge.VolunteerId], result.Ranked.Select(r => r.VolunteerId));
    }

    [Fact]
    public void RequestWithoutLanguages_IsTreatedAsTheRegionLanguage()
    {
        var request = Request(languages: []);
        var slovenian = Volunteer(languages: [Speaks("sl", LanguageLevel.Fluent)]);
        var ukrainian = Volunteer(languages: [Speaks("uk", LanguageLevel.Native)]);

        var result = VolunteerMatcher.Rank(request, [slovenian, ukrainian], Context());

        var ranked = Assert.Single(result.Ranked);
        Assert.Equal(slovenian.VolunteerId, ranked.VolunteerId);
        Assert.Equal(new MatchFactor(MatchFactorKind.Language, 56, Language: "sl", Level: LanguageLevel.Fluent, Position: 0), ranked.Factors[0]);
    }

    // ---------------------------------------------------------------- soft factors

    [Theory]
    [InlineData("uk", LanguageLevel.Native, 64, 0)]
    [InlineData("uk", LanguageLevel.Fluent, 56, 0)]
    [InlineData("ru", LanguageLevel.Native, 16, 1)]
    [InlineData("ru", LanguageLevel.Fluent, 16, 1)]
    [InlineData("en", LanguageLevel.Fluent, 14, 2)]
    [InlineData("ar", LanguageLevel.Native, 12, 3)]
    [InlineData("fa", LanguageLevel.Native, 10, 4)]
    [InlineData("ne", LanguageLevel.Native, 8, 5)]
    [InlineData("bs", LanguageLevel.Native, 8, 6)]
    public void Language_PreferredFirst_LaterPositionsEarnLess(string code, LanguageLevel level, int expected, int position)
    {
        var request = Request(languages: ["uk", "ru", "en", "ar", "fa", "ne", "bs"]);

        var ranked = Single(request, Volunteer(languages: [Speaks(code, level), Speaks("sl", LanguageLevel.Native)]));

        Assert.Equal(new MatchFactor(MatchFactorKind.Language, expected, Language: code, Level: level, Position: position), ranked.Factors[0]);
    }

    [Fact]
    public void Language_TheBestMatchCounts_AndABasicLevelDoesNot()
    {
        var request = Request(languages: ["uk", "ru"]);

        var ranked = Single(request, Volunteer(languages: [Speaks("ru", LanguageLevel.Native), Speaks("uk", LanguageLevel.Fluent)]));
        Assert.Equal(new MatchFactor(MatchFactorKind.Language, 56, Language: "uk", Level: LanguageLevel.Fluent, Position: 0), Factor(ranked, MatchFactorKind.Language));

        ranked = Single(request, Volunteer(languages: [Speaks("uk", LanguageLevel.Basic), Speaks("ru", LanguageLevel.Native)]));
        Assert.Equal(new MatchFactor(MatchFactorKind.Language, 16, Language: "ru", Level: LanguageLevel.Native, Position: 1), Factor(ranked, MatchFactorKind.Language));
    }

    [Fact]
    public void Skill_TwentyWhenTheVolunteerHasTheRequestsCategory()
    {
        var ranked = Single(Request(category: "documents-permits"), Volunteer(skills: ["housing", "documents-permits"]));
        Assert.Equal(new MatchFactor(MatchFactorKind.Skill, 20), Factor(ranked, MatchFactorKind.Skill));
        Assert.Equal(77 + 20, ranked.Score);

        ranked = Single(Request(category: "language-learning"), Volunteer(skills: ["housing"]));
        Assert.DoesNotContain(ranked.Factors, f => f.Kind == MatchFactorKind.Skill);
    }

    [Fact]
    public void Availability_CountsDayPartsInTheNextFourteenDays_FirstFromToday()
    {
        // Today is Wednesday: Wednesday morning comes first although it is 11:00 already (the time of day is ignored).
        var slots = WeeklySlots.Bit(DayOfWeek.Tuesday, DayPart.Evening) | WeeklySlots.Bit(DayOfWeek.Wednesday, DayPart.Morning);

        var ranked = Single(Request(), Volunteer(slots: slots));

        Assert.Equal(new MatchFactor(MatchFactorKind.Availability, 12, Day: DayOfWeek.Wednesday, Part: DayPart.Morning, Count: 4), Factor(ranked, MatchFactorKind.Availability));
        Assert.Equal(MatchFactorKind.Availability, ranked.Factors[1].Kind);
    }

    [Fact]
    public void Availability_FirstOccurrenceWrapsIntoNextWeek()
    {
        var slots = WeeklySlots.Bit(DayOfWeek.Tuesday, DayPart.Evening) | WeeklySlots.Bit(DayOfWeek.Monday, DayPart.Afternoon);

        var ranked = Single(Request(), Volunteer(slots: slots));

        Assert.Equal(new MatchFactor(MatchFactorKind.Availability, 12, Day: DayOfWeek.Monday, Part: DayPart.Afternoon, Count: 4), Factor(ranked, MatchFactorKind.Availability));
    }

    [Fact]
    public void Availability_OnlyTheRequestersPreferredSlotsCount()
    {
        var slots = WeeklySlots.Bit(DayOfWeek.Tuesday, DayPart.Evening) | WeeklySlots.Bit(DayOfWeek.Wednesday, DayPart.Morning);
        var request = Request(preferredSlots: WeeklySlots.Bit(DayOfWeek.Tuesday, DayPart.Evening) | WeeklySlots.Bit(DayOfWeek.Friday, DayPart.Evening));

        var ranked = Single(request, Volunteer(slots: slots));
        Assert.Equal(new MatchFactor(MatchFactorKind.Availability, 6, Day: DayOfWeek.Tuesday, Part: DayPart.Evening, Count: 2), Factor(ranked, MatchFactorKind.Availability));

        ranked = Single(Request(preferredSlots: WeeklySlots.Bit(DayOfWeek.Sunday, DayPart.Morning)), Volunteer(slots: slots));
        Assert.DoesNotContain(ranked.Factors, f => f.Kind == MatchFactorKind.Availability);
    }

    [Fact]
    public void Availability_IsCappedAtEighteen()
    {
        var ranked = Single(Request(), Volunteer(slots: WeeklySlots.All));

        Assert.Equal(new MatchFactor(MatchFactorKind.Availability, 18, Day: DayOfWeek.Wednesday, Part: DayPart.Morning, Count: 42), Factor(ranked, MatchFactorKind.Availability));
    }

    [Fact]
    public void Availability_UsesTheRegionsDate()
    {
        // 23:30 UTC on Wednesday is already Thursday in Ljubljana.
        var context = Context(new DateTime(2026, 12, 2, 23, 30, 0, DateTimeKind.Utc));
        var slots = WeeklySlots.Bit(DayOfWeek.Wednesday, DayPart.Evening) | WeeklySlots.Bit(DayOfWeek.Thursday, DayPart.Evening);

        var ranked = Single(Request(), Volunteer(slots: slots), context);

        Assert.Equal(new MatchFactor(MatchFactorKind.Availability, 12, Day: DayOfWeek.Thursday, Part: DayPart.Evening, Count: 4), Factor(ranked, MatchFactorKind.Availability));
    }

    [Fact]
    public void Availability_SkipsDatesUpToPausedUntil_WhenExplainingAPausedVolunteer()
    {
        // A paused volunteer is never ranked; Explain still shows what they would score (days of the pause skipped).
        var volunteer = Volunteer(pausedUntil: new DateOnly(2026, 12, 8), slots: WeeklySlots.Bit(DayOfWeek.Tuesday, DayPart.Evening) | WeeklySlots.Bit(DayOfWeek.Thursday, DayPart.Morning));

        var explained = VolunteerMatcher.Explain(Request(), volunteer, Context());

        // Dates 2026-12-02 .. 2026-12-15; 3 and 8 December are paused, 10 and 15 December count.
        Assert.Equal(new MatchFactor(MatchFactorKind.Availability, 6, Day: DayOfWeek.Thursday, Part: DayPart.Morning, Count: 2), Factor(explained, MatchFactorKind.Availability));
        Assert.False(IsRanked(Request(), volunteer));
    }

    [Fact]
    public void Area_SameAreaTen_WholeRegionFive_OtherAreaNothing()
    {
        var request = Request(area: "Litija");

        var same = Single(request, Volunteer(areas: ["litija", "Šmartno pri Litiji"]));
        Assert.Equal(new MatchFactor(MatchFactorKind.Area, 10), Factor(same, MatchFactorKind.Area));
        Assert.DoesNotContain(same.Factors, f => f.Kind == MatchFactorKind.WholeRegion);

        var caseInsensitiveSet = new HashSet<string>(["LITIJA"], StringComparer.OrdinalIgnoreCase);
        Assert.Contains(Single(request, Volunteer() with { Areas = caseInsensitiveSet }).Factors, f => f.Kind == MatchFactorKind.Area);

        var wholeRegion = Single(request, Volunteer(areas: []));
        Assert.Equal(new MatchFactor(MatchFactorKind.WholeRegion, 5), Factor(wholeRegion, MatchFactorKind.WholeRegion));

        var elsewhere = Single(request, Volunteer(areas: ["Šmartno pri Litiji"]));
        Assert.DoesNotContain(elsewhere.Factors, f => f.Kind is MatchFactorKind.Area or MatchFactorKind.WholeRegion);
        Assert.Equal(64 + 8, elsewhere.Score);
    }

    [Fact]
    public void Area_RequestWithoutArea_GivesWholeRegionToEveryone()
    {
        var ranked = Single(Request(area: null), Volunteer(areas: ["Litija"]));

        Assert.Equal(new MatchFactor(MatchFactorKind.WholeRegion, 5), Factor(ranked, MatchFactorKind.WholeRegion));
        Assert.DoesNotContain(ranked.Factors, f => f.Kind == MatchFactorKind.Area);
    }

    [Fact]
    public void Load_MinusFourPerActiveTask_ListedEvenThoughNegative()
    {
        var ranked = Single(Request(), Volunteer(maxActiveTasks: 5, activeTasks: 2));
        Assert.Equal(new MatchFactor(MatchFactorKind.Load, -8, Count: 2), Factor(ranked, MatchFactorKind.Load));
        Assert.Equal(77 - 8, ranked.Score);

        Assert.DoesNotContain(Single(Request(), Volunteer(activeTasks: 0)).Factors, f => f.Kind == MatchFactorKind.Load);
    }

    [Theory]
    [InlineData(-1.0, 8, -1)] // never offered
    [InlineData(0.5, 0, 0)]
    [InlineData(1.0, 0, 1)]
    [InlineData(2.0, 1, 2)]
    [InlineData(6.99, 3, 6)]
    [InlineData(7.0, 4, 7)]
    [InlineData(13.0, 7, 13)]
    [InlineData(14.0, 8, 14)]
    [InlineData(90.0, 8, 90)]
    public void Fairness_GrowsWithDaysSinceTheLastOffer(double daysAgo, int expectedPoints, int expectedCount)
    {
        var volunteer = daysAgo < 0 ? Volunteer(neverOffered: true) : Volunteer(lastOfferedAtUtc: Now.AddDays(-daysAgo));

        var ranked = Single(Request(), volunteer);

        if (expectedPoints == 0)
        {
            Assert.DoesNotContain(ranked.Factors, f => f.Kind == MatchFactorKind.Fairness);
        }
        else
        {
            Assert.Equal(new MatchFactor(MatchFactorKind.Fairness, expectedPoints, Count: expectedCount), Factor(ranked, MatchFactorKind.Fairness));
        }
    }

    [Fact]
    public void Fairness_AnOfferInTheFutureCountsAsToday() =>
        Assert.DoesNotContain(Single(Request(), Volunteer(lastOfferedAtUtc: Now.AddDays(3))).Factors, f => f.Kind == MatchFactorKind.Fairness);

    [Theory]
    [InlineData(0, 0, 8)]   // newcomer: 3/4 → 7.5 → 8 (the prior)
    [InlineData(1, 1, 8)]   // 4/5
    [InlineData(1, 0, 6)]   // 3/5
    [InlineData(10, 10, 9)] // 13/14 = 9.29
    [InlineData(10, 0, 2)]  // 3/14 = 2.14
    [InlineData(100, 100, 10)]
    [InlineData(4, 9, 9)]   // more completed than accepted (bad data) counts as all accepted completed: 7/8 = 8.75
    public void Reliability_BayesianRateWithAPrior(int accepted, int completed, int expected)
    {
        var ranked = Single(Request(), Volunteer(accepted: accepted, completed: completed));

        Assert.Equal(new MatchFactor(MatchFactorKind.Reliability, expected, Count: Math.Min(completed, accepted)), Factor(ranked, MatchFactorKind.Reliability));
    }

    [Fact]
    public void Factors_AreListedInTheirFixedOrder_AndSumToTheScore()
    {
        var request = Request(category: "housing", languages: ["uk", "ru"], area: "Litija");
        var volunteer = Volunteer(
            languages: [Speaks("ru", LanguageLevel.Native)], skills: ["housing"], areas: ["Litija"],
            slots: WeeklySlots.Bit(DayOfWeek.Friday, DayPart.Evening), maxActiveTasks: 3, activeTasks: 1,
            lastOfferedAtUtc: Now.AddDays(-7), accepted: 10, completed: 10);

        var ranked = Single(request, volunteer);

        Assert.Equal(
            [
                new MatchFactor(MatchFactorKind.Language, 16, Language: "ru", Level: LanguageLevel.Native, Position: 1),
                new MatchFactor(MatchFactorKind.Skill, 20),
                new MatchFactor(MatchFactorKind.Availability, 6, Day: DayOfWeek.Friday, Part: DayPart.Evening, Count: 2),
                new MatchFactor(MatchFactorKind.Area, 10),
                new MatchFactor(MatchFactorKind.Load, -4, Count: 1),
                new MatchFactor(MatchFactorKind.Fairness, 4, Count: 7),
                new MatchFactor(MatchFactorKind.Reliability, 9, Count: 10),
            ],
            ranked.Factors);
        Assert.Equal(16 + 20 + 6 + 10 - 4 + 4 + 9, ranked.Score);
        var explained = VolunteerMatcher.Explain(request, volunteer, Context());
        Assert.Equal(ranked.Score, explained.Score);
        Assert.Equal(ranked.Factors, explained.Factors);
    }

    [Fact]
    public void AdrExample_ScoresOneHundredAndNine()
    {
        // docs/adr/0011: "Language 64 (uk, native, the first language) · Skill 20 · Availability 6 (Tue evening, 2×) · Area 10 · Load −4 · Fairness 4 · Reliability 9 = 109"
        var request = Request(category: "housing", languages: ["uk", "ru"], area: "Litija");
        var volunteer = Volunteer(
            languages: [Speaks("uk", LanguageLevel.Native)], skills: ["housing"], areas: ["Litija"],
            slots: WeeklySlots.Bit(DayOfWeek.Tuesday, DayPart.Evening), activeTasks: 1,
            lastOfferedAtUtc: Now.AddDays(-7), accepted: 10, completed: 10);

        var ranked = Single(request, volunteer);

        Assert.Equal(109, ranked.Score);
        Assert.Equal(new MatchFactor(MatchFactorKind.Availability, 6, Day: DayOfWeek.Tuesday, Part: DayPart.Evening, Count: 2), ranked.Factors[2]);
        Assert.Equal([64, 20, 6, 10, -4, 4, 9], ranked.Factors.Select(f => f.Points));
    }

    [Fact]
    public void FirstLanguage_OutranksTheSecond_EvenAgainstSkillAvailabilityAndArea()
    {
        // Issue 16: "Ukrainian, then a bit of English" ranked three fluent English speakers above two native Ukrainians.
        var request = Request(category: "housing", languages: ["uk", "en"], area: "Litija", preferredSlots: WeeklySlots.All);
        var english = Enumerable.Range(0, 3).Select(_ => Volunteer(
            languages: [Speaks("en", LanguageLevel.Fluent)], skills: ["housing"], areas: ["Litija"], slots: WeeklySlots.All)).ToList();
        var ukrainian = Enumerable.Range(0, 2).Select(_ => Volunteer(languages: [Speaks("uk", LanguageLevel.Native)])).ToList();

        var ranked = VolunteerMatcher.Rank(request, [.. english, .. ukrainian], Context()).Ranked;

        Assert.Equal(ukrainian.Select(v => v.VolunteerId).Order(), ranked.Take(2).Select(r => r.VolunteerId).Order());
        Assert.True(VolunteerMatcher.Weights.PreferredLanguageFluent - VolunteerMatcher.Weights.LaterLanguage >= VolunteerMatcher.Weights.Skill + VolunteerMatcher.Weights.AvailabilityMax);
    }

    [Fact]
    public void AVolunteerOfferedTheHourlyMaximum_IsNotRankedUntilTheHourPasses()
    {
        var tired = Volunteer() with { OffersLastHour = VolunteerMatcher.Weights.MaxOffersPerHour };
        var fresh = Volunteer() with { OffersLastHour = VolunteerMatcher.Weights.MaxOffersPerHour - 1 };
        Assert.False(IsRanked(Request(), tired));
        Assert.True(IsRanked(Request(), fresh));
    }

    // ---------------------------------------------------------------- order and take

    [Fact]
    public void Order_ScoreDescending()
    {
        var best = Volunteer(skills: ["housing"]);
        var middle = Volunteer();
        var worst = Volunteer(languages: [Speaks("uk", LanguageLevel.Fluent)]);

        var result = VolunteerMatcher.Rank(Request(), [worst, best, middle], Context());

        Assert.Equal([best.VolunteerId, middle.VolunteerId, worst.VolunteerId], result.Ranked.Select(r => r.VolunteerId));
        Assert.Equal([97, 77, 69], result.Ranked.Select(r => r.Score));
    }

    [Fact]
    public void Ties_LowerGuidFirst_WhateverTheInputOrder()
    {
        var ids = Enumerable.Range(0, 30).Select(i => Guid.Parse($"{(29 - i) * 7919 % 1000:D8}-0000-0000-0000-{i:D12}", CultureInfo.InvariantCulture)).ToList();
        var volunteers = ids.Select(id => Volunteer(id: id)).ToArray();
        var expected = ids.Order().ToList();
        var random = new Random(7);

        for (var round = 0; round < 20; round++)
        {
            random.Shuffle(volunteers);
            var result = VolunteerMatcher.Rank(Request(), volunteers, Context(), take: 30);
            Assert.Equal(expected, result.Ranked.Select(r => r.VolunteerId));

            var top5 = VolunteerMatcher.Rank(Request(), volunteers, Context(), take: 5);
            Assert.Equal(expected.Take(5), top5.Ranked.Select(r => r.VolunteerId));
        }
    }

    [Fact]
    public void Take_LimitsTheOutputToTheBest()
    {
        var volunteers = Enumerable.Range(0, 40).Select(i => Volunteer(maxActiveTasks: 50, activeTasks: i % 10)).ToArray();
        var all = VolunteerMatcher.Rank(Request(), volunteers, Context(), take: 1000);
        Assert.Equal(40, all.Ranked.Count);

        var top = VolunteerMatcher.Rank(Request(), volunteers, Context(), take: 7);
        Assert.Equal(all.Ranked.Take(7), top.Ranked, (x, y) => x.VolunteerId == y.VolunteerId && x.Score == y.Score && x.Factors.SequenceEqual(y.Factors));

        Assert.Empty(VolunteerMatcher.Rank(Request(), volunteers, Context(), take: 0).Ranked);
        Assert.Equal(40, VolunteerMatcher.Rank(Request(), volunteers, Context()).Ranked.Count);
        Assert.Equal(50, VolunteerMatcher.Rank(Request(), [.. volunteers, .. volunteers.Select(v => v with { VolunteerId = Guid.NewGuid() })], Context()).Ranked.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => VolunteerMatcher.Rank(Request(), volunteers, Context(), take: -1));
    }

    // ---------------------------------------------------------------- property check

    /// <summary>
    /// 2,500 seeded random cases (requests, 0–40 candidates, every rule and factor varied, interpreter mode included)
    /// against a straightforward re-implementation: nobody ineligible is ranked, the ranking is exactly the best
    /// <c>take</c> of the eligible by the re-implemented score, scores are sums of factor points, the output is sorted.
    /// </summary>
    [Fact]
    public void Property_RankingAgreesWithAStraightforwardReimplementation()
    {
        var random = new Random(20261202);
        var interpreterCases = 0;
        var rankedTotal = 0;
        for (var run = 0; run < 2_500; run++)
        {
            var context = Context(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 2 * 365 * 24 * 60)));
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(new DateTimeOffset(context.NowUtc), Ljubljana).DateTime);
            var candidates = Enumerable.Range(0, random.Next(0, 41)).Select(_ => RandomVolunteer(random, context.NowUtc, today)).ToList();
            var request = RandomRequest(random, candidates);
            var take = random.Next(0, 4) == 0 ? 50 : random.Next(0, 16);

            var result = VolunteerMatcher.Rank(request, candidates, context, take);

            var others = candidates.Where(c => SimplePassesOtherRules(request, c, today)).ToList();
            var normal = others.Where(c => SimpleSpeaksWell(request, context, c)).ToList();
            var interpreter = normal.Count == 0 && others.Count > 0;
            var eligible = interpreter ? others.Where(c => SimpleCanInterpret(request, context, c)).ToList() : normal;
            var expected = eligible
                .Select(c => (c.VolunteerId, Score: SimpleScore(request, c, context, today, interpreter)))
                .OrderByDescending(x => x.Score).ThenBy(x => x.VolunteerId)
                .Take(take)
                .ToList();

            Assert.Equal(interpreter, result.NeedsInterpreter);
            Assert.Equal(expected, result.Ranked.Select(r => (r.VolunteerId, r.Score)));
            var eligibleIds = eligible.Select(c => c.VolunteerId).ToHashSet();
            for (var i = 0; i < result.Ranked.Count; i++)
            {
                var ranked = result.Ranked[i];
                Assert.Contains(ranked.VolunteerId, eligibleIds);
                Assert.Equal(ranked.Factors.Sum(f => f.Points), ranked.Score);
                Assert.Equal(ranked.Factors.Select(f => f.Kind).Order(), ranked.Factors.Select(f => f.Kind));
                Assert.All(ranked.Factors, f => Assert.True(f.Points != 0 || f.Kind == MatchFactorKind.Load));
                if (i > 0)
                {
                    var previous = result.Ranked[i - 1];
                    Assert.True(previous.Score > ranked.Score || (previous.Score == ranked.Score && previous.VolunteerId.CompareTo(ranked.VolunteerId) < 0));
                }
            }

            interpreterCases += interpreter ? 1 : 0;
            rankedTotal += result.Ranked.Count;
        }

        // The generator really exercises both modes and non-empty rankings.
        Assert.True(interpreterCases is > 100 and < 1_500, $"{interpreterCases} interpreter cases");
        Assert.True(rankedTotal > 2_500, $"only {rankedTotal} ranked in all runs");
    }

    private static readonly string[] LanguagePool = ["sl", "bs", "sq", "mk", "uk", "ne", "en", "ar"];
    private static readonly string[] AreaPool = ["Litija", "Šmartno", "Gabrovka", "Polšnik"];
    private static readonly string[] SkillPool = ["housing", "documents-permits", "language-learning", "health", "work-rights"];

    private static VolunteerCandidate RandomVolunteer(Random random, DateTime nowUtc, DateOnly today)
    {
        var languages = Enumerable.Range(0, random.Next(0, 5))
            .Select(_ => new SpokenLanguage(Cased(random, LanguagePool[random.Next(LanguagePool.Length)]), (LanguageLevel)random.Next(1, 4)))
            .ToArray();
        var accepted = random.Next(0, 30);
        return new VolunteerCandidate(
            new Guid(random.Next(0, 20), (short)random.Next(), (short)random.Next(), 1, 2, 3, 4, 5, 6, 7, (byte)random.Next(256)),
            Approved: random.Next(0, 12) != 0,
            Active: random.Next(0, 12) != 0,
            PausedUntil: random.Next(0, 4) == 0 ? today.AddDays(random.Next(-3, 4)) : null,
            Vetted: random.Next(0, 2) == 0,
            MaxActiveTasks: random.Next(0, 6),
            ActiveTasks: random.Next(0, 4),
            Languages: languages,
            Skills: SkillPool.Where(_ => random.Next(0, 3) == 0).ToHashSet(StringComparer.Ordinal),
            Areas: AreaPool.Where(_ => random.Next(0, 3) == 0).Select(a => Cased(random, a)).ToHashSet(StringComparer.Ordinal),
            AvailableSlots: random.Next(0, 3) == 0 ? 0 : random.Next(0, WeeklySlots.All + 1) & random.Next(0, WeeklySlots.All + 1),
            LastOfferedAtUtc: random.Next(0, 4) == 0 ? null : nowUtc.AddMinutes(-random.Next(-600, 30 * 24 * 60)),
            AcceptedCount: accepted,
            CompletedCount: random.Next(0, accepted + 1),
            OffersLastHour: random.Next(0, 8) == 0 ? random.Next(5, 9) : random.Next(0, 5));
    }

    private static MatchRequest RandomRequest(Random random, List<VolunteerCandidate> candidates)
    {
        // Rare languages make interpreter mode happen now and then.
        string[] pool = random.Next(0, 5) == 0 ? ["ne", "sq", "fa", "ps"] : LanguagePool;
        var languages = Enumerable.Range(0, random.Next(0, 4)).Select(_ => pool[random.Next(pool.Length)]).Distinct(StringComparer.Ordinal).ToArray();
        return new MatchRequest(
            Guid.NewGuid(),
            SkillPool[random.Next(SkillPool.Length)],
            languages,
            random.Next(0, 3) == 0 ? null : AreaPool[random.Next(AreaPool.Length)],
            random.Next(0, 3) == 0 ? 0 : random.Next(1, WeeklySlots.All + 1),
            random.Next(0, 4) == 0,
            candidates.Where(_ => random.Next(0, 8) == 0).Select(c => c.VolunteerId).ToHashSet());
    }

    private static string Cased(Random random, string text) =>
        random.Next(0, 6) == 0 ? text.ToUpperInvariant() : text;

    private static IReadOnlyList<string> SimpleLanguages(MatchRequest request, MatchContext context) =>
        request.Languages.Count > 0 ? request.Languages : [context.RegionLanguage];

    private static bool SameCode(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool SimplePassesOtherRules(MatchRequest request, VolunteerCandidate c, DateOnly today) =>
        c.Approved && c.Active && (c.PausedUntil is null || c.PausedUntil.Value < today) && (c.Vetted || !request.NeedsVetting)
        && c.ActiveTasks < c.MaxActiveTasks && c.OffersLastHour < 5 && !request.AlreadyAsked.Contains(c.VolunteerId);

    private static bool SimpleSpeaksWell(MatchRequest request, MatchContext context, VolunteerCandidate c) =>
        c.Languages.Any(l => l.Level >= LanguageLevel.Fluent && SimpleLanguages(request, context).Any(r => SameCode(r, l.Code)));

    private static bool SimpleCanInterpret(MatchRequest request, MatchContext context, VolunteerCandidate c) =>
        c.Languages.Any(l => SameCode(l.Code, context.RegionLanguage)) && c.Languages.Any(l => SimpleLanguages(request, context).Any(r => SameCode(r, l.Code)));

    private static int SimpleScore(MatchRequest request, VolunteerCandidate c, MatchContext context, DateOnly today, bool interpreter)
    {
        var languages = SimpleLanguages(request, context);
        var score = 0;
        if (interpreter)
        {
            score += 6;
        }
        else
        {
            var best = 0;
            for (var position = 0; position < languages.Count; position++)
            {
                var levels = c.Languages.Where(l => SameCode(l.Code, languages[position])).Select(l => l.Level).ToList();
                if (levels.Count == 0 || levels.Max() < LanguageLevel.Fluent)
                {
                    continue;
                }

                var points = position == 0 ? levels.Max() == LanguageLevel.Native ? 64 : 56 : Math.Max(8, 16 - 2 * (position - 1));
                best = Math.Max(best, points);
            }

            score += best;
        }

        score += c.Skills.Contains(request.Category) ? 20 : 0;

        var occurrences = 0;
        for (var d = 0; d < 14; d++)
        {
            var date = today.AddDays(d);
            if (c.PausedUntil is { } paused && date <= paused)
            {
                continue;
            }

            foreach (var part in Enum.GetValues<DayPart>())
            {
                if (WeeklySlots.Contains(c.AvailableSlots, date.DayOfWeek, part)
                    && (request.PreferredSlots == 0 || WeeklySlots.Contains(request.PreferredSlots, date.DayOfWeek, part)))
                {
                    occurrences++;
                }
            }
        }

        score += Math.Min(18, 3 * occurrences);

        if (request.Area is null || c.Areas.Count == 0)
        {
            score += 5;
        }
        else if (c.Areas.Any(a => SameCode(a, request.Area)))
        {
            score += 10;
        }

        score -= 4 * Math.Max(0, c.ActiveTasks);

        var days = c.LastOfferedAtUtc is { } last ? Math.Max(0, (int)Math.Floor((context.NowUtc - last).TotalDays)) : 14;
        score += Math.Min(days, 14) * 8 / 14;

        score += (int)Math.Round(10.0 * (c.CompletedCount + 3) / (c.AcceptedCount + 4));
        return score;
    }

    // ---------------------------------------------------------------- WeeklySlots

    [Fact]
    public void WeeklySlots_BitIndexIsDayTimesThreePlusPart_MondayFirst()
    {
        Assert.Equal(1, WeeklySlots.Bit(DayOfWeek.Monday, DayPart.Morning));
        Assert.Equal(1 << 5, WeeklySlots.Bit(DayOfWeek.Tuesday, DayPart.Evening));
        Assert.Equal(1 << 20, WeeklySlots.Bit(DayOfWeek.Sunday, DayPart.Evening));
        Assert.Equal((1 << 21) - 1, WeeklySlots.All);
        Assert.True(WeeklySlots.Contains(WeeklySlots.All, DayOfWeek.Sunday, DayPart.Morning));
        Assert.False(WeeklySlots.Contains(WeeklySlots.Bit(DayOfWeek.Sunday, DayPart.Evening), DayOfWeek.Saturday, DayPart.Evening));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeeklySlots.Bit(DayOfWeek.Monday, (DayPart)3));
    }

    [Fact]
    public void WeeklySlots_Format_MondayFirst_AndSlotsInTheSameOrder()
    {
        var mask = WeeklySlots.Of([(DayOfWeek.Sunday, DayPart.Evening), (DayOfWeek.Tuesday, DayPart.Evening), (DayOfWeek.Monday, DayPart.Morning)]);

        Assert.Equal("mon-morning,tue-evening,sun-evening", WeeklySlots.Format(mask));
        Assert.Equal([(DayOfWeek.Monday, DayPart.Morning), (DayOfWeek.Tuesday, DayPart.Evening), (DayOfWeek.Sunday, DayPart.Evening)], WeeklySlots.Slots(mask));
        Assert.Equal("", WeeklySlots.Format(0));
    }

    [Theory]
    [InlineData(null, true, 0)]
    [InlineData("", true, 0)]
    [InlineData("  ", true, 0)]
    [InlineData("mon-morning", true, 1)]
    [InlineData("Tue-Evening, mon-morning,mon-morning", true, 1 | 1 << 5)]
    [InlineData("sun-evening", true, 1 << 20)]
    [InlineData("mon-night", false, 0)]
    [InlineData("funday-morning", false, 0)]
    [InlineData("monmorning", false, 0)]
    [InlineData("mon-morning,,tue-evening", false, 0)]
    [InlineData("mon-morning,xyz", false, 0)]
    public void WeeklySlots_TryParse(string? text, bool expectedOk, int expectedMask)
    {
        Assert.Equal(expectedOk, WeeklySlots.TryParse(text, out var mask));
        Assert.Equal(expectedMask, mask);
    }

    [Fact]
    public void WeeklySlots_FormatAndTryParse_RoundTrip()
    {
        var random = new Random(21);
        int[] masks = [0, WeeklySlots.All, .. Enumerable.Range(0, 21).Select(b => 1 << b), .. Enumerable.Range(0, 2_000).Select(_ => random.Next(0, WeeklySlots.All + 1))];
        foreach (var mask in masks)
        {
            Assert.True(WeeklySlots.TryParse(WeeklySlots.Format(mask), out var parsed));
            Assert.Equal(mask, parsed);
            Assert.Equal(mask, WeeklySlots.Of(WeeklySlots.Slots(mask)));
        }
    }
}
