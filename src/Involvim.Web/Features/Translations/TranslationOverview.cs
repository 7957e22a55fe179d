using System.Collections.Concurrent;
using System.Collections.Immutable;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;

namespace Involvim.Web.Features.Translations;

/// <summary>The log of public content changes (kept by the listing mechanism), as the desk's overview reads it.</summary>
public interface IContentChanges
{
    /// <summary>The newest change of the region; 0 when there is none.</summary>
    Task<long> LatestAsync(AppDbContext db, Guid regionId, CancellationToken ct);

    /// <summary>The region's changes after <paramref name="after"/>: which item of which kind changed.</summary>
    Task<IReadOnlyList<(long Id, string Kind, Guid Item)>> SinceAsync(AppDbContext db, Guid regionId, long after, CancellationToken ct);
}

/// <summary>One published item as the queue and the coverage page see it: its progress in every language of the region.</summary>
public sealed record TranslatableSummary(string Kind, Guid Id, string SourceLanguage, string Title, string PublicPath, IReadOnlyDictionary<string, LanguageProgress> Languages);

/// <summary>
/// The region's translation state per item and language, kept in memory and brought up to date from the change log
/// (only the items that changed are read again), so that the queue and the coverage page of a region with 10,000
/// items do not read and parse every text on every request (ADR 0015). Rebuilt whole every
/// <see cref="RebuildAfter"/> (and when the region's languages change), which also covers texts changed without a
/// change-log entry (the platform administrator's region settings).
/// </summary>
public sealed class TranslationOverview(IContentChanges changes, TimeProvider clock)
{
    public static readonly TimeSpan RebuildAfter = TimeSpan.FromMinutes(10);

    /// <summary>How far back a change is looked for again: a change with a lower id can commit after one with a higher id.</summary>
    private const long LookBack = 500;

    private sealed record Entry(long Watermark, DateTime BuiltAt, string Languages, ImmutableHashSet<long> Seen, ImmutableDictionary<(string Kind, Guid Id), TranslatableSummary> Items);

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _gates = new();

    /// <summary>The region's published items with their progress; reads what changed since the last call through the request's <paramref name="db"/>.</summary>
    public async Task<IEnumerable<TranslatableSummary>> ItemsAsync(AppDbContext db, TranslationDesk desk, RegionSnapshot region, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(desk);
        var languages = string.Join(',', region.EnabledLanguages);
        var latest = await changes.LatestAsync(db, region.Id, ct);
        if (Fresh(region.Id, latest, languages) is { } fresh)
        {
            return fresh.Items.Values;
        }

        var gate = _gates.GetOrAdd(region.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (Fresh(region.Id, latest, languages) is { } built)
            {
                return built.Items.Values;
            }

            var kinds = desk.Kinds.ToDictionary(k => k.Code, StringComparer.Ordinal);
            var now = clock.GetUtcNow().UtcDateTime;
            _entries.TryGetValue(region.Id, out var entry);
            if (entry is null || entry.Languages != languages || now - entry.BuiltAt >= RebuildAfter)
            {
                var items = ImmutableDictionary.CreateBuilder<(string, Guid), TranslatableSummary>();
                foreach (var kind in kinds.Values)
                {
                    foreach (var item in await kind.PublishedAsync(db, region, ct))
                    {
                        if (Summarize(item, region) is { } summary)
                        {
                            items[(kind.Code, item.Id)] = summary;
                        }
                    }
                }

                var recent = await changes.SinceAsync(db, region.Id, Math.Max(0, latest - LookBack), ct);
                entry = new Entry(latest, now, languages, recent.Select(c => c.Id).Where(id => id <= latest).ToImmutableHashSet(), items.ToImmutable());
            }
            else
            {
                var items = entry.Items.ToBuilder();
                var seen = entry.Seen.ToBuilder();
                var unseen = (await changes.SinceAsync(db, region.Id, Math.Max(0, entry.Watermark - LookBack), ct)).Where(c => !seen.Contains(c.Id)).ToList();
                foreach (var (kind, id) in unseen.Select(c => (c.Kind, c.Item)).Distinct())
                {
                    var item = kinds.TryGetValue(kind, out var k) ? await k.LoadAsync(db, region, id, ct) : null;
                    if (item is not null && Summarize(item, region) is { } summary)
                    {
                        items[(kind, id)] = summary;
                    }
                    else
                    {
                        items.Remove((kind, id));
                    }
                }

                var watermark = Math.Max(entry.Watermark, latest);
                seen.UnionWith(unseen.Select(c => c.Id));
                seen.ExceptWith(seen.Where(id => id <= watermark - (2 * LookBack)).ToList());
                entry = entry with { Watermark = watermark, Seen = seen.ToImmutable(), Items = items.ToImmutable() };
            }

            _entries[region.Id] = entry;
            return entry.Items.Values;
        }
        finally
        {
            gate.Release();
        }
    }

    private Entry? Fresh(Guid regionId, long latest, string languages) =>
        _entries.TryGetValue(regionId, out var entry) && entry.Watermark >= latest && entry.Languages == languages && clock.GetUtcNow().UtcDateTime - entry.BuiltAt < RebuildAfter
            ? entry
            : null;

    private static TranslatableSummary? Summarize(TranslatableItem item, RegionSnapshot region) =>
        item.Texts.SourceLanguage is { } source
            ? new TranslatableSummary(item.Kind, item.Id, source, item.Title(source), item.PublicPath, ContentTranslations.Progress(item.Texts.Rows, region.EnabledLanguages))
            : null;
}
