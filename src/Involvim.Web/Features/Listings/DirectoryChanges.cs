using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Listings;

/// <summary>
/// The log of changes readers can see (a service, organisation, guide — and every later kind of listing). Write it
/// in the same unit of work as the change (create, edit, approve, archive, import); the search index of every
/// instance follows <see cref="DirectoryChange"/>. This feature owns the log; Search only reads it (ADR 0014).
/// </summary>
public static class DirectoryChanges
{
    public const string Service = "service";
    public const string Organization = "organization";
    public const string Guide = "guide";
    public const string Event = "event";

    public static void Record(AppDbContext db, Guid regionId, string entityType, Guid entityId, DateTime now) =>
        db.DirectoryChanges.Add(new DirectoryChange { RegionId = regionId, EntityType = entityType, EntityId = entityId, At = now });
}

/// <summary>
/// Told on this instance, right after a public change was committed, so that what readers see (the search index,
/// the cached pages) is fresh before the editor's request returns. Other instances follow the log instead.
/// </summary>
public interface IPublicChangeListener
{
    Task ChangedAsync(Guid regionId, CancellationToken ct);
}

/// <summary>Commits a staff change and, when readers see a difference, logs it and tells this instance's listeners.</summary>
public sealed class DirectoryChangeLog(AppDbContext db, IEnumerable<IPublicChangeListener> listeners)
{
    /// <summary>
    /// Saves the unit of work. When <paramref name="publicChange"/>, the change is logged for every instance in the
    /// same commit and this instance's index and cached pages are refreshed before returning: searchable at once.
    /// </summary>
    public async Task CommitAsync(Guid regionId, string entityType, Guid entityId, bool publicChange, DateTime now, CancellationToken ct)
    {
        if (publicChange)
        {
            DirectoryChanges.Record(db, regionId, entityType, entityId, now);
        }

        await db.SaveChangesAsync(ct);
        if (publicChange)
        {
            await NotifyAsync(regionId, ct);
        }
    }

    /// <summary>Saves one unit of work that changed several public items of a region (an import, a withdrawal): all logged, one commit.</summary>
    public async Task CommitManyAsync(Guid regionId, string entityType, IEnumerable<Guid> entityIds, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        foreach (var id in entityIds)
        {
            DirectoryChanges.Record(db, regionId, entityType, id, now);
        }

        await db.SaveChangesAsync(ct);
        await NotifyAsync(regionId, ct);
    }

    private async Task NotifyAsync(Guid regionId, CancellationToken ct)
    {
        foreach (var listener in listeners)
        {
            await listener.ChangedAsync(regionId, ct);
        }
    }
}

/// <summary>
/// One change to searchable content (a service, organisation or guide), written in the same transaction as the
/// change. Every instance's in-memory index follows this log, so an edit on one instance or an import by the CLI
/// is searchable everywhere within seconds.
/// </summary>
public sealed class DirectoryChange
{
    public long Id { get; set; }

    public Guid RegionId { get; set; }

    /// <summary><c>service</c>, <c>organization</c> or <c>guide</c>.</summary>
    public string EntityType { get; set; } = "";

    public Guid EntityId { get; set; }

    public DateTime At { get; set; }
}

internal sealed class DirectoryChangeConfiguration : IEntityTypeConfiguration<DirectoryChange>
{
    public void Configure(EntityTypeBuilder<DirectoryChange> builder)
    {
        builder.Property(c => c.EntityType).HasMaxLength(16);
        builder.HasIndex(c => c.At);
        builder.HasIndex(c => new { c.RegionId, c.Id });
    }
}

/// <summary>The change log as the translator's desk reads it (its overview follows the log like the search index does).</summary>
internal sealed class DirectoryChangeFeed : Translations.IContentChanges
{
    public async Task<long> LatestAsync(AppDbContext db, Guid regionId, CancellationToken ct) =>
        await db.DirectoryChanges.AsNoTracking().IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(c => c.RegionId == regionId).MaxAsync(c => (long?)c.Id, ct) ?? 0;

    public async Task<IReadOnlyList<(long Id, string Kind, Guid Item)>> SinceAsync(AppDbContext db, Guid regionId, long after, CancellationToken ct) =>
        (await db.DirectoryChanges.AsNoTracking().IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(c => c.RegionId == regionId && c.Id > after).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.EntityType, c.EntityId }).ToListAsync(ct))
        .Select(c => (c.Id, c.EntityType, c.EntityId)).ToList();
}
