using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Matching;
using Involvim.Web.Features.Regions;
using Involvim.Web.Features.Volunteers;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Help;

/// <summary>Loads a region's volunteers as <see cref="VolunteerCandidate"/>s and ranks them for a request (ADR 0011).</summary>
public sealed class VolunteerRanking(AppDbContext db, TimeProvider clock)
{
    public async Task<MatchResult> RankAsync(HelpRequest request, Region region, int take, CancellationToken ct)
    {
        var regionId = region.Id;
        var volunteers = await db.Volunteers.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(v => v.RegionId == regionId && v.Approval == VolunteerApproval.Approved)
            .ToListAsync(ct);
        var withRole = (await db.RoleAssignments.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(a => a.RegionId == regionId && a.Role == RegionRole.Volunteer)
            .Select(a => a.UserId).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow();
        var locked = (await db.Users.AsNoTracking().Where(u => u.LockoutEnd != null).Select(u => new { u.Id, u.LockoutEnd }).ToListAsync(ct))
            .Where(u => u.LockoutEnd > now).Select(u => u.Id).ToHashSet();
        var load = await db.HelpRequests.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(r => r.RegionId == regionId && r.VolunteerId != null && HelpWorkflow.ActiveTaskStatuses.Contains(r.Status))
            .GroupBy(r => r.VolunteerId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var hourAgo = now.UtcDateTime.AddHours(-1);
        var recentOffers = await db.HelpOffers.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(o => o.RegionId == regionId && o.OfferedAt >= hourAgo)
            .GroupBy(o => o.VolunteerId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var asked = (await db.HelpOffers.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(o => o.RequestId == request.Id).Select(o => o.VolunteerId).ToListAsync(ct)).ToHashSet();

        var candidates = volunteers.Select(v => new VolunteerCandidate(
            v.Id,
            Approved: true,
            Active: withRole.Contains(v.UserId) && !locked.Contains(v.UserId),
            v.PausedUntil,
            v.Vetted,
            v.MaxActiveTasks,
            load.GetValueOrDefault(v.Id),
            v.Languages.Select(l => new SpokenLanguage(l.Code, l.Level)).ToList(),
            v.Skills.ToHashSet(StringComparer.Ordinal),
            v.Areas.ToHashSet(StringComparer.OrdinalIgnoreCase),
            v.AvailableSlots,
            v.LastOfferedAt,
            v.AcceptedCount,
            v.CompletedCount,
            recentOffers.GetValueOrDefault(v.Id))).ToList();
        var timeZone = TimeZoneInfo.TryFindSystemTimeZoneById(region.TimeZone, out var tz) ? tz : TimeZoneInfo.Utc;
        var match = new MatchRequest(request.Id, request.Category, request.Languages, request.Area, request.PreferredSlots, request.NeedsVetting, asked);
        return VolunteerMatcher.Rank(match, candidates, new MatchContext(now.UtcDateTime, timeZone, region.DefaultLanguage), take);
    }
}
