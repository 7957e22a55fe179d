namespace Involvim.Web.Features.Matching;

/// <summary>
/// Ranks a region's volunteers for one help request (ADR 0011). Pure: no database, no clock, no culture; the caller
/// loads the candidates and passes the moment and the region's time zone in a <see cref="MatchContext"/>.
/// </summary>
/// <remarks>
/// Hard rules (a volunteer failing one is never ranked): approved; active; not paused today (region date,
/// <see cref="VolunteerCandidate.PausedUntil"/> inclusive); vetted when the request needs it; fewer active tasks than
/// their maximum; not already asked; fewer than <see cref="Weights.MaxOffersPerHour"/> offers in the last hour; speaks one of the request's languages fluently or natively. When nobody passes
/// only because of the language rule, the ranking is made in interpreter mode: the language rule becomes "speaks the
/// region language and one of the requester's languages, at any level".
/// Soft factors are summed into the score; every weight is in <see cref="Weights"/>.
/// Order: score descending, then volunteer id ascending (<see cref="Guid.CompareTo(Guid)"/>).
/// </remarks>
public static class VolunteerMatcher
{
    /// <summary>Every weight of the score, in one place (ADR 0011 explains each). Change here and in MatchingTests.</summary>
    public static class Weights
    {
        /// <summary>
        /// Native speaker of the requester's preferred (first) language. The first language outweighs a later one by
        /// more than skill and availability together can add (<see cref="PreferredLanguageFluent"/> −
        /// <see cref="LaterLanguage"/> ≥ <see cref="Skill"/> + <see cref="AvailabilityMax"/>), so a fluent speaker of the
        /// requester's second language ranks above a speaker of their first only when everything else is far better.
        /// </summary>
        public const int PreferredLanguageNative = 64;

        /// <summary>Fluent in the requester's preferred (first) language.</summary>
        public const int PreferredLanguageFluent = 56;

        /// <summary>Native or fluent in the requester's second language; less for each later position.</summary>
        public const int LaterLanguage = 16;

        /// <summary>Subtracted from <see cref="LaterLanguage"/> per position after the second.</summary>
        public const int LaterLanguageStep = 2;

        /// <summary>The least a later language earns.</summary>
        public const int LaterLanguageMin = 8;

        /// <summary>Interpreter mode: speaks the region language and one of the requester's languages.</summary>
        public const int Interpreter = 6;

        /// <summary>Has the request's category among their skills.</summary>
        public const int Skill = 20;

        /// <summary>Per free day part (that the requester also prefers) in the next <see cref="AvailabilityDays"/> days.</summary>
        public const int AvailabilityPerOccurrence = 3;

        /// <summary>The most availability earns.</summary>
        public const int AvailabilityMax = 18;

        /// <summary>The look-ahead of availability, today included.</summary>
        public const int AvailabilityDays = 14;

        /// <summary>Serves the request's area.</summary>
        public const int SameArea = 10;

        /// <summary>Serves the whole region, or the request has no area.</summary>
        public const int WholeRegion = 5;

        /// <summary>Per active task (negative).</summary>
        public const int LoadPerActiveTask = -4;

        /// <summary>Fairness for a volunteer not offered anything for <see cref="FairnessDays"/> days or more (or never).</summary>
        public const int FairnessMax = 8;

        /// <summary>Days since the last offer at which fairness reaches <see cref="FairnessMax"/>.</summary>
        public const int FairnessDays = 14;

        /// <summary>Reliability points for a completion rate of 1.</summary>
        public const int ReliabilityMax = 10;

        /// <summary>Prior completions added to a volunteer's record (a newcomer counts as 3 of 4 → 8 points).</summary>
        public const int ReliabilityPriorCompleted = 3;

        /// <summary>Prior acceptances added to a volunteer's record.</summary>
        public const int ReliabilityPriorAccepted = 4;

        /// <summary>
        /// A hard limit, not a weight: a volunteer offered this many tasks in the last hour is not offered more until the
        /// hour has passed (a flood of requests cannot become a flood of e-mails to one person).
        /// </summary>
        public const int MaxOffersPerHour = 5;
    }

