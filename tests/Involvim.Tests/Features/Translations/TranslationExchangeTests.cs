using System.Net;
using System.Text;
using System.Xml.Linq;
using Involvim.Tests.Support;
using Involvim.Web.Features.Guides;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Translations.Machine;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Translations;

/// <summary>
/// Reads that weigh the queue and the coverage page, the coverage page itself (with its target and CSV), the XLIFF
/// exchange with its refusals (nothing half-imported), the machine translation settings page and the triage aid on a
/// help request. On SQLite and PostgreSQL.
/// </summary>
public abstract class TranslationExchangeTests(AppFixture fixture)
{
    private static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:2.0";

    private InvolvimApp App => fixture.App;

    private Task<(Guid Id, string Slug)> GuideAsync(string title, string body, bool ukrainian) =>
        App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var litija = await db.Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync();
            var now = DateTime.UtcNow;
            var guide = new GuidePage { RegionId = litija, Slug = "x-" + Guid.NewGuid().ToString("N")[..8], Status = PublicationStatus.Published, CreatedAt = now, UpdatedAt = now };
            ContentTranslations.Write(guide.Translations, "sl", TranslationStatus.Source, now, () => new GuideTranslation { GuideId = guide.Id }, row =>
            {
                row.Title = title;
                row.BodyMarkdown = body;
                return true;
            });
            if (ukrainian)
            {
                new TextSet<GuideTranslation>(guide.Translations, () => new GuideTranslation { GuideId = guide.Id })
                    .Translate("uk", ContentTranslations.View(guide.Translations, "uk").Select(v => (v.Key, "uk " + v.Source)), TranslationStatus.Human, null, now);
            }

