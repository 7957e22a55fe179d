namespace Involvim.Web.Features.Help.Matching;

public readonly record struct SpokenLanguage(string Code, LanguageLevel Level);

public sealed record MatchRequest(Guid RequestId, string Category, IReadOnlyList<string> Languages, string? Area, int PreferredSlots, bool NeedsVetting, IReadOnlySet<Guid> AlreadyAsked);

public sealed record VolunteerCandidate(Guid VolunteerId, bool Approved, bool Active, DateOnly? PausedUntil, bool Vetted,
    int MaxActiveTasks, int ActiveTasks, IReadOnlyList<SpokenLanguage> Languages, IReadOnlySet<string> Skills,
    IReadOnlySet<string> Areas, int AvailableSlots, DateTime? LastOfferedAtUtc, int AcceptedCount, int CompletedCount);

public sealed record MatchContext(DateTime NowUtc, TimeZoneInfo TimeZone, string RegionLanguage);

public enum MatchFactorKind
{
    Language,
    Interpreter,
    Skill,
    Availability,
    Area,
    WholeRegion,
    Load,
    Fairness,
    Reliability,
}

public sealed record MatchFactor(MatchFactorKind Kind, int Points, string? Language = null, LanguageLevel? Level = null,
    DayOfWeek? Day = null, DayPart? Part = null, int Count = 0);

public sealed record RankedVolunteer(Guid VolunteerId, int Score, IReadOnlyList<MatchFactor> Factors);

public sealed record MatchResult(bool NeedsInterpreter, IReadOnlyList<RankedVolunteer> Ranked);