    /// <summary>
    /// Ranks <paramref name="candidates"/> for <paramref name="request"/> and returns the best <paramref name="take"/>,
    /// each with the factors of its score. Selection is bounded (a heap of <paramref name="take"/>), and factors are
    /// built only for the volunteers returned.
    /// </summary>
    public static MatchResult Rank(MatchRequest request, IReadOnlyList<VolunteerCandidate> candidates, MatchContext context, int take = 50)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var plan = new Plan(request, context);
        var capacity = Math.Min(take, candidates.Count);
        var top = new TopSelection(capacity);

        // One pass. Until someone passes the normal language rule, the volunteers who could interpret are kept aside
        // in a second selection: if nobody ever does, that one is the ranking (interpreter mode).
        TopSelection? interpreters = null;
        var passOtherRules = 0;
        var passAllRules = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (!plan.PassesRulesOtherThanLanguage(candidate))
            {
                continue;
            }

            passOtherRules++;
            if (plan.SpeaksWell(candidate))
            {
                passAllRules++;
                var score = plan.Evaluate(candidate, interpreter: false, factors: null, top.Threshold);
                if (score != int.MinValue)
                {
                    top.Offer(score, candidate.VolunteerId, i);
                }
            }
            else if (passAllRules == 0 && plan.CanInterpret(candidate))
            {
                interpreters ??= new TopSelection(capacity);
                var score = plan.Evaluate(candidate, interpreter: true, factors: null, interpreters.Threshold);
                if (score != int.MinValue)
                {
                    interpreters.Offer(score, candidate.VolunteerId, i);
                }
            }
        }

        var interpreter = passAllRules == 0 && passOtherRules > 0;
        if (interpreter && interpreters is not null)
        {
            top = interpreters;
        }

        var order = top.BestFirst();
        var ranked = new RankedVolunteer[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            var candidate = candidates[order[k]];
            var factors = new List<MatchFactor>(7);
            var score = plan.Evaluate(candidate, interpreter, factors);
            ranked[k] = new RankedVolunteer(candidate.VolunteerId, score, factors);
        }

        return new MatchResult(interpreter, ranked);
    }

    /// <summary>Whether <paramref name="candidate"/> passes every hard rule (with the interpreter-mode language rule when asked).</summary>
    public static bool IsEligible(MatchRequest request, VolunteerCandidate candidate, MatchContext context, bool interpreterMode = false)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var plan = new Plan(request, context);
        return plan.PassesRulesOtherThanLanguage(candidate) && (interpreterMode ? plan.CanInterpret(candidate) : plan.SpeaksWell(candidate));
    }

    /// <summary>The score and factors of one volunteer, whether eligible or not (e.g. to explain a hand-picked volunteer).</summary>
    public static RankedVolunteer Explain(MatchRequest request, VolunteerCandidate candidate, MatchContext context, bool interpreterMode = false)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var factors = new List<MatchFactor>(7);
        var score = new Plan(request, context).Evaluate(candidate, interpreterMode, factors);
        return new RankedVolunteer(candidate.VolunteerId, score, factors);
    }

    /// <summary>Today's date in the region's time zone.</summary>
    public static DateOnly RegionToday(MatchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(NowUtc(context), context.TimeZone));
    }

    /// <summary><see cref="MatchContext.NowUtc"/>, taken as UTC unless it says it is local time.</summary>
    private static DateTime NowUtc(MatchContext context) => context.NowUtc.Kind switch
    {
        DateTimeKind.Local => context.NowUtc.ToUniversalTime(),
        _ => DateTime.SpecifyKind(context.NowUtc, DateTimeKind.Utc),
    };

    /// <summary>The request, prepared once per ranking: languages, today's date, the preferred-slot mask.</summary>
    private sealed class Plan
    {
        private readonly string[] _languages;
        private readonly string _regionLanguage;
        private readonly string? _area;
        private readonly string _category;
        private readonly bool _needsVetting;
        private readonly IReadOnlySet<Guid>? _alreadyAsked;
        private readonly int _preferred;
        private readonly DateOnly _today;
        private readonly int _todayIndex;
        private readonly long _nowTicks;

        public Plan(MatchRequest request, MatchContext context)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(context);
            _regionLanguage = context.RegionLanguage;
            _languages = request.Languages is { Count: > 0 } languages ? [.. languages] : [context.RegionLanguage];
            _area = request.Area;
            _category = request.Category;
            _needsVetting = request.NeedsVetting;
            _alreadyAsked = request.AlreadyAsked is { Count: > 0 } asked ? asked : null;
            _preferred = request.PreferredSlots == 0 ? WeeklySlots.All : request.PreferredSlots & WeeklySlots.All;
            _today = RegionToday(context);
            _todayIndex = WeeklySlots.DayIndex(_today.DayOfWeek);
            _nowTicks = NowUtc(context).Ticks;
        }

        public bool PassesRulesOtherThanLanguage(VolunteerCandidate c) =>
            c.Approved
            && c.Active
            && !(c.PausedUntil is { } paused && paused >= _today)
            && (c.Vetted || !_needsVetting)
            && c.ActiveTasks < c.MaxActiveTasks
            && c.OffersLastHour < Weights.MaxOffersPerHour
            && !(_alreadyAsked is not null && _alreadyAsked.Contains(c.VolunteerId));

        /// <summary>The normal language rule: one of the request's languages at Fluent or Native.</summary>
        public bool SpeaksWell(VolunteerCandidate c)
        {
            var spoken = c.Languages;
            for (var i = 0; i < spoken.Count; i++)
            {
                if (spoken[i].Level >= LanguageLevel.Fluent && IsRequested(spoken[i].Code))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The interpreter-mode language rule: the region language and one of the requester's, any level.</summary>
        public bool CanInterpret(VolunteerCandidate c)
        {
            var region = false;
            var requested = false;
            var spoken = c.Languages;
            for (var i = 0; i < spoken.Count; i++)
            {
                region |= SameCode(spoken[i].Code, _regionLanguage);
                requested |= IsRequested(spoken[i].Code);
            }

            return region && requested;
        }

        /// <summary>
        /// The score; the factors too when <paramref name="factors"/> is given (only for the volunteers returned).
        /// With a <paramref name="threshold"/>, returns <see cref="int.MinValue"/> as soon as the score cannot reach it:
        /// the skill and area look-ups (two hash sets per volunteer) are skipped for most of a large region.
        /// </summary>
        public int Evaluate(VolunteerCandidate c, bool interpreter, List<MatchFactor>? factors, int threshold = int.MinValue)
        {
            // Language / Interpreter
            var languagePoints = 0;
            var languagePosition = -1;
            var languageLevel = (LanguageLevel)0;
            if (!interpreter)
            {
                for (var position = 0; position < _languages.Length; position++)
                {
                    var level = LevelOf(c, _languages[position]);
                    if (level < LanguageLevel.Fluent)
                    {
                        continue;
                    }

                    // Points never grow with the position, so the first match is the best one.
                    languagePoints = position == 0
                        ? level == LanguageLevel.Native ? Weights.PreferredLanguageNative : Weights.PreferredLanguageFluent
                        : Math.Max(Weights.LaterLanguageMin, Weights.LaterLanguage - Weights.LaterLanguageStep * (position - 1));
                    languagePosition = position;
                    languageLevel = level;
                    break;
                }
            }
            else
            {
                for (var position = 0; position < _languages.Length; position++)
                {
                    var level = LevelOf(c, _languages[position]);
                    if (level > languageLevel)
                    {
                        languageLevel = level;
                        languagePosition = position;
                    }
                }

                languagePoints = languagePosition >= 0 ? Weights.Interpreter : 0;
            }

            // Availability
            var occurrences = Availability(c, out var firstOffset, out var firstPart);
            var availabilityPoints = Math.Min(Weights.AvailabilityMax, Weights.AvailabilityPerOccurrence * occurrences);

            // Load
            var loadPoints = c.ActiveTasks > 0 ? Weights.LoadPerActiveTask * c.ActiveTasks : 0;

            // Fairness: whole days since the last offer; never = the full look-back (Count −1).
            long days = Weights.FairnessDays;
            var fairnessCount = -1;
            if (c.LastOfferedAtUtc is { } last)
            {
                days = Math.Max(0, (_nowTicks - last.Ticks) / TimeSpan.TicksPerDay);
                fairnessCount = (int)Math.Min(days, int.MaxValue);
            }

            var fairnessPoints = (int)(Math.Min(days, Weights.FairnessDays) * Weights.FairnessMax / Weights.FairnessDays);

            // Reliability: Bayesian completion rate with a prior, so newcomers are not punished.
            var accepted = Math.Max(0, c.AcceptedCount);
            var completed = Math.Clamp(c.CompletedCount, 0, accepted);
            var rate = (completed + (double)Weights.ReliabilityPriorCompleted) / (accepted + (double)Weights.ReliabilityPriorAccepted);
            var reliabilityPoints = (int)Math.Round(Weights.ReliabilityMax * rate);

            var score = languagePoints + availabilityPoints + loadPoints + fairnessPoints + reliabilityPoints;
            if (score + MostFromSkillAndArea < threshold)
            {
                return int.MinValue;
            }

            // Skill
            var skillPoints = _category.Length > 0 && c.Skills.Contains(_category) ? Weights.Skill : 0;

            // Area / WholeRegion
            var areaKind = MatchFactorKind.WholeRegion;
            var areaPoints = Weights.WholeRegion;
            if (_area is not null && c.Areas.Count > 0)
            {
                var served = ServesArea(c.Areas, _area);
                areaKind = MatchFactorKind.Area;
                areaPoints = served ? Weights.SameArea : 0;
            }

            score += skillPoints + areaPoints;

            if (factors is not null)
            {
                if (languagePoints != 0)
                {
                    factors.Add(new MatchFactor(interpreter ? MatchFactorKind.Interpreter : MatchFactorKind.Language, languagePoints,
                        Language: _languages[languagePosition], Level: languageLevel, Position: interpreter ? -1 : languagePosition));
                }

                if (skillPoints != 0)
                {
                    factors.Add(new MatchFactor(MatchFactorKind.Skill, skillPoints));
                }

                if (availabilityPoints != 0)
                {
                    factors.Add(new MatchFactor(MatchFactorKind.Availability, availabilityPoints,
                        Day: WeeklySlots.DayOf((_todayIndex + firstOffset) % 7), Part: (DayPart)firstPart, Count: occurrences));
                }

                if (areaPoints != 0)
                {
                    factors.Add(new MatchFactor(areaKind, areaPoints));
                }

                if (c.ActiveTasks > 0)
                {
                    factors.Add(new MatchFactor(MatchFactorKind.Load, loadPoints, Count: c.ActiveTasks));
                }

                if (fairnessPoints != 0)
                {
                    factors.Add(new MatchFactor(MatchFactorKind.Fairness, fairnessPoints, Count: fairnessCount));
                }

                if (reliabilityPoints != 0)
                {
                    factors.Add(new MatchFactor(MatchFactorKind.Reliability, reliabilityPoints, Count: completed));
                }
            }

            return score;
        }

        /// <summary>The most the skill and area factors can add (the bound used to skip their look-ups).</summary>
        private static readonly int MostFromSkillAndArea = Math.Max(0, Weights.Skill) + Math.Max(0, Math.Max(Weights.SameArea, Weights.WholeRegion));

        /// <summary>
        /// Day parts in the next <see cref="Weights.AvailabilityDays"/> days (from today) free for the volunteer and
        /// preferred by the requester, skipping days up to <see cref="VolunteerCandidate.PausedUntil"/>; with the first one.
        /// </summary>
        private int Availability(VolunteerCandidate c, out int firstOffset, out int firstPart)
        {
            firstOffset = 0;
            firstPart = 0;
            var week = c.AvailableSlots & _preferred;
            if (week == 0)
            {
                return 0;
            }

            // Rotate the week so that today is day 0.
            var shift = _todayIndex * 3;
            var rotated = ((week >>> shift) | (week << (21 - shift))) & WeeklySlots.All;

            var skip = 0;
            if (c.PausedUntil is { } paused && paused >= _today)
            {
                skip = (int)Math.Min(Weights.AvailabilityDays, (long)paused.DayNumber - _today.DayNumber + 1);
            }

            var count = 0;
            var found = false;
            for (var offset = skip; offset < Weights.AvailabilityDays; offset++)
            {
                var parts = (rotated >>> (offset % 7 * 3)) & 0b111;
                if (parts == 0)
                {
                    continue;
                }

                if (!found)
                {
                    found = true;
                    firstOffset = offset;
                    firstPart = System.Numerics.BitOperations.TrailingZeroCount(parts);
                }

                count += System.Numerics.BitOperations.PopCount((uint)parts);
            }

            return count;
        }

        private bool IsRequested(string code)
        {
            foreach (var language in _languages)
            {
                if (SameCode(code, language))
                {
                    return true;
                }
            }

            return false;
        }

        private static LanguageLevel LevelOf(VolunteerCandidate c, string code)
        {
            var best = (LanguageLevel)0;
            var spoken = c.Languages;
            for (var i = 0; i < spoken.Count; i++)
            {
                if (spoken[i].Level > best && SameCode(spoken[i].Code, code))
                {
                    best = spoken[i].Level;
                }
            }

            return best;
        }

        private static bool SameCode(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

        private static bool ServesArea(IReadOnlySet<string> areas, string area)
        {
            if (areas.Contains(area))
            {
                return true;
            }

            if (areas is HashSet<string> set)
            {
                if (ReferenceEquals(set.Comparer, StringComparer.OrdinalIgnoreCase))
                {
                    return false;
                }

                foreach (var served in set)
                {
                    if (string.Equals(served, area, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            }

            foreach (var served in areas)
            {
                if (string.Equals(served, area, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The best k of a stream by (score desc, id asc): a binary heap with the worst kept at the root.</summary>
    private sealed class TopSelection(int capacity)
    {
        private readonly int[] _scores = new int[capacity];
        private readonly Guid[] _ids = new Guid[capacity];
        private readonly int[] _indexes = new int[capacity];
        private int _count;

        /// <summary>The least score that can still enter (an equal score enters only with a lower id).</summary>
        public int Threshold => _count < capacity ? int.MinValue : capacity == 0 ? int.MaxValue : _scores[0];

        public void Offer(int score, Guid id, int index)
        {
            if (_count < capacity)
            {
                var at = _count++;
                while (at > 0)
                {
                    var parent = (at - 1) / 2;
                    if (!Worse(score, id, _scores[parent], _ids[parent]))
                    {
                        break;
                    }

                    Move(parent, at);
                    at = parent;
                }

                Set(at, score, id, index);
                return;
            }

            if (capacity == 0 || !Worse(_scores[0], _ids[0], score, id))
            {
                return;
            }

            var hole = 0;
            while (true)
            {
                var child = 2 * hole + 1;
                if (child >= _count)
                {
                    break;
                }

                if (child + 1 < _count && Worse(_scores[child + 1], _ids[child + 1], _scores[child], _ids[child]))
                {
                    child++;
                }

                if (!Worse(_scores[child], _ids[child], score, id))
                {
                    break;
                }

                Move(child, hole);
                hole = child;
            }

            Set(hole, score, id, index);
        }

        /// <summary>The candidate indexes, best first.</summary>
        public int[] BestFirst()
        {
            var order = new int[_count];
            for (var i = 0; i < _count; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) => Worse(_scores[a], _ids[a], _scores[b], _ids[b]) ? 1 : Worse(_scores[b], _ids[b], _scores[a], _ids[a]) ? -1 : 0);
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = _indexes[order[i]];
            }

            return order;
        }

        /// <summary>Lower score, or the same score and a higher id.</summary>
        private static bool Worse(int score, Guid id, int otherScore, Guid otherId) =>
            score < otherScore || (score == otherScore && id.CompareTo(otherId) > 0);

        private void Move(int from, int to) => Set(to, _scores[from], _ids[from], _indexes[from]);

        private void Set(int at, int score, Guid id, int index)
        {
            _scores[at] = score;
            _ids[at] = id;
            _indexes[at] = index;
        }
    }
}
