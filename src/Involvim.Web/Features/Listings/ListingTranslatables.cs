using Involvim.Web.Features.Translations;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Listings;

/// <summary>
/// What every kind of public content on the translator's desk commits the same way: each item's change audited as
/// <c>{kind}.{action}</c>, and one unit of work that logs the items for search and the caches of every instance.
/// </summary>
public abstract class PublicTranslatables(AuditLog audit, DirectoryChangeLog changes, TimeProvider clock) : ITranslatableKind
{
    public abstract string Code { get; }

    /// <summary>The entity's name in the audit log.</summary>
    protected abstract string EntityName { get; }

    public abstract Task<IReadOnlyList<TranslatableItem>> PublishedAsync(AppDbContext db, RegionSnapshot region, CancellationToken ct);

    public abstract Task<TranslatableItem?> LoadAsync(AppDbContext db, RegionSnapshot region, Guid id, CancellationToken ct);

    public virtual string? Check(string field, string text) => null;

    public Task CommitAsync(RegionSnapshot region, TranslatableItem item, string action, object details, Guid actor, CancellationToken ct) =>
        CommitManyAsync(region, [(item, details)], action, actor, ct);

    public async Task CommitManyAsync(RegionSnapshot region, IReadOnlyList<(TranslatableItem Item, object Details)> items, string action, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(items);
        foreach (var (item, details) in items)
        {
            audit.Record($"{Code}.{action}", EntityName, item.Id.ToString(), region.Id, details, actor);
        }

        await changes.CommitManyAsync(region.Id, Code, items.Select(i => i.Item.Id), clock.GetUtcNow().UtcDateTime, ct);
        await CommittedAsync(region, ct);
    }

    /// <summary>After the commit, on this instance: what else caches the kind's texts (e.g. the region's name).</summary>
    protected virtual Task CommittedAsync(RegionSnapshot region, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Every kind of listing is translatable on the desk through this one adapter: the region's published listings and their texts.</summary>
public sealed class ListingTranslatables<TListing, TForm>(ListingKind<TListing, TForm> kind, AuditLog audit, DirectoryChangeLog changes, TimeProvider clock)
    : PublicTranslatables(audit, changes, clock)
    where TListing : class, IListing
    where TForm : class, IListingForm
{
    public override string Code => kind.Code;

    protected override string EntityName => kind.EntityName;

    public override async Task<IReadOnlyList<TranslatableItem>> PublishedAsync(AppDbContext db, RegionSnapshot region, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        var listings = await kind.TextQuery(db).AsNoTracking().Where(l => l.RegionId == region.Id && l.Status == PublicationStatus.Published).ToListAsync(ct);
        return listings.Select(l => Item(l, region)).ToList();
    }

    public override async Task<TranslatableItem?> LoadAsync(AppDbContext db, RegionSnapshot region, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        var listing = await kind.TextQuery(db).FirstOrDefaultAsync(l => l.Id == id && l.RegionId == region.Id && l.Status == PublicationStatus.Published, ct);
        return listing is null ? null : Item(listing, region);
    }

    public override string? Check(string field, string text) => kind.CheckText(field, text);

    private TranslatableItem Item(TListing listing, RegionSnapshot region) =>
        new(kind.Code, listing.Id, kind.Texts(listing), language => kind.Title(listing, language, region.DefaultLanguage), kind.PublicPath(listing));
}
