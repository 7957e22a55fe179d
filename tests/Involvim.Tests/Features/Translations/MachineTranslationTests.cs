using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Features.Guides;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Regions;
using Involvim.Web.Features.Translations.Machine;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Translations;

/// <summary>Short retries, so that the fault tests are quick (they assert counts, never times); an attempt timeout long enough that a loaded machine does not retry a healthy call.</summary>
public static class FastRetries
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["MachineTranslation:MaxRetries"] = "2",
        ["MachineTranslation:RetryDelay"] = "00:00:00.020",
        ["MachineTranslation:AttemptTimeout"] = "00:00:03",
    };
}

public sealed class MachineSqliteFixture() : AppFixture(DatabaseKind.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?>? Overrides => FastRetries.Settings;
}

public sealed class MachinePostgresFixture() : AppFixture(DatabaseKind.Postgres)
{
    protected override IReadOnlyDictionary<string, string?>? Overrides => FastRetries.Settings;
}

/// <summary>
/// Machine translation over real HTTP against a local server that speaks the LibreTranslate and DeepL contracts:
/// answers, 429 with Retry-After, 5xx, timeouts and malformed answers; the budget (warn at 80 %, stop at 100 %,
/// failed calls not charged), the ledger and the cache by segment hash; the triage aid only through a private
/// provider and never cached. On SQLite and PostgreSQL.
/// </summary>
public abstract class MachineTranslationTests(AppFixture fixture) : IAsyncLifetime
{
    private ProviderServer _server = null!;

    private InvolvimApp App => fixture.App;

    public async ValueTask InitializeAsync() => _server = await ProviderServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private Task ConfigureAsync(string provider, int budget = 100_000, string? key = null, bool isPrivate = false, bool drafts = false) =>
        App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var litija = await db.Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync();
            await db.MachineTranslationSettings.IgnoreQueryFilters().Where(s => s.RegionId == litija).ExecuteDeleteAsync();
            await db.Set<MachineTranslationCall>().IgnoreQueryFilters().Where(c => c.RegionId == litija).ExecuteDeleteAsync();
            await db.Set<MachineTranslationCacheEntry>().IgnoreQueryFilters().Where(c => c.RegionId == litija).ExecuteDeleteAsync();
            db.MachineTranslationSettings.Add(new MachineTranslationSettings
            {
                RegionId = litija,
                Provider = provider,
                Endpoint = _server.Url,
                ProtectedApiKey = key is null ? null : sp.GetRequiredService<MachineTranslation>().Protect(key),
                IsPrivate = isPrivate,
                MonthlyCharacterBudget = budget,
                PublishMachineDrafts = drafts,
                UpdatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });

    private Task<MachineOutcome> TranslateAsync(string to, params string[] texts) =>
        App.WithScopeAsync(async sp =>
        {
            var region = (await sp.GetRequiredService<RegionDirectory>().FindAsync("litija"))!;
            return await sp.GetRequiredService<MachineTranslation>().TranslateSegmentsAsync(region, "sl", to, texts, "guide", Guid.NewGuid(), null, CancellationToken.None);
        });

