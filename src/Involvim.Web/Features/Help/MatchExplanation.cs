using System.Globalization;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Matching;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Help;

/// <summary>One factor of a rank in words, with the points it added (negative for load).</summary>
public sealed record ExplainedFactor(string Text, int Points);

/// <summary>Puts a rank's factors into words in the reader's language: "speaks Ukrainian (native) · free Tue evening · same area".</summary>
public static class MatchExplanation
{
    /// <summary>Each factor in words with its points (the page shows the words, and the points on demand).</summary>
    public static IReadOnlyList<ExplainedFactor> Describe(RankedVolunteer rank, IStringLocalizer t) =>
        rank.Factors.Select(f => new ExplainedFactor(Describe(f, t), f.Points)).Where(f => f.Text.Length > 0).ToList();

    public static string Describe(MatchFactor f, IStringLocalizer t) => f.Kind switch
    {
        // Which of the requester's languages matched: their first weighs far more than a later one (ADR 0011).
        MatchFactorKind.Language => f.Position switch
        {
            <= 0 => t["Match.LanguageFirst", LanguageNames.Native(f.Language ?? ""), Level(f.Level, t)],
            1 => t["Match.LanguageSecond", LanguageNames.Native(f.Language ?? ""), Level(f.Level, t)],
            _ => t["Match.LanguageLater", LanguageNames.Native(f.Language ?? ""), Level(f.Level, t), f.Position + 1],
        },
        MatchFactorKind.Interpreter => t["Match.Interpreter", LanguageNames.Native(f.Language ?? ""), Level(f.Level, t)],
        MatchFactorKind.Skill => t["Match.Skill"],
        MatchFactorKind.Availability when f.Day is { } day && f.Part is { } part =>
            f.Count > 1 ? t["Match.AvailabilityMore", Slot(day, part, t), f.Count - 1] : t["Match.Availability", Slot(day, part, t)],
        MatchFactorKind.Area => t["Match.Area"],
        MatchFactorKind.WholeRegion => t["Match.WholeRegion"],
        MatchFactorKind.Load => t["Match.Load", f.Count],
        MatchFactorKind.Fairness => f.Count < 0 || f.Count >= 14 ? t["Match.FairnessLong"] : t["Match.Fairness", f.Count],
        MatchFactorKind.Reliability => t["Match.Reliability", f.Count],
        _ => "",
    };

    public static string Level(LanguageLevel? level, IStringLocalizer t) => level is { } l ? t[$"Level.{l}"] : "";

    /// <summary>Preferred weekly times in words ("Tue evening, Sat morning"), or "any time".</summary>
    public static string Times(int mask, IStringLocalizer t) =>
        mask == 0 ? t["ManageHelp.AnyTime"] : string.Join(", ", WeeklySlots.Slots(mask).Select(s => Slot(s.Day, s.Part, t)));

    public static string Slot(DayOfWeek day, DayPart part, IStringLocalizer t) =>
        t["Match.Slot", CultureInfo.CurrentCulture.DateTimeFormat.GetAbbreviatedDayName(day), t[$"DayPart.{part}"]];
}
