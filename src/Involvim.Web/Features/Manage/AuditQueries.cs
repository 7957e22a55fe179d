using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Manage;

/// <summary>One audit line as staff see it: who (by name), what, when.</summary>
public sealed record AuditLine(long Sequence, DateTime At, string? Actor, string Action, string EntityType, string? EntityId, string? Details);

/// <summary>Reads a region's audit entries, newest first, in pages; shared by the page and the JSON endpoint.</summary>
public static class AuditQueries
{
    public const int PageSize = 50;

    public static async Task<IReadOnlyList<AuditLine>> PageAsync(AppDbContext db, Guid regionId, long? before, int take, CancellationToken ct)
    {
        take = Math.Clamp(take, 1, 200);
        var query = db.AuditEntries.AsNoTracking().Where(e => e.RegionId == regionId);
        if (before is { } b)
        {
            query = query.Where(e => e.Sequence < b);
        }

        var entries = await query.OrderByDescending(e => e.Sequence).Take(take).ToListAsync(ct);
        var actorIds = entries.Where(e => e.ActorUserId is not null).Select(e => e.ActorUserId!.Value).Distinct().ToList();
        var actors = await db.Users.AsNoTracking()
            .Where(u => actorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return entries
            .Select(e => new AuditLine(e.Sequence, e.At, e.ActorUserId is { } id ? actors.GetValueOrDefault(id, "?") : null, e.Action, e.EntityType, e.EntityId, e.Details))
            .ToList();
    }

    public static Task<AuditVerification> VerifyAsync(AppDbContext db, CancellationToken ct) => AuditChain.VerifyAsync(db, ct);
}
