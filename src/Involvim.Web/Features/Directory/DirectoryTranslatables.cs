using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Regions;
using Involvim.Web.Features.Translations;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Directory;

/// <summary>Organisations' names and descriptions on the translator's desk (they are not reviewed listings: every organisation of the region is public).</summary>
public sealed class OrganizationTranslatables(AuditLog audit, DirectoryChangeLog changes, TimeProvider clock) : PublicTranslatables(audit, changes, clock)
{
    public override string Code => DirectoryChanges.Organization;

    protected override string EntityName => nameof(Organization);

    public override async Task<IReadOnlyList<TranslatableItem>> PublishedAsync(AppDbContext db, RegionSnapshot region, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(region);
        var organizations = await db.Organizations.AsNoTracking().IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(o => o.RegionId == region.Id).Include(o => o.Translations).AsSplitQuery().ToListAsync(ct);
        return organizations.Select(o => Item(o, region)).ToList();
    }

    public override async Task<TranslatableItem?> LoadAsync(AppDbContext db, RegionSnapshot region, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(region);
        var organization = await db.Organizations.IgnoreQueryFilters([AppDbContext.RegionFilter]).Include(o => o.Translations)
            .FirstOrDefaultAsync(o => o.Id == id && o.RegionId == region.Id, ct);
        return organization is null ? null : Item(organization, region);
    }

    private TranslatableItem Item(Organization organization, RegionSnapshot region) =>
        new(Code, organization.Id, new TextSet<OrganizationTranslation>(organization.Translations, () => new OrganizationTranslation { OrganizationId = organization.Id }),
            language => ContentTranslations.Pick(organization.Translations, language, region.DefaultLanguage)?.Value.Name ?? "",
            $"organizations/{organization.Id}");
}

/// <summary>
/// The region's own texts (its name and the home page's introduction) on the translator's desk: one item per region,
/// read as often as the home page is. A change renews the cached region at once on this instance.
/// </summary>
public sealed class RegionTextTranslatables(AuditLog audit, DirectoryChangeLog changes, TimeProvider clock, RegionDirectory directory, IOutputCacheStore outputCache)
    : PublicTranslatables(audit, changes, clock)
{
    public const string KindCode = "region";

    public override string Code => KindCode;

    protected override string EntityName => nameof(Region);

    public override async Task<IReadOnlyList<TranslatableItem>> PublishedAsync(AppDbContext db, RegionSnapshot region, CancellationToken ct) =>
        await LoadAsync(db, region, region?.Id ?? Guid.Empty, ct) is { } item ? [item] : [];

    public override async Task<TranslatableItem?> LoadAsync(AppDbContext db, RegionSnapshot region, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(region);
        if (id != region.Id)
        {
            return null;
        }

        var row = await db.Regions.Include(r => r.Translations).FirstOrDefaultAsync(r => r.Id == region.Id, ct);
        return row is null ? null : new TranslatableItem(
            Code,
            row.Id,
            new TextSet<RegionTranslation>(row.Translations, () => new RegionTranslation { RegionId = row.Id }),
            language => ContentTranslations.Pick(row.Translations, language, row.DefaultLanguage)?.Value.Name ?? row.Slug,
            ContentReadCounter.Home);
    }

    protected override async Task CommittedAsync(RegionSnapshot region, CancellationToken ct)
    {
        // The region's name sits in the cached snapshot that every page's header reads.
        directory.Invalidate();
        await outputCache.EvictByTagAsync(PublicPages.RegionTag(region.Id), ct);
    }
}
