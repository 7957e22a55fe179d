namespace Involvim.Web.Features.Help.Matching;

// Placeholder until the matching branch is merged.
public static class VolunteerMatcher
{
    public static MatchResult Rank(MatchRequest request, IReadOnlyList<VolunteerCandidate> candidates, MatchContext context, int take = 50) =>
        new(false, candidates.Where(c => c.Approved && c.Active && !request.AlreadyAsked.Contains(c.VolunteerId) && c.ActiveTasks < c.MaxActiveTasks && c.Languages.Any(l => request.Languages.Contains(l.Code) && l.Level >= LanguageLevel.Fluent))
            .Select(c => new RankedVolunteer(c.VolunteerId, 10, [new MatchFactor(MatchFactorKind.Language, 10, c.Languages[0].Code, c.Languages[0].Level)])).Take(take).ToList());
}
