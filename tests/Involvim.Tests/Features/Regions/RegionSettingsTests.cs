using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Involvim.Tests.Support;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Regions;

/// <summary>A coordinator changes the region: audited, visible on public pages at once, translations marked outdated.</summary>
public abstract class RegionSettingsTests(AppFixture fixture)
{
    private InvolvimApp App => fixture.App;

    private static async Task<HttpResponseMessage> SaveSettingsAsync(HttpClient client, string language, params (string Name, string Value)[] changes)
    {
        var url = $"/litija/{language}/manage/settings";
        var fields = Forms.CurrentValues(await client.GetStringAsync(url)).With(changes);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task CoordinatorSavesSettings_AuditedPublicPageUpdatedTranslationsOutdated()
    {
        var visitor = App.Anonymous();
        var cached = await visitor.GetStringAsync("/litija/sl/"); // now in the output cache
        Assert.Contains("Občina Litija", cached, StringComparison.Ordinal);

        var coordinator = await App.SignInAsync("coordinator@litija.example", language: "sl");
        var response = await SaveSettingsAsync(coordinator, "sl", ("Input.Names[sl]", "Občina Litija ob Savi"), ("Input.ContactPhone", "+386 1 234 56 78"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/litija/sl/manage/settings?saved=true", response.Headers.Location!.OriginalString);

        var home = Forms.Parse(await visitor.GetStringAsync("/litija/sl/"));
        Assert.Equal("Občina Litija ob Savi", home.QuerySelector("a.brand")!.TextContent);
        Assert.Contains("tel:+38612345678", home.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);

        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var entry = await db.AuditEntries.Where(e => e.Action == "region.settings.updated").OrderByDescending(e => e.Sequence).FirstAsync();
            var changed = JsonDocument.Parse(entry.Details!).RootElement.GetProperty("changed").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Contains("contactPhone", changed);
            Assert.Contains("name.sl", changed);
            Assert.NotNull(entry.ActorUserId);

            var litija = await db.Regions.SingleAsync(r => r.Slug == "litija");
            var texts = await db.RegionTranslations.Where(t => t.RegionId == litija.Id).ToListAsync();
            Assert.Equal(TranslationStatus.Source, texts.Single(t => t.Language == "sl").Status);
            // The other languages came back unchanged with the form: that does not confirm them against the new source.
            Assert.All(texts.Where(t => t.Language != "sl"), t => Assert.Equal(TranslationStatus.Outdated, t.Status));
        });

        var audit = Forms.Parse(await coordinator.GetStringAsync("/litija/sl/manage/audit"));
        Assert.Contains("region.settings.updated", audit.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourceTextChangedByApi_LeavesOtherTranslationsOutdated()
    {
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var current = await App.WithScopeAsync(async sp => await sp.GetRequiredService<AppDbContext>().Regions.Include(r => r.Translations).SingleAsync(r => r.Slug == "litija"));
        var body = new RegionsSetup.RegionSettingsDto(
            "sl",
            [.. current.EnabledLanguages],
            current.TimeZone,
            current.ContactEmail,
            current.ContactPhone,
            null,
            current.RetentionDays,
            new() { ["sl"] = new("Občina Litija (nova)", current.Translations.Single(t => t.Language == "sl").Introduction) });
        var response = await coordinator.PutAsJsonAsync("/api/v1/regions/litija/settings", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var litija = await db.Regions.SingleAsync(r => r.Slug == "litija");
            var texts = await db.RegionTranslations.Where(t => t.RegionId == litija.Id).ToListAsync();
            Assert.Equal(TranslationStatus.Outdated, texts.Single(t => t.Language == "uk").Status);
        });

        var note = Forms.Parse(await App.Anonymous().GetStringAsync("/litija/uk/")).QuerySelector("p.note");
        Assert.NotNull(note);
    }

    [Fact]
    public async Task InvalidForm_ShowsMessagesAndChangesNothing()
    {
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var before = await App.WithScopeAsync(async sp => (await sp.GetRequiredService<AppDbContext>().Regions.SingleAsync(r => r.Slug == "litija")).UpdatedAt);
        var response = await SaveSettingsAsync(coordinator, "en", ("Input.Names[sl]", ""), ("Input.ContactPhone", "call me maybe"), ("Input.RetentionDays", "3"), ("Input.TimeZone", "Moon/Base"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(page.QuerySelectorAll(".error-box li").Length >= 4);
        Assert.Equal("true", page.QuerySelector("#Input_ContactPhone")!.GetAttribute("aria-invalid"));
        var after = await App.WithScopeAsync(async sp => (await sp.GetRequiredService<AppDbContext>().Regions.SingleAsync(r => r.Slug == "litija")).UpdatedAt);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task PlatformAdmin_CreatesARegion_WhichIsIsolatedFromTheOthers()
    {
        var admin = await App.SignInAsync("admin@involvim.example");
        var slug = "r" + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string>
        {
            ["Input.Slug"] = slug,
            ["Input.Name"] = "Etelä-Pohjanmaa",
            ["Input.DefaultLanguage"] = "fi",
            ["Input.TimeZone"] = "Europe/Helsinki",
        };
        var token = Forms.Token(await admin.GetStringAsync("/litija/en/manage/regions"));
        var content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create(Forms.AntiforgeryField, token))
            .Concat(new[] { "fi", "en", "uk" }.Select(l => KeyValuePair.Create("Input.Languages", l))));
        var response = await admin.PostAsync("/litija/en/manage/regions?handler=Create", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var home = await App.Anonymous().GetAsync($"/{slug}/fi/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        // The coordinator of Litija has no role there: its manage pages do not exist for them.
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/{slug}/fi/manage/settings")).StatusCode);

        var duplicate = await admin.PostAsync("/litija/en/manage/regions?handler=Create", new FormUrlEncodedContent(fields.Append(KeyValuePair.Create(Forms.AntiforgeryField, token))
            .Concat([KeyValuePair.Create("Input.Languages", "fi")])));
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.NotNull(Forms.Parse(await duplicate.Content.ReadAsStringAsync()).QuerySelector(".error-box"));
    }

    [Theory]
    [InlineData("api")]
    [InlineData("-bad")]
    [InlineData("UPPER")]
    [InlineData("a")]
    [InlineData("with space")]
    public void Slug_ReservedOrMalformed_IsRefused(string slug) => Assert.False(RegionSlugs.IsValid(slug));
}

public sealed class RegionSettingsTests_Sqlite(SqliteFixture fixture) : RegionSettingsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class RegionSettingsTests_Postgres(PostgresFixture fixture) : RegionSettingsTests(fixture), IClassFixture<PostgresFixture>;
