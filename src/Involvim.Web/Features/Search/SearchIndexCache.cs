using System.Collections.Concurrent;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Search;

/// <summary>
/// Holds one <see cref="RegionSearchIndex"/> per region, built from the database on first use and rebuilt when
/// the region's content changes (<see cref="RefreshAsync"/> after a local edit; <see cref="SearchChangeFollower"/>
/// for changes made by other instances and the CLI). Readers keep using the old index until the new one is ready.
/// </summary>
public sealed partial class SearchIndexCache(
    IServiceScopeFactory scopes,
    IStringLocalizerFactory localizers,
    Microsoft.AspNetCore.OutputCaching.IOutputCacheStore outputCache,
    ILogger<SearchIndexCache> log) : IDirectorySearch, IPublicChangeListener
{
    private readonly ConcurrentDictionary<Guid, Task<RegionSearchIndex>> _indexes = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _builds = new();
    private readonly Lazy<CategoryLexicon> _lexicon = new(() => BuildLexicon(localizers));

    public CategoryLexicon Lexicon => _lexicon.Value;

    public Task<RegionSearchIndex> GetAsync(Guid regionId, CancellationToken ct = default) =>
        _indexes.GetOrAdd(regionId, id => BuildAsync(id, CancellationToken.None));

    /// <summary>Rebuilds the region's index now and swaps it in; returns when the new index serves.</summary>
    public async Task RefreshAsync(Guid regionId, CancellationToken ct = default)
    {
        var gate = _builds.GetOrAdd(regionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            var index = await BuildAsync(regionId, ct);
            _indexes[regionId] = Task.FromResult(index);

            // The region's cached public pages show the old content: drop them on this instance.
            await outputCache.EvictByTagAsync(Infrastructure.Web.PublicPages.RegionTag(regionId), ct);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A public change committed on this instance: searchable (and the pages fresh) before the editor's request returns.</summary>
    Task IPublicChangeListener.ChangedAsync(Guid regionId, CancellationToken ct) => RefreshAsync(regionId, ct);

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(RegionSnapshot region, string language, string query, int limit, IReadOnlySet<string>? types = null, CancellationToken ct = default)
    {
        var index = await GetAsync(region.Id, ct);
        return index.Search(query, language, limit, types is null ? null : d => types.Contains(d.Type))
            .Select(r => new SearchHit(r.Document.Type, r.Document.Id, r.Score))
            .ToList();
    }

    private async Task<RegionSearchIndex> BuildAsync(Guid regionId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var input = await LoadAsync(db, regionId, ct);
        var index = RegionSearchIndex.Build(input, _lexicon.Value);
        LogBuilt(log, regionId, index.Documents.Count, index.TermCount, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return index;
    }

    /// <summary>Published services, their organisations and published guides, with every text in every language.</summary>
    internal static async Task<List<(SearchDocument, IReadOnlyList<IndexedText>)>> LoadAsync(AppDbContext db, Guid regionId, CancellationToken ct)
    {
        var organizations = await db.Organizations.AsNoTracking()
            .IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(o => o.RegionId == regionId)
            .Include(o => o.Translations)
            .AsSplitQuery()
            .ToListAsync(ct);
        var organizationNames = organizations.ToDictionary(o => o.Id, o => o.Translations);

        var services = await db.Services.AsNoTracking()
            .IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(s => s.RegionId == regionId && s.Status == PublicationStatus.Published)
            .Include(s => s.Translations)
            .Include(s => s.OpeningRules)
            .Include(s => s.ScheduleExceptions)
            .AsSplitQuery()
            .ToListAsync(ct);

        var guides = await db.Guides.AsNoTracking()
            .IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(g => g.RegionId == regionId && g.Status == PublicationStatus.Published)
            .Include(g => g.Translations)
            .AsSplitQuery()
            .ToListAsync(ct);

        var input = new List<(SearchDocument, IReadOnlyList<IndexedText>)>(services.Count + organizations.Count + guides.Count);
        foreach (var s in services)
        {
            var texts = new List<IndexedText>();
            foreach (var t in s.Translations)
            {
                texts.Add(new(t.Language, 3f, t.Name));
                texts.Add(new(t.Language, 1f, t.Description));
                texts.Add(new(t.Language, 0.6f, t.Eligibility));
                texts.Add(new(t.Language, 0.6f, t.HowToApply));
            }

            foreach (var t in organizationNames.GetValueOrDefault(s.OrganizationId) ?? [])
            {
                texts.Add(new(t.Language, 1.2f, t.Name));
            }

            input.Add((new SearchDocument
            {
                Type = DirectoryChanges.Service,
                Id = s.Id,
                OrganizationId = s.OrganizationId,
                Categories = s.Categories,
                Languages = s.Languages,
                IsFree = s.IsFree,
                Titles = Titles(s.Translations, t => t.Name),
                OpeningRules = s.OpeningRules,
                ScheduleExceptions = s.ScheduleExceptions,
            }, texts));
        }

        var offering = services.GroupBy(s => s.OrganizationId).ToDictionary(g => g.Key, g => g.SelectMany(s => s.Categories).Distinct().ToList());
        foreach (var o in organizations.Where(o => offering.ContainsKey(o.Id)))
        {
            var texts = o.Translations.SelectMany(t => new IndexedText[] { new(t.Language, 3f, t.Name), new(t.Language, 1f, t.Description) }).ToList();
            input.Add((new SearchDocument
            {
                Type = DirectoryChanges.Organization,
                Id = o.Id,
                OrganizationId = o.Id,
                Titles = Titles(o.Translations, t => t.Name),
            }, texts));
        }

        foreach (var g in guides)
        {
            var texts = g.Translations.SelectMany(t => new IndexedText[] { new(t.Language, 3f, t.Title), new(t.Language, 1.5f, t.Summary), new(t.Language, 0.8f, t.BodyMarkdown) }).ToList();
            input.Add((new SearchDocument
            {
                Type = DirectoryChanges.Guide,
                Id = g.Id,
                Slug = g.Slug,
                Categories = g.Categories,
                Titles = Titles(g.Translations, t => t.Title),
            }, texts));
        }

        return input;
    }

    private static List<KeyValuePair<string, string>> Titles<T>(IEnumerable<T> translations, Func<T, string> title)
        where T : ContentTranslation =>
        translations.OrderBy(t => t.Status == TranslationStatus.Source ? 0 : 1)
            .ThenBy(t => t.Language, StringComparer.Ordinal)
            .Select(t => KeyValuePair.Create(t.Language, title(t)))
            .ToList();

    private static CategoryLexicon BuildLexicon(IStringLocalizerFactory factory)
    {
        var localizer = factory.Create(typeof(SharedResource));
        var entries = new List<(string, string)>();
        foreach (var language in UiLanguages.All)
        {
            using var _ = new CultureScope(language.Code);
            foreach (var code in Categories.Codes)
            {
                var label = localizer[$"Category.{code}"];
                if (!label.ResourceNotFound)
                {
                    entries.Add((code, label.Value));
                }

                var synonyms = localizer[$"Category.{code}.Synonyms"];
                if (!synonyms.ResourceNotFound)
                {
                    entries.AddRange(synonyms.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (code, s)));
                }
            }
        }

        return new CategoryLexicon(entries);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index of region {RegionId} built: {Documents} documents, {Terms} terms in {Milliseconds:F0} ms")]
    private static partial void LogBuilt(ILogger logger, Guid regionId, int documents, int terms, double milliseconds);
}

/// <summary>
/// Follows <see cref="DirectoryChange"/> rows written by any instance or the CLI and rebuilds the affected regions'
/// indexes, so that content is searchable everywhere within about two seconds.
/// </summary>
public sealed partial class SearchChangeFollower(IServiceScopeFactory scopes, SearchIndexCache cache, ILogger<SearchChangeFollower> log) : BackgroundService
{
    private readonly HashSet<long> _seen = [];
    private long _watermark = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FollowAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFollowFailed(log, ex);
            }
        }
    }

    /// <summary>Rebuilds the regions with new changes; returns how many regions were rebuilt.</summary>
    public async Task<int> FollowAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (_watermark < 0)
        {
            // Start from now: indexes are built from the database on first use anyway.
            _watermark = await db.DirectoryChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;
            return 0;
        }

        // Look back a little: a change with a lower id may commit after one with a higher id.
        var from = Math.Max(0, _watermark - 500);
        var changes = await db.DirectoryChanges.AsNoTracking()
            .Where(c => c.Id > from)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.RegionId })
            .Take(10_000)
            .ToListAsync(ct);
        var regions = changes.Where(c => _seen.Add(c.Id)).Select(c => c.RegionId).Distinct().ToList();
        if (changes.Count > 0)
        {
            _watermark = Math.Max(_watermark, changes[^1].Id);
        }

        _seen.RemoveWhere(id => id <= _watermark - 1000);
        foreach (var regionId in regions)
        {
            await cache.RefreshAsync(regionId, ct);
        }

        return regions.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Following directory changes failed; retrying")]
    private static partial void LogFollowFailed(ILogger logger, Exception ex);
}
