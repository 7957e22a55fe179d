using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Infrastructure.Jobs;

/// <summary>
/// Database leases for background work that must run on one instance at a time. A lease is taken with one
/// conditional UPDATE, which both SQLite (one writer) and PostgreSQL (row lock, re-checked predicate) make atomic.
/// </summary>
public static class JobLeases
{
    public static async Task<bool> TryAcquireAsync(AppDbContext db, string name, string holder, TimeSpan duration, DateTime now, CancellationToken ct)
    {
        if (!await db.JobLeases.AnyAsync(l => l.Name == name, ct))
        {
            db.JobLeases.Add(new JobLease { Name = name, LeaseUntil = DateTime.MinValue.ToUniversalTime() });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another instance created it first; fall through and compete for it.
            }

            db.ChangeTracker.Clear();
        }

        var until = now + duration;
        var taken = await db.JobLeases
            .Where(l => l.Name == name && (l.LeaseUntil < now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Holder, holder)
                .SetProperty(l => l.LeaseUntil, until)
                .SetProperty(l => l.LastStartedAt, now), ct);
        return taken == 1;
    }

    /// <summary>
    /// Records the end of a run. The lease is kept until <paramref name="holdUntil"/> (the next due time of a
    /// recurring job), so that no other instance runs the job again before its interval has passed.
    /// </summary>
    public static Task ReleaseAsync(AppDbContext db, string name, string holder, DateTime now, string? error, CancellationToken ct, DateTime? holdUntil = null) =>
        db.JobLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.LeaseUntil, holdUntil ?? now)
                .SetProperty(l => l.LastFinishedAt, now)
                .SetProperty(l => l.LastError, error), ct);
}
