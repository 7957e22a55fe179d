using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Translations;

/// <summary>A translation proposed for a segment from the memory: the same source text (100) or a similar one.</summary>
public sealed record MemoryMatch(string Text, string SourceText, int Percent);

/// <summary>The region's translation memory: learns current human and reviewed segments, proposes them again.</summary>
public static class TranslationMemory
{
    /// <summary>Near matches below this likeness are not proposed.</summary>
    public const double NearEnough = 0.7;

    private const int Candidates = 2000;

    /// <summary>
    /// Remembers every current human or reviewed translation of the item (machine drafts are not memory). A later
    /// translation of the same source text replaces the earlier one. Call before SaveChanges.
    /// </summary>
    public static async Task LearnAsync(AppDbContext db, Guid regionId, ITextSet texts, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.SourceLanguage is not { } source)
        {
            return;
        }

        var pairs = texts.Rows.Where(r => r.Language != source)
            .SelectMany(r => ContentTranslations.View(texts.Rows, r.Language)
                .Where(v => v.IsCurrent && v.Status is TranslationStatus.Human or TranslationStatus.Reviewed)
                .Select(v => (Target: r.Language, v.Source, Text: v.Translation!, Hash: TextSegments.Hash(v.Source))))
            .DistinctBy(p => (p.Target, p.Hash))
            .ToList();
        if (pairs.Count == 0)
        {
            return;
        }

        var hashes = pairs.Select(p => p.Hash).Distinct().ToList();
        var known = await db.TranslationMemory.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(e => e.RegionId == regionId && e.SourceLanguage == source && hashes.Contains(e.SourceHash))
            .ToListAsync(ct);
        known.AddRange(db.ChangeTracker.Entries<TranslationMemoryEntry>().Where(e => e.State == EntityState.Added && e.Entity.RegionId == regionId).Select(e => e.Entity));
        foreach (var (target, sourceText, text, hash) in pairs)
        {
            var entry = known.FirstOrDefault(e => e.TargetLanguage == target && e.SourceHash == hash && e.SourceLanguage == source);
            if (entry is null)
            {
                entry = new TranslationMemoryEntry { RegionId = regionId, SourceLanguage = source, TargetLanguage = target, SourceHash = hash };
                db.Add(entry);
                known.Add(entry);
            }
            else if (entry.TargetText == text)
            {
                continue;
            }

            entry.SourceText = sourceText;
            entry.SourceLength = sourceText.Length;
            entry.TargetText = text;
            entry.UpdatedAt = now;
        }
    }

    /// <summary>The best proposal for each source text (by its hash) into a language: an exact match, else the most similar one at least <see cref="NearEnough"/> alike.</summary>
    public static async Task<IReadOnlyDictionary<string, MemoryMatch>> SuggestAsync(
        AppDbContext db, Guid regionId, string sourceLanguage, string targetLanguage, IReadOnlyCollection<string> sources, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var result = new Dictionary<string, MemoryMatch>(StringComparer.Ordinal);
        if (sources.Count == 0)
        {
            return result;
        }

        var byHash = sources.GroupBy(TextSegments.Hash).ToDictionary(g => g.Key, g => g.First());
        var hashes = byHash.Keys.ToList();
        var entries = db.TranslationMemory.AsNoTracking().IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(e => e.RegionId == regionId && e.SourceLanguage == sourceLanguage && e.TargetLanguage == targetLanguage);
        foreach (var exact in await entries.Where(e => hashes.Contains(e.SourceHash)).ToListAsync(ct))
        {
            result[exact.SourceHash] = new MemoryMatch(exact.TargetText, exact.SourceText, 100);
        }

        var rest = byHash.Where(kv => !result.ContainsKey(kv.Key)).ToList();
        if (rest.Count == 0)
        {
            return result;
        }

        var min = (int)(rest.Min(kv => kv.Value.Length) * 0.6);
        var max = (int)Math.Ceiling(rest.Max(kv => kv.Value.Length) / 0.6);
        var near = await entries.Where(e => e.SourceLength >= min && e.SourceLength <= max)
            .OrderByDescending(e => e.UpdatedAt).Take(Candidates).ToListAsync(ct);
        foreach (var (hash, text) in rest)
        {
            var best = near.Select(e => (e, score: TextSegments.Similarity(text, e.SourceText))).Where(x => x.score >= NearEnough)
                .OrderByDescending(x => x.score).FirstOrDefault();
            if (best.e is not null)
            {
                result[hash] = new MemoryMatch(best.e.TargetText, best.e.SourceText, (int)Math.Floor(best.score * 100));
            }
        }

        return result;
    }
}
