namespace Involvim.Web.Features.Matching;

/// <summary>A language a volunteer speaks (ISO 639-1 code) and how well.</summary>
public readonly record struct SpokenLanguage(string Code, LanguageLevel Level);

/// <summary>
/// What the matcher needs to know about a help request.
/// </summary>
/// <param name="Languages">ISO codes the requester speaks, ordered, [0] = preferred. Empty = the region language.</param>
/// <param name="Area">The requester's area; null = anywhere.</param>
/// <param name="PreferredSlots">A <see cref="WeeklySlots"/> mask; 0 = any time.</param>
/// <param name="AlreadyAsked">
/// Volunteers who declined this request, let an offer for it expire, or have an open offer for it: never ranked.
/// </param>
public sealed record MatchRequest(
    Guid RequestId,
    string Category,
    IReadOnlyList<string> Languages,
    string? Area,
    int PreferredSlots,
    bool NeedsVetting,
    IReadOnlySet<Guid> AlreadyAsked);

/// <summary>
/// What the matcher needs to know about a volunteer of the region.
/// </summary>
/// <param name="Active">Account enabled and not withdrawn.</param>
/// <param name="PausedUntil">Paused up to and including this date (region time); null = not paused.</param>
/// <param name="Skills">Category codes (<c>Features/Directory/Categories</c>).</param>
/// <param name="Areas">Areas served; empty = the whole region.</param>
/// <param name="AvailableSlots">A <see cref="WeeklySlots"/> mask.</param>
/// <param name="OffersLastHour">Offers made to the volunteer in the last hour (any request).</param>
public sealed record VolunteerCandidate(
    Guid VolunteerId,
    bool Approved,
    bool Active,
    DateOnly? PausedUntil,
    bool Vetted,
    int MaxActiveTasks,
    int ActiveTasks,
    IReadOnlyList<SpokenLanguage> Languages,
    IReadOnlySet<string> Skills,
    IReadOnlySet<string> Areas,
    int AvailableSlots,
    DateTime? LastOfferedAtUtc,
    int AcceptedCount,
    int CompletedCount,
    int OffersLastHour = 0);

/// <summary>The moment and the region a ranking is made for.</summary>
/// <param name="RegionLanguage">The region's language (interpreter mode).</param>
public sealed record MatchContext(DateTime NowUtc, TimeZoneInfo TimeZone, string RegionLanguage);

/// <summary>What a <see cref="MatchFactor"/> is about (ADR 0011).</summary>
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

/// <summary>
/// One reason in a volunteer's score, with what the coordinator's explanation shows:
/// <see cref="Language"/>/<see cref="Level"/> for <see cref="MatchFactorKind.Language"/> and
/// <see cref="MatchFactorKind.Interpreter"/>, with <see cref="Position"/> the place of that language in the requester's list
/// (0 = their first); <see cref="Day"/>/<see cref="Part"/> (the first free day part) and
/// <see cref="Count"/> (occurrences) for <see cref="MatchFactorKind.Availability"/>; <see cref="Count"/> = active tasks
/// for <see cref="MatchFactorKind.Load"/>, whole days since the last offer (−1 = never) for
/// <see cref="MatchFactorKind.Fairness"/>, completed tasks for <see cref="MatchFactorKind.Reliability"/>.
/// </summary>
public sealed record MatchFactor(
    MatchFactorKind Kind,
    int Points,
    string? Language = null,
    LanguageLevel? Level = null,
    DayOfWeek? Day = null,
    DayPart? Part = null,
    int Count = 0,
    int Position = -1);

/// <summary>A ranked volunteer: <see cref="Score"/> is the sum of the <see cref="Factors"/>' points.</summary>
public sealed record RankedVolunteer(Guid VolunteerId, int Score, IReadOnlyList<MatchFactor> Factors);

/// <summary>The ranking of a request; <see cref="NeedsInterpreter"/> when it was made in interpreter mode.</summary>
public sealed record MatchResult(bool NeedsInterpreter, IReadOnlyList<RankedVolunteer> Ranked);
