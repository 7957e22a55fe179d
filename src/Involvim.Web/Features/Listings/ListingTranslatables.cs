using Involvim.Web.Features.Translations;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Listings;

/// <summary>
/// Every kind of listing is translatable on the desk, through this one adapter: published listings of the region,
/// their texts, and a commit that is audited as <c>{kind}.{action}</c> and logged for search like any other change.
/// </summary>
public sealed class ListingTranslatables<TListing, TForm>(ListingKind<TListing, TForm> kind, AppDbContext db, AuditLog audit, DirectoryChangeLog changes, TimeProvider clock) : ITranslatableKind
    where TListing : class, IListing
    where TForm : class, IListingForm
{
    public string Code => kind.Code;

    public async Task<IReadOnlyList<TranslatableItem>> PublishedAsync(AppDbContext db, RegionSnapshot region, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        var listings = await kind.Query(db).AsNoTracking().Where(l => l.RegionId == region.Id && l.Status == PublicationStatus.Published).ToListAsync(ct);
        return listings.Select(l => Item(l, region)).ToList();
    }

    public async Task<TranslatableItem?> LoadAsync(AppDbContext db, RegionSnapshot region, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        var listing = await kind.Query(db).FirstOrDefaultAsync(l => l.Id == id && l.RegionId == region.Id && l.Status == PublicationStatus.Published, ct);
        return listing is null ? null : Item(listing, region);
    }

    public string? Check(string field, string text) => kind.CheckText(field, text);

    public Task CommitAsync(RegionSnapshot region, TranslatableItem item, string action, object details, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(item);
        audit.Record($"{kind.Code}.{action}", kind.EntityName, item.Id.ToString(), region.Id, details, actor);
        return changes.CommitAsync(region.Id, kind.Code, item.Id, publicChange: true, clock.GetUtcNow().UtcDateTime, ct);
    }

    public Task CommitManyAsync(RegionSnapshot region, IReadOnlyList<(TranslatableItem Item, object Details)> items, string action, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(items);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (item, details) in items.SkipLast(1))
        {
            audit.Record($"{kind.Code}.{action}", kind.EntityName, item.Id.ToString(), region.Id, details, actor);
            DirectoryChanges.Record(db, region.Id, kind.Code, item.Id, now);
        }

        var (last, lastDetails) = items[^1];
        return CommitAsync(region, last, action, lastDetails, actor, ct);
    }

    private TranslatableItem Item(TListing listing, RegionSnapshot region) =>
        new(kind.Code, listing.Id, kind.Texts(listing), language => kind.Title(listing, language, region.DefaultLanguage), kind.PublicPath(listing));
}
