using DiffPlex;
using DiffPlex.Chunkers;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Translations;

/// <summary>Who holds an item's claim, until when; <see cref="Mine"/> when it is the asking person.</summary>
public sealed record ClaimView(Guid UserId, string Name, DateTime ExpiresAt, bool Mine);

/// <summary>A piece of a word-level diff: unchanged, removed from the old source or added in the new one.</summary>
public sealed record DiffPiece(string Text, int Change)
{
    public const int Same = 0;
    public const int Removed = -1;
    public const int Added = 1;
}

/// <summary>
/// The translator's desk: which language pairs a person may translate, claims, and the diff of a changed source.
/// The texts themselves are written through <see cref="ContentTranslations"/> and committed by the item's kind.
/// </summary>
public sealed class TranslationDesk(AppDbContext db, IEnumerable<ITranslatableKind> kinds, TimeProvider clock)
{
    public IReadOnlyList<ITranslatableKind> Kinds { get; } = kinds.OrderBy(k => k.Code, StringComparer.Ordinal).ToList();

    public ITranslatableKind? Kind(string code) => Kinds.FirstOrDefault(k => k.Code == code);

    /// <summary>The language pairs this person may translate in the region: a coordinator every pair from the region's languages; a translator those assigned.</summary>
    public async Task<IReadOnlyList<(string From, string To)>> PairsAsync(RegionSnapshot region, RegionAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(access);
        if (access.CanPublish)
        {
            return region.EnabledLanguages.SelectMany(from => region.EnabledLanguages.Where(to => to != from).Select(to => (from, to))).ToList();
        }

        if (!access.Has(RegionRole.Translator) || access.UserId is not { } user)
        {
            return [];
        }

        var pairs = await db.TranslatorPairs.AsNoTracking().IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(p => p.RegionId == region.Id && p.UserId == user)
            .Select(p => new { p.SourceLanguage, p.TargetLanguage })
            .ToListAsync(ct);
        return pairs.Where(p => region.Offers(p.SourceLanguage) && region.Offers(p.TargetLanguage))
            .Select(p => (p.SourceLanguage, p.TargetLanguage)).Distinct().OrderBy(p => p.TargetLanguage, StringComparer.Ordinal).ToList();
    }

    /// <summary>The live claims of the region into one language, by (kind, item).</summary>
    public async Task<IReadOnlyDictionary<(string Kind, Guid Item), ClaimView>> ClaimsAsync(Guid regionId, string language, Guid me, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = await db.TranslationClaims.AsNoTracking().IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(c => c.RegionId == regionId && c.Language == language && c.ExpiresAt > now)
            .Join(db.Users, c => c.UserId, u => u.Id, (c, u) => new { c.Kind, c.ItemId, c.UserId, u.DisplayName, c.ExpiresAt })
            .ToListAsync(ct);
        return claims.ToDictionary(c => (c.Kind, c.ItemId), c => new ClaimView(c.UserId, c.DisplayName, c.ExpiresAt, c.UserId == me));
    }

    public async Task<ClaimView?> ClaimAsync(Guid regionId, string kind, Guid item, string language, Guid me, CancellationToken ct) =>
        (await ClaimsOfAsync(regionId, kind, item, language, me, ct)).FirstOrDefault();

