using Involvim.Web.Infrastructure.Data;

namespace Involvim.Web.Features.Search;

/// <summary>
/// Call in the same unit of work as any change to a service, organisation or guide (create, edit, approve,
/// archive, import): the search index of every instance picks it up from <see cref="DirectoryChange"/>.
/// </summary>
public static class DirectoryChanges
{
    public const string Service = "service";
    public const string Organization = "organization";
    public const string Guide = "guide";

    public static void Record(AppDbContext db, Guid regionId, string entityType, Guid entityId, DateTime now) =>
        db.DirectoryChanges.Add(new DirectoryChange { RegionId = regionId, EntityType = entityType, EntityId = entityId, At = now });

    /// <summary>
    /// Saves a staff change. When readers see a difference (<paramref name="publicChange"/>), it is logged for every
    /// instance and this instance's index and cached pages are refreshed before returning: searchable at once.
    /// </summary>
    public static async Task CommitAsync(AppDbContext db, SearchIndexCache search, Guid regionId, string entityType, Guid entityId, bool publicChange, DateTime now, CancellationToken ct)
    {
        if (publicChange)
        {
            Record(db, regionId, entityType, entityId, now);
        }

        await db.SaveChangesAsync(ct);
        if (publicChange)
        {
            await search.RefreshAsync(regionId, ct);
        }
    }
}