    private Task<List<MachineTranslationCall>> LedgerAsync() =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<MachineTranslationCall>().IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id).ToListAsync());

    [Fact]
    public async Task LibreTranslate_Translates_ChargesOnce_AndTheSameTextAgainComesFromTheCache()
    {
        await ConfigureAsync(MachineProviders.LibreTranslate);
        var first = await TranslateAsync("uk", "Dober dan.", "Vrtec je odprt.");
        Assert.Null(first.Problem);
        Assert.Equal("⟨uk⟩ Dober dan.", first.Translations[TextSegments.Hash("Dober dan.")]);
        Assert.Equal(1, _server.TranslateRequests);

        var again = await TranslateAsync("uk", "Dober  dan. ", "Vrtec je odprt.", "Nov stavek.");
        Assert.Equal(3, again.Translations.Count);
        Assert.Equal(2, _server.TranslateRequests);
        Assert.Contains("\"q\":[\"Nov stavek.\"]", _server.Requests.Last().Body, StringComparison.Ordinal);

        var ledger = await LedgerAsync();
        Assert.Equal([10 + 15, 11], ledger.Select(c => c.Charged));
        Assert.All(ledger, c => Assert.Null(c.Failure));
        Assert.All(ledger, c => Assert.Equal("guide", c.Purpose));
    }

    [Fact]
    public async Task DeepL_SendsTheKeyInTheHeader_AndAnEnglishVariant_AndTheKeyIsStoredEncrypted()
    {
        await ConfigureAsync(MachineProviders.DeepL, key: ProviderServer.DeepLKey);
        var outcome = await TranslateAsync("en", "Dober dan.");
        Assert.Equal("⟨EN-GB⟩ Dober dan.", Assert.Single(outcome.Translations).Value);
        Assert.Equal("DeepL-Auth-Key " + ProviderServer.DeepLKey, _server.Requests.Last().Authorization);
        var stored = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().MachineTranslationSettings.IgnoreQueryFilters().Select(s => s.ProtectedApiKey).FirstAsync());
        Assert.DoesNotContain(ProviderServer.DeepLKey, stored!, StringComparison.Ordinal);

        // DeepL has no Nepali: no call, no charge, a clear reason.
        var nepali = await TranslateAsync("ne", "Dober dan.");
        Assert.Equal("Machine.Error.Unsupported", nepali.Problem);
        Assert.Equal(1, _server.TranslateRequests);
    }

    [Fact]
    public async Task DeepL_WithAWrongKey_Fails_AndIsNotCharged()
    {
        await ConfigureAsync(MachineProviders.DeepL, key: "wrong");
        var outcome = await TranslateAsync("uk", "Dober dan.");
        Assert.Equal("Machine.Error.Failed", outcome.Problem);
        var call = Assert.Single(await LedgerAsync());
        Assert.Equal(("unauthorized", 0), (call.Failure, call.Charged));
    }

    [Theory]
    [InlineData("429", 1, null)]
    [InlineData("503", 2, null)]
    [InlineData("503", 3, "503")]
    [InlineData("slow", 3, "timeout")]
    [InlineData("malformed", 1, "malformed")]
    [InlineData("wrong-shape", 1, "malformed")]
    public async Task Faults_AreRetriedWithBackoff_WhereThatHelps_AndFailedCallsAreNotCharged(string fault, int times, string? failure)
    {
        await ConfigureAsync(MachineProviders.LibreTranslate);
        _server.Fail(fault, times);
        var outcome = await TranslateAsync("uk", "Dober dan.");

        var call = Assert.Single(await LedgerAsync());
        Assert.Equal(failure, call.Failure);
        Assert.Equal(failure is null ? 10 : 0, call.Charged);
        Assert.Equal(failure is null, outcome.Translations.Count == 1);
        // 429, 5xx and timeouts are retried (two retries here); a malformed answer is not.
        var retried = fault is "429" or "503" or "slow";
        Assert.Equal(retried ? Math.Min(times + 1, 3) : 1, _server.TranslateRequests);
        var cached = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<MachineTranslationCacheEntry>().IgnoreQueryFilters().CountAsync());
        Assert.Equal(failure is null ? 1 : 0, cached);
    }

    [Fact]
    public async Task TheBudget_WarnsAt80Percent_StopsAt100_AndCallsNothingOnceSpent()
    {
        await ConfigureAsync(MachineProviders.LibreTranslate, budget: 100);
        var first = await TranslateAsync("uk", new string('a', 50));
        Assert.False(first.NearBudget);
        var second = await TranslateAsync("uk", new string('b', 35));
        Assert.True(second.NearBudget);
        Assert.Null(second.Problem);

        var over = await TranslateAsync("uk", new string('c', 20));
        Assert.Equal("Machine.Error.Budget", over.Problem);
        Assert.Empty(over.Translations);
        Assert.Equal(2, _server.TranslateRequests);
        var ledger = await LedgerAsync();
        Assert.Equal([50, 35, 0], ledger.Select(c => c.Charged));
        Assert.Equal("budget", ledger[^1].Failure);

        // What is cached is still free.
        var cached = await TranslateAsync("uk", new string('a', 50));
        Assert.Single(cached.Translations);
        Assert.Equal(2, _server.TranslateRequests);
    }

    [Fact]
    public async Task ManyCallsAtOnce_NeverSpendMoreThanTheBudget()
    {
        await ConfigureAsync(MachineProviders.LibreTranslate, budget: 100);
        var calls = Enumerable.Range(0, 12).Select(i => Task.Run(() => TranslateAsync("uk", new string((char)('a' + i), 20)))).ToList();
        await Task.WhenAll(calls);
        var charged = (await LedgerAsync()).Sum(c => c.Charged);
        Assert.InRange(charged, 0, 100);
        Assert.Equal(charged / 20, _server.TranslateRequests);
    }

    [Fact]
    public async Task TheTriageAid_UsesOnlyAPrivateProvider_AndKeepsNothing()
    {
        await ConfigureAsync(MachineProviders.LibreTranslate, isPrivate: false);
        var (text, problem) = await TriageAsync("Плата затримується вже два місяці.");
        Assert.Null(text);
        Assert.Equal("Machine.Error.NotPrivate", problem);
        Assert.Equal(0, _server.TranslateRequests);

        await ConfigureAsync(MachineProviders.LibreTranslate, isPrivate: true);
        (text, problem) = await TriageAsync("Плата затримується вже два місяці.");
        Assert.Null(problem);
        Assert.Equal("⟨sl⟩ Плата затримується вже два місяці.", text);
        var call = Assert.Single(await LedgerAsync());
        Assert.Equal(MachineTranslation.Triage, call.Purpose);
        Assert.Equal(0, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<MachineTranslationCacheEntry>().IgnoreQueryFilters().CountAsync()));
    }

    private Task<(string? Text, string? Problem)> TriageAsync(string text) =>
        App.WithScopeAsync(async sp =>
        {
            var region = (await sp.GetRequiredService<RegionDirectory>().FindAsync("litija"))!;
            return await sp.GetRequiredService<MachineTranslation>().TranslateTransientAsync(region, "uk", "sl", text, Guid.NewGuid(), Guid.NewGuid(), CancellationToken.None);
        });

    [Fact]
    public async Task TheDemoStandIn_IsRefusedOutsideADemoRegion()
    {
        await ConfigureAsync(MachineProviders.DemoFake);
        var outcome = await App.WithScopeAsync(async sp =>
        {
            var region = (await sp.GetRequiredService<RegionDirectory>().FindAsync("litija"))! with { IsDemo = false };
            return await sp.GetRequiredService<MachineTranslation>().TranslateSegmentsAsync(region, "sl", "uk", ["Dober dan."], "guide", null, null, CancellationToken.None);
        });
        Assert.Equal("Machine.Error.None", outcome.Problem);
        Assert.Empty(await LedgerAsync());
    }

    [Fact]
    public async Task OnTheDesk_ATranslatorAsksForSuggestions_TakesOne_AndDraftsTheRest()
    {
        await ConfigureAsync(MachineProviders.LibreTranslate, drafts: true);
        var id = await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var litija = await db.Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync();
            var guide = new GuidePage { RegionId = litija, Slug = "mt-" + Guid.NewGuid().ToString("N")[..6], Status = PublicationStatus.Published, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            ContentTranslations.Write(guide.Translations, "sl", TranslationStatus.Source, DateTime.UtcNow, () => new GuideTranslation { GuideId = guide.Id }, row =>
            {
                row.Title = "Knjižnica";
                row.BodyMarkdown = "Knjižnica je odprta vsak dan.\n\nVpis je brezplačen.";
                return true;
            });
            db.Guides.Add(guide);
            await db.SaveChangesAsync();
            return guide.Id;
        });
        var url = $"/litija/en/manage/translations/guide/{id}/uk";
        var translator = await App.SignInAsync("translator@litija.example");
        var asked = await Forms.PostHandlerAsync(translator, url, "Machine");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var page = Forms.Parse(await translator.GetStringAsync(url));
        Assert.Equal(3, page.QuerySelectorAll(".machine").Length);

        var view = ContentTranslations.View(await TextsAsync(id), "uk");
        var token = Forms.Token(await translator.GetStringAsync(url));
        var saved = await translator.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(
        [
            KeyValuePair.Create(Forms.AntiforgeryField, token),
            KeyValuePair.Create("UseMachine", view[0].Key),
            KeyValuePair.Create($"Text[{view[0].Key}]", ""),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(TranslationStatus.Human, ContentTranslations.View(await TextsAsync(id), "uk")[0].Status);

        var drafted = await Forms.PostHandlerAsync(translator, url, "Draft");
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var texts = await TextsAsync(id);
        Assert.Equal(TranslationStatus.Machine, texts.Single(t => t.Language == "uk").Status);
        Assert.Equal(new TranslationProgress(3, 0, 0, 2, 1, 0), ContentTranslations.Progress(texts, "uk"));
        // Asked once for three parts: the draft came from the cache.
        Assert.Equal(1, _server.TranslateRequests);

        var queue = await translator.GetStringAsync("/litija/en/manage/translations?to=uk&show=machine&kind=guide");
        Assert.Contains(url, queue, StringComparison.Ordinal);
    }

    private Task<List<GuideTranslation>> TextsAsync(Guid id) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<GuideTranslation>().AsNoTracking().Where(t => t.GuideId == id).ToListAsync());
}

public sealed class MachineTranslationTests_Sqlite(MachineSqliteFixture fixture) : MachineTranslationTests(fixture), IClassFixture<MachineSqliteFixture>;

public sealed class MachineTranslationTests_Postgres(MachinePostgresFixture fixture) : MachineTranslationTests(fixture), IClassFixture<MachinePostgresFixture>;