    /// <summary>
    /// Takes the item for 48 hours (again, when it is one's own). False when someone else holds a live claim. Two
    /// people claiming at once: the unique index and a conditional update let exactly one win.
    /// </summary>
    public async Task<bool> TakeAsync(Guid regionId, string kind, Guid item, string language, Guid me, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + TranslationClaim.Duration;
        var updated = await db.TranslationClaims.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(c => c.Kind == kind && c.ItemId == item && c.Language == language && c.RegionId == regionId && (c.UserId == me || c.ExpiresAt <= now))
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.UserId, me).SetProperty(c => c.ClaimedAt, now).SetProperty(c => c.ExpiresAt, expires), ct);
        if (updated > 0)
        {
            return true;
        }

        if (await db.TranslationClaims.IgnoreQueryFilters([AppDbContext.RegionFilter]).AnyAsync(c => c.Kind == kind && c.ItemId == item && c.Language == language, ct))
        {
            return false;
        }

        var claim = new TranslationClaim { RegionId = regionId, Kind = kind, ItemId = item, Language = language, UserId = me, ClaimedAt = now, ExpiresAt = expires };
        db.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(claim).State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>Gives one's own claim back (a coordinator may release anyone's).</summary>
    public Task ReleaseAsync(Guid regionId, string kind, Guid item, string language, Guid me, bool anyone, CancellationToken ct) =>
        db.TranslationClaims.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(c => c.Kind == kind && c.ItemId == item && c.Language == language && c.RegionId == regionId && (anyone || c.UserId == me))
            .ExecuteDeleteAsync(ct);

    /// <summary>
    /// The region does not (or no longer) publish machine drafts: every unchecked machine draft leaves the public pages
    /// (those parts are missing again; the suggestions stay in the cache for the desk). Each kind commits its items in
    /// one unit of work; running it again finishes what an interruption left. Returns how many parts were taken out.
    /// </summary>
    public async Task<int> WithdrawMachineDraftsAsync(RegionSnapshot region, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        var now = clock.GetUtcNow().UtcDateTime;
        var taken = 0;
        foreach (var kind in Kinds)
        {
            var drafted = (await kind.PublishedAsync(db, region, ct))
                .Where(i => i.Texts.Rows.Any(ContentTranslations.HasMachineParts))
                .Select(i => i.Id).ToList();
            var changed = new List<(TranslatableItem, object)>();
            foreach (var id in drafted)
            {
                if (await kind.LoadAsync(db, region, id, ct) is { } item && item.Texts.WithdrawMachine(now) is var parts and > 0)
                {
                    taken += parts;
                    changed.Add((item, new { segments = parts }));
                }
            }

            if (changed.Count > 0)
            {
                await kind.CommitManyAsync(region, changed, "translation.withdrawn", actor, ct);
            }
        }

        return taken;
    }

    /// <summary>A word-level diff from the source text a translation was made from to the source now.</summary>
    public static IReadOnlyList<DiffPiece> Diff(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new WordChunker());
        var pieces = new List<DiffPiece>();
        var a = 0;
        var b = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++, b++)
            {
                pieces.Add(new DiffPiece(result.PiecesOld[a], DiffPiece.Same));
            }

            pieces.AddRange(Enumerable.Range(block.DeleteStartA, block.DeleteCountA).Select(i => new DiffPiece(result.PiecesOld[i], DiffPiece.Removed)));
            pieces.AddRange(Enumerable.Range(block.InsertStartB, block.InsertCountB).Select(i => new DiffPiece(result.PiecesNew[i], DiffPiece.Added)));
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }

        for (; a < result.PiecesOld.Count; a++)
        {
            pieces.Add(new DiffPiece(result.PiecesOld[a], DiffPiece.Same));
        }

        // Neighbouring pieces of the same kind read as one.
        var merged = new List<DiffPiece>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && merged[^1].Change == piece.Change)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + piece.Text };
            }
            else
            {
                merged.Add(piece);
            }
        }

        return merged;
    }

    private async Task<List<ClaimView>> ClaimsOfAsync(Guid regionId, string kind, Guid item, string language, Guid me, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = await db.TranslationClaims.AsNoTracking().IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(c => c.RegionId == regionId && c.Kind == kind && c.ItemId == item && c.Language == language && c.ExpiresAt > now)
            .Join(db.Users, c => c.UserId, u => u.Id, (c, u) => new { c.UserId, u.DisplayName, c.ExpiresAt })
            .ToListAsync(ct);
        return claims.Select(c => new ClaimView(c.UserId, c.DisplayName, c.ExpiresAt, c.UserId == me)).ToList();
    }
}