            db.Guides.Add(guide);
            DirectoryChanges.Record(db, litija, DirectoryChanges.Guide, guide.Id, now);
            await db.SaveChangesAsync();
            return (guide.Id, guide.Slug);
        });

    private Task FlushReadsAsync() => App.WithScopeAsync(sp =>
        sp.GetRequiredService<ContentReadCounter>().FlushAsync(sp.GetRequiredService<AppDbContext>(), DateTime.UtcNow, CancellationToken.None));

    private Task<List<GuideTranslation>> TextsAsync(Guid id) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<GuideTranslation>().AsNoTracking().Where(t => t.GuideId == id).ToListAsync());

    [Fact]
    public async Task Reads_AreCountedForCachedPagesToo_AndPutTheMostReadFirstInTheQueue()
    {
        var (id, slug) = await GuideAsync("Branje " + Guid.NewGuid().ToString("N")[..4], "Prvi odstavek.", ukrainian: false);
        var reader = App.Anonymous();
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/litija/uk/guides/{slug}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/litija/uk/guides/no-such-page")).StatusCode);
        await FlushReadsAsync();
        var counts = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ContentReads.Where(r => r.RegionSlug == "litija").ToListAsync());
        Assert.Equal(30, counts.Single(r => r.Path == $"guides/{slug}").Count);
        Assert.DoesNotContain(counts, r => r.Path == "guides/no-such-page");

        var translator = await App.SignInAsync("translator@litija.example");
        var queue = Forms.Parse(await translator.GetStringAsync("/litija/en/manage/translations?to=uk&show=missing&kind=guide"));
        var first = queue.QuerySelector("tbody tr")!;
        Assert.Contains(id.ToString(), first.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("30", first.QuerySelectorAll("td")[1].TextContent.Trim());
    }

    [Fact]
    public async Task Coverage_WeighsByReads_MeetsItsTarget_AndExportsCsv()
    {
        var (_, read) = await GuideAsync("Pogosto " + Guid.NewGuid().ToString("N")[..4], "Besedilo.", ukrainian: true);
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var before = await UkGuideCurrentAsync(coordinator);
        var reader = App.Anonymous();
        for (var i = 0; i < 300; i++)
        {
            await reader.GetAsync($"/litija/sl/guides/{read}");
        }

        await FlushReadsAsync();
        var after = await UkGuideCurrentAsync(coordinator);
        Assert.True(after > before, $"{before} → {after}");

        // The most-read guide page is fully current in Ukrainian: with a target of one page, uk meets it.
        var page = await Forms.PostAsync(coordinator, "/litija/en/manage/translations/coverage", new() { ["TopGuides"] = "1", ["CurrentPercent"] = "95" }, "/litija/en/manage/translations/coverage?handler=Goal");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var goal = Forms.Parse(await coordinator.GetStringAsync("/litija/en/manage/translations/coverage")).QuerySelectorAll("main ul li").Single(li => li.GetAttribute("lang") == "uk");
        Assert.Contains(App.Text("en", "Coverage.Met"), goal.TextContent, StringComparison.Ordinal);
        Assert.NotNull(Forms.Parse(await coordinator.GetStringAsync("/litija/en/manage/translations/coverage")).QuerySelector("svg[role=img] rect"));

        var bad = await Forms.PostAsync(coordinator, "/litija/en/manage/translations/coverage", new() { ["TopGuides"] = "0", ["CurrentPercent"] = "101" }, "/litija/en/manage/translations/coverage?handler=Goal");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains(App.Text("en", "Validation.Number"), await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<double> UkGuideCurrentAsync(HttpClient client)
    {
        var csv = await client.GetStringAsync("/litija/en/manage/translations/coverage?format=csv");
        Assert.StartsWith("language,content,items,reviewed,human,machine,outdated,missing", csv, StringComparison.Ordinal);
        var row = csv.Split('\n').Single(l => l.StartsWith("uk,guide,", StringComparison.Ordinal)).Split(',');
        var shares = row[3..].Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(shares.Sum(), 99.5, 100.5);
        return shares[0] + shares[1] + shares[2];
    }

    [Fact]
    public async Task Xliff_RoundTrip_AndEveryRefusal_LeavesNothingHalfImported()
    {
        var (id, _) = await GuideAsync("Izmenjava " + Guid.NewGuid().ToString("N")[..4], "Prvi odstavek.\n\nDrugi odstavek.", ukrainian: false);
        var translator = await App.SignInAsync("translator@litija.example");
        var exported = await translator.GetAsync("/litija/en/manage/translations/xliff?pair=sl-uk&kind=guide");
        Assert.Equal("application/xliff+xml", exported.Content.Headers.ContentType!.MediaType);
        var document = XDocument.Parse(await exported.Content.ReadAsStringAsync());
        Assert.Equal("2.0", document.Root!.Attribute("version")!.Value);
        var file = document.Root.Elements(X + "file").Single(f => f.Attribute("id")!.Value == $"guide:{id}");
        var units = file.Elements(X + "unit").ToList();
        Assert.Equal(3, units.Count);

        // Broken XML, another pair, an unknown part next to a good one, an oversized file: refused, nothing imported.
        Assert.Equal(HttpStatusCode.BadRequest, (await ImportAsync(translator, "<xliff version=\"2.0\"><file")).StatusCode);
        var otherPair = new XDocument(document);
        otherPair.Root!.SetAttributeValue("trgLang", "ne");
        Assert.Equal(HttpStatusCode.BadRequest, (await ImportAsync(translator, otherPair.ToString())).StatusCode);
        var unknown = Translated(document, id);
        unknown.Root!.Elements(X + "file").Single(f => f.Attribute("id")!.Value == $"guide:{id}").Elements(X + "unit").First().SetAttributeValue("id", "nothere");
        var refused = await ImportAsync(translator, unknown.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("nothere", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var huge = new StringBuilder("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"sl\" trgLang=\"uk\"><!--").Append('x', 4 * 1024 * 1024 + 10).Append("--></xliff>");
        Assert.Equal(HttpStatusCode.BadRequest, (await ImportAsync(translator, huge.ToString())).StatusCode);
        Assert.DoesNotContain(await TextsAsync(id), t => t.Language == "uk");

        // The original changes after the export: the old file is refused with the part named.
        var good = Translated(document, id);
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        await Forms.SaveAsync(coordinator, $"/litija/sl/manage/guides/{id}?text=sl", ("Form.Body", "Prvi odstavek.\n\nDrugi, spremenjeni odstavek."));
        var changed = await ImportAsync(translator, good.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, changed.StatusCode);
        Assert.Contains(App.Text("en", "Xliff.ReportTitle"), await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await TextsAsync(id), t => t.Language == "uk");

        // A fresh export, translated: imported, published, audited once for the item.
        document = XDocument.Parse(await translator.GetStringAsync("/litija/en/manage/translations/xliff?pair=sl-uk&kind=guide"));
        var imported = await ImportAsync(translator, Translated(document, id).ToString());
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var uk = (await TextsAsync(id)).Single(t => t.Language == "uk");
        Assert.Equal(TranslationStatus.Human, uk.Status);
        Assert.Contains("переклад: Drugi, spremenjeni odstavek.", uk.BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal(1, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<AuditEntry>().CountAsync(e => e.Action == "guide.translated" && e.EntityId == id.ToString())));
    }

    /// <summary>The document with a target for every unit of the item (only that item's file kept).</summary>
    private static XDocument Translated(XDocument original, Guid id)
    {
        var copy = new XDocument(original);
        copy.Root!.Elements(X + "file").Where(f => f.Attribute("id")!.Value != $"guide:{id}").Remove();
        foreach (var segment in copy.Root.Descendants(X + "segment"))
        {
            segment.Elements(X + "target").Remove();
            segment.Add(new XElement(X + "target", "переклад: " + segment.Element(X + "source")!.Value));
        }

        return copy;
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string xml)
    {
        var token = Forms.Token(await client.GetStringAsync("/litija/en/manage/translations/xliff"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), Forms.AntiforgeryField },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(xml)), "Upload", "file.xlf" },
        };
        return await client.PostAsync("/litija/en/manage/translations/xliff?handler=Import", form);
    }

    [Fact]
    public async Task MachineSettings_KeepTheKeyEncrypted_NeverShowIt_AndCheckTheInput()
    {
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        const string url = "/litija/en/manage/translations/machine";
        var noKey = await Forms.PostAsync(coordinator, url, new() { ["Input.Provider"] = MachineProviders.DeepL, ["Input.Endpoint"] = "https://api-free.deepl.com", ["Input.MonthlyCharacterBudget"] = "1000" });
        Assert.Equal(HttpStatusCode.OK, noKey.StatusCode);
        Assert.Contains(App.Text("en", "Machine.Error.KeyRequired"), await noKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badUrl = await Forms.PostAsync(coordinator, url, new() { ["Input.Provider"] = MachineProviders.LibreTranslate, ["Input.Endpoint"] = "javascript:alert(1)", ["Input.MonthlyCharacterBudget"] = "1000" });
        Assert.Contains(App.Text("en", "Machine.Error.Endpoint"), await badUrl.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        const string secret = "a-secret-deepl-key:fx";
        var saved = await Forms.PostAsync(coordinator, url, new() { ["Input.Provider"] = MachineProviders.DeepL, ["Input.Endpoint"] = "https://api-free.deepl.com", ["Input.ApiKey"] = secret, ["Input.MonthlyCharacterBudget"] = "1000" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain(secret, await coordinator.GetStringAsync(url), StringComparison.Ordinal);
        var stored = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().MachineTranslationSettings.IgnoreQueryFilters().SingleAsync(s => s.Provider == MachineProviders.DeepL));
        Assert.DoesNotContain(secret, stored.ProtectedApiKey!, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<AuditEntry>().OrderByDescending(e => e.Sequence).Select(e => e.Details).FirstAsync()) ?? "", StringComparison.Ordinal);

        // Saved again without a key: the stored one stays.
        await Forms.PostAsync(coordinator, url, new() { ["Input.Provider"] = MachineProviders.DeepL, ["Input.Endpoint"] = "https://api-free.deepl.com", ["Input.MonthlyCharacterBudget"] = "2000" });
        var kept = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().MachineTranslationSettings.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Provider == MachineProviders.DeepL));
        Assert.Equal((stored.ProtectedApiKey, 2000), (kept.ProtectedApiKey, kept.MonthlyCharacterBudget));

        // Back to the demo's stand-in for the other tests of the class.
        await Forms.PostAsync(coordinator, url, new() { ["Input.Provider"] = MachineProviders.DemoFake, ["Input.IsPrivate"] = "true", ["Input.MonthlyCharacterBudget"] = "50000", ["Input.PublishMachineDrafts"] = "true" });
    }

    [Fact]
    public async Task TheTriageAid_TranslatesARequestForTheCoordinator_OnlyThroughAPrivateProvider()
    {
        var id = (await Help.HelpRequestTests.SubmitForIdAsync(App, new
        {
            category = "work-rights",
            description = "Роботодавець не платить зарплату вже два місяці.",
            languages = new[] { "uk" },
            consent = true,
        }, "uk")).ToString();
        var coordinator = await App.SignInAsync("coordinator@litija.example", language: "sl");
        var url = $"/litija/sl/manage/help/{id}";
        Assert.NotNull(Forms.Parse(await coordinator.GetStringAsync(url)).QuerySelector("form[action*=Translate]"));
        var translated = await Forms.PostHandlerAsync(coordinator, url, "Translate");
        var html = await translated.Content.ReadAsStringAsync();
        Assert.Contains("[uk→sl, demo] Роботодавець не платить", html, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<MachineTranslationCacheEntry>().IgnoreQueryFilters().CountAsync(c => c.Text.Contains("Роботодавець"))));
        Assert.True(await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<AuditEntry>().AnyAsync(e => e.Action == "help.text-translated" && e.EntityId == id)));

        // Not private: no button, and the handler refuses.
        await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().MachineTranslationSettings.IgnoreQueryFilters().ExecuteUpdateAsync(u => u.SetProperty(s => s.IsPrivate, false)));
        Assert.Null(Forms.Parse(await coordinator.GetStringAsync(url)).QuerySelector("form[action*=Translate]"));
        var refused = await (await Forms.PostHandlerAsync(coordinator, url, "Translate")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("[uk→sl, demo]", refused, StringComparison.Ordinal);
        await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().MachineTranslationSettings.IgnoreQueryFilters().ExecuteUpdateAsync(u => u.SetProperty(s => s.IsPrivate, true)));
    }
}

public sealed class TranslationExchangeTests_Sqlite(SqliteFixture fixture) : TranslationExchangeTests(fixture), IClassFixture<SqliteFixture>;

public sealed class TranslationExchangeTests_Postgres(PostgresFixture fixture) : TranslationExchangeTests(fixture), IClassFixture<PostgresFixture>;
