using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Involvim.Web.Features.Regions;

/// <summary>
/// Looks regions up by slug for every request, from a short-lived cache. A change made on this instance is seen
/// at once (<see cref="Invalidate"/>); on other instances, and after a CLI verb, within <c>Regions:CacheSeconds</c> (30).
/// </summary>
public sealed class RegionDirectory(IMemoryCache cache, IServiceScopeFactory scopes, IConfiguration configuration)
{
    private readonly TimeSpan _cacheFor = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Regions:CacheSeconds", 30), 1, 3600));

    private const string AllKey = "regions:all";

    public async Task<RegionSnapshot?> FindAsync(string slug, CancellationToken ct = default)
    {
        var all = await AllAsync(ct);
        return all.FirstOrDefault(r => string.Equals(r.Slug, slug, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<IReadOnlyList<RegionSnapshot>> AllAsync(CancellationToken ct = default)
    {
        if (cache.TryGetValue(AllKey, out IReadOnlyList<RegionSnapshot>? cached) && cached is not null)
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var regions = await db.Regions.AsNoTracking().Include(r => r.Translations).OrderBy(r => r.Slug).ToListAsync(ct);
        IReadOnlyList<RegionSnapshot> snapshots = regions.Select(ToSnapshot).ToList();
        cache.Set(AllKey, snapshots, _cacheFor);
        return snapshots;
    }

    public void Invalidate() => cache.Remove(AllKey);

    public static RegionSnapshot ToSnapshot(Region r) => new(
        r.Id,
        r.Slug,
        r.DefaultLanguage,
        r.EnabledLanguages.ToList(),
        r.TimeZone,
        r.Translations.ToDictionary(t => t.Language, t => t.Name, StringComparer.OrdinalIgnoreCase),
        r.ContactEmail,
        r.ContactPhone,
        r.IsDemo,
        r.IsActive,
        r.Areas.ToList(),
        r.AutoOffer,
        r.RetentionDays,
        r.AnswerWithinDays);
}
