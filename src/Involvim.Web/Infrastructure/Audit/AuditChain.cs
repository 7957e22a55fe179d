using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Infrastructure.Audit;

/// <summary>The hash chain of the audit log: how a link is computed and how the whole chain is checked.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Databases keep time to the microsecond at best; the chain uses whole milliseconds so it survives a round trip.</summary>
    public static DateTime Normalize(DateTime at)
    {
        var utc = at.Kind == DateTimeKind.Utc ? at : DateTime.SpecifyKind(at, DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    public static string ComputeHash(AuditEntry e)
    {
        var canonical = string.Join(
            '\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            Normalize(e.At).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            e.RegionId?.ToString("N") ?? "",
            e.ActorUserId?.ToString("N") ?? "",
            e.Action,
            e.EntityType,
            e.EntityId ?? "",
            e.Details ?? "",
            e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The key of the PostgreSQL advisory lock that serializes appends ("audit" in ASCII).</summary>
    private const long AppendLockKey = 0x6175646974;

    /// <summary>
    /// Takes the append lock for the rest of the current transaction: a transaction-scoped advisory lock on
    /// PostgreSQL; on SQLite the write transaction itself (<c>BEGIN IMMEDIATE</c>) already excludes other writers.
    /// </summary>
    internal static async Task LockAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AppendLockKey})", ct);
        }
    }

    /// <summary>Links pending entries to the end of the chain. Called by <see cref="AppDbContext"/> before it saves.</summary>
    internal static async Task LinkAsync(AppDbContext db, IReadOnlyList<AuditEntry> pending, CancellationToken ct)
    {
        var last = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? Genesis;
        foreach (var entry in pending)
        {
            entry.Sequence = ++sequence;
            entry.At = Normalize(entry.At);
            entry.PreviousHash = previous;
            entry.Hash = ComputeHash(entry);
            previous = entry.Hash;
        }
    }

    /// <summary>Walks the whole chain; returns the first broken sequence number, or null when it is intact.</summary>
    public static async Task<AuditVerification> VerifyAsync(AppDbContext db, CancellationToken ct = default)
    {
        var previous = Genesis;
        long expected = 1;
        long count = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (entry.Sequence != expected || entry.PreviousHash != previous || ComputeHash(entry) != entry.Hash)
            {
                return new AuditVerification(false, count, expected);
            }

            previous = entry.Hash;
            expected++;
            count++;
        }

        return new AuditVerification(true, count, null);
    }
}

public sealed record AuditVerification(bool Intact, long EntriesChecked, long? BrokenAt);
