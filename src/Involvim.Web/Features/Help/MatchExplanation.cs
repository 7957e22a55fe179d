using System.Globalization;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Help.Matching;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Help;

/// <summary>Puts a rank's factors into words in the reader's language: "speaks Ukrainian (native) · free Tue evening · same area".</summary>
public static class MatchExplanation
{
    public static IReadOnlyList<string> Describe(RankedVolunteer rank, IStringLocalizer t) =>
        rank.Factors.Select(f => Describe(f, t)).Where(s => s.Length > 0).ToList();

    public static string Describe(MatchFactor f, IStringLocalizer t) => f.Kind switch
    {
        MatchFactorKind.Language => t["Match.Language", LanguageNames.Native(f.Language ?? ""), Level(f.Level, t)],
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
