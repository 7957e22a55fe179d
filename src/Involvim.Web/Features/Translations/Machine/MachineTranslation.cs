using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Translations.Machine;

/// <summary>What a machine translation request gave: translations by the hash of their source text, and why some are missing.</summary>
/// <param name="Problem">Resource key of why nothing (more) came, or null.</param>
public sealed record MachineOutcome(IReadOnlyDictionary<string, string> Translations, string? Problem, bool NearBudget)
{
    public static readonly MachineOutcome None = new(new Dictionary<string, string>(), null, false);
}

/// <summary>A region's use of machine translation this month.</summary>
public sealed record MachineUsage(int Used, int Budget)
{
    public int Percent => Budget <= 0 ? 100 : (int)Math.Min(100, Math.Floor(100.0 * Used / Budget));

    public bool NearBudget => Budget > 0 && Used * 5L >= Budget * 4L;
}

/// <summary>
/// Machine translation for a region (ADR 0015): its provider behind one interface, a monthly character budget
/// (warn at 80 %, stop at 100 %, failed calls are not charged), a ledger row for every call, and a cache by segment
/// hash so that unchanged text costs nothing. Content only; <see cref="TranslateTransientAsync"/> is the one path for
/// personal text, through a private provider only and never cached.
/// </summary>
public sealed class MachineTranslation(
    AppDbContext db,
    IEnumerable<IMachineTranslator> translators,
    IDataProtectionProvider protection,
    TimeProvider clock,
    ILogger<MachineTranslation> log)
{
    public const string Triage = "triage";

    private readonly IDataProtector _keys = protection.CreateProtector("Involvim.Translations.ProviderKey.v1");

    public string Protect(string apiKey) => _keys.Protect(apiKey);

    /// <summary>The region's settings, or null when it has none (the desk then works without machine suggestions).</summary>
    public Task<MachineTranslationSettings?> SettingsAsync(Guid regionId, CancellationToken ct) =>
        db.Set<MachineTranslationSettings>().IgnoreQueryFilters([AppDbContext.RegionFilter]).FirstOrDefaultAsync(s => s.RegionId == regionId, ct);

    public async Task<MachineUsage> UsageAsync(Guid regionId, int budget, CancellationToken ct)
    {
        var start = MonthStart();
        // A reservation left by a crashed call stops counting after ten minutes.
        var stale = clock.GetUtcNow().UtcDateTime.AddMinutes(-10);
        var used = await Ledger().Where(c => c.RegionId == regionId && c.At >= start && (c.Failure != "pending" || c.At > stale)).SumAsync(c => (int?)c.Charged, ct) ?? 0;
        return new MachineUsage(used, budget);
    }

    /// <summary>Whether the region can have machine suggestions from <paramref name="from"/> into <paramref name="to"/>.</summary>
    public bool Offers(RegionSnapshot region, MachineTranslationSettings? settings, string from, string to) =>
        settings is not null && Translator(region, settings) is { } t && t.Supports(from, to);

    /// <summary>Cached machine translations of content segments (free: no call, no charge), by source hash.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CachedAsync(Guid regionId, string provider, string from, string to, IReadOnlyCollection<string> hashes, CancellationToken ct)
    {
        if (hashes.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var list = hashes.ToList();
        return await Cache().Where(c => c.RegionId == regionId && c.Provider == provider && c.SourceLanguage == from && c.TargetLanguage == to && list.Contains(c.SourceHash))
            .ToDictionaryAsync(c => c.SourceHash, c => c.Text, ct);
    }

    /// <summary>
    /// Machine translations of content segments: from the cache where it has them, the rest from the provider within
    /// the month's budget. Every call is in the ledger (who, what, how many characters, charged or not).
    /// </summary>
    public async Task<MachineOutcome> TranslateSegmentsAsync(RegionSnapshot region, string from, string to, IReadOnlyCollection<string> texts, string purpose, Guid? itemId, Guid? user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(texts);
        var settings = await SettingsAsync(region.Id, ct);
        if (settings is null || Translator(region, settings) is not { } translator)
        {
            return MachineOutcome.None with { Problem = "Machine.Error.None" };
        }

        if (!translator.Supports(from, to))
        {
            return MachineOutcome.None with { Problem = "Machine.Error.Unsupported" };
        }

        // Texts that differ only in white space are one segment (one hash).
        var bySource = texts.Where(t => !string.IsNullOrWhiteSpace(t)).GroupBy(TextSegments.Hash).ToDictionary(g => g.Key, g => g.First());
        var result = new Dictionary<string, string>(await CachedAsync(region.Id, settings.Provider, from, to, bySource.Keys, ct));
        var open = bySource.Where(kv => !result.ContainsKey(kv.Key)).ToList();
        if (open.Count == 0)
        {
            return new MachineOutcome(result, null, (await UsageAsync(region.Id, settings.MonthlyCharacterBudget, ct)).NearBudget);
        }

        var (translated, problem, near) = await CallAsync(region, settings, translator, from, to, open.Select(kv => kv.Value).ToList(), purpose, itemId, user, ct);
        if (translated is not null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < open.Count; i++)
            {
                result[open[i].Key] = translated[i];
                db.Add(new MachineTranslationCacheEntry { RegionId = region.Id, Provider = settings.Provider, SourceLanguage = from, TargetLanguage = to, SourceHash = open[i].Key, Text = translated[i], CreatedAt = now });
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Someone cached the same segments at the same moment: theirs is as good.
                foreach (var entry in db.ChangeTracker.Entries<MachineTranslationCacheEntry>().Where(e => e.State == EntityState.Added).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }

        return new MachineOutcome(result, problem, near);
    }

    /// <summary>
    /// A staff member reads a newcomer's text in their own language: only through a provider the region marked private
    /// (its own server), never cached, never stored; the ledger has the call without its text.
    /// </summary>
    public async Task<(string? Text, string? Problem)> TranslateTransientAsync(RegionSnapshot region, string from, string to, string text, Guid itemId, Guid user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        var settings = await SettingsAsync(region.Id, ct);
        if (settings is null || !settings.IsPrivate || Translator(region, settings) is not { } translator)
        {
            return (null, "Machine.Error.NotPrivate");
        }

        if (!translator.Supports(from, to))
        {
            return (null, "Machine.Error.Unsupported");
        }

        var (translated, problem, _) = await CallAsync(region, settings, translator, from, to, [text], Triage, itemId, user, ct);
        return (translated?[0], problem);
    }

    /// <summary>The provider for the region; null when it names none we have, or the demo stand-in outside a demo region.</summary>
    private IMachineTranslator? Translator(RegionSnapshot region, MachineTranslationSettings settings) =>
        settings.Provider == MachineProviders.DemoFake && !region.IsDemo ? null : translators.FirstOrDefault(t => t.Provider == settings.Provider);

    private async Task<(IReadOnlyList<string>? Texts, string? Problem, bool Near)> CallAsync(
        RegionSnapshot region, MachineTranslationSettings settings, IMachineTranslator translator, string from, string to, IReadOnlyList<string> texts, string purpose, Guid? itemId, Guid? user, CancellationToken ct)
    {
        var characters = texts.Sum(t => t.Length);
        var call = new MachineTranslationCall
        {
            RegionId = region.Id,
            At = clock.GetUtcNow().UtcDateTime,
            Provider = settings.Provider,
            SourceLanguage = from,
            TargetLanguage = to,
            Purpose = purpose,
            ItemId = itemId,
            TriggeredBy = user,
            Characters = characters,
            Charged = characters,
            Failure = "pending",
        };

        // The reservation is committed before the call and counted by every other call, so that two at once cannot both spend the last of the budget.
        db.Add(call);
        await db.SaveChangesAsync(ct);
        var usage = await UsageAsync(region.Id, settings.MonthlyCharacterBudget, ct);
        if (usage.Used > settings.MonthlyCharacterBudget)
        {
            await SettleAsync(call, "budget", ct);
            return (null, "Machine.Error.Budget", true);
        }

        try
        {
            string? key = null;
            if (settings.ProtectedApiKey is { } protectedKey)
            {
                key = _keys.Unprotect(protectedKey);
            }

            var translated = await translator.TranslateAsync(new ProviderAccess(settings.Provider, settings.Endpoint, key), from, to, texts, ct);
            await SettleAsync(call, null, ct);
            return (translated, null, usage.NearBudget);
        }
        catch (MachineTranslationException e)
        {
            log.LogWarning("Machine translation by {Provider} failed: {Reason}", settings.Provider, e.Reason);
            await SettleAsync(call, e.Reason, ct);
            return (null, "Machine.Error.Failed", usage.NearBudget);
        }
        catch (OperationCanceledException)
        {
            await SettleAsync(call, "cancelled", CancellationToken.None);
            throw;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            await SettleAsync(call, "key", ct);
            return (null, "Machine.Error.Failed", usage.NearBudget);
        }
    }

    private async Task SettleAsync(MachineTranslationCall call, string? failure, CancellationToken ct)
    {
        call.Failure = failure;
        if (failure is not null)
        {
            call.Charged = 0;
        }

        // Settled even when the request was cancelled meanwhile: a reservation must not stay charged.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private IQueryable<MachineTranslationCall> Ledger() => db.Set<MachineTranslationCall>().IgnoreQueryFilters([AppDbContext.RegionFilter]);

    private IQueryable<MachineTranslationCacheEntry> Cache() => db.Set<MachineTranslationCacheEntry>().AsNoTracking().IgnoreQueryFilters([AppDbContext.RegionFilter]);

    private DateTime MonthStart()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
    }
}
