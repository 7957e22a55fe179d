using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Directory;

/// <summary>The region's organisations by name in the reader's language (else the region's), sorted: for the listings' forms and the staff page.</summary>
public sealed class OrganizationNames(AppDbContext db) : IListingOwners
{
    public async Task<IReadOnlyList<(Guid Id, string Name)>> InRegionAsync(RegionSnapshot region, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.RegionId == region.Id).Include(o => o.Translations).ToListAsync(ct);
        return organizations
            .Select(o => (o.Id, ContentTranslations.Pick(o.Translations, language, region.DefaultLanguage)?.Value.Name ?? "?"))
            .OrderBy(o => o.Item2, StringComparer.CurrentCulture)
            .ToList();
    }
}
