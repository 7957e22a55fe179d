using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Guides;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Translations;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Translations;

/// <summary>
/// Organisations and the region's own texts are on the desk like listings; translation time counts as volunteer
/// hours; a region that stops publishing machine drafts takes them off its pages. On SQLite and PostgreSQL.
/// </summary>
public abstract class TranslationKindsTests(AppFixture fixture)
{
    private const string Translator = "translator@litija.example"; // sl→uk, sl→ar
    private const string Coordinator = "coordinator@litija.example";

    private InvolvimApp App => fixture.App;

    private Task<Guid> LitijaAsync() =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync());

    /// <summary>An organisation of Litija in Slovenian; with a published service, so that search has it (organisations without services are not searched).</summary>
    private Task<Guid> OrganizationAsync(string name, string description, bool withService = false) =>
        App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var now = DateTime.UtcNow;
            var organization = new Organization { RegionId = await db.Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync(), Kind = OrganizationKind.Ngo, CreatedAt = now, UpdatedAt = now };
            ContentTranslations.Write(organization.Translations, "sl", TranslationStatus.Source, now, () => new OrganizationTranslation { OrganizationId = organization.Id }, row =>
            {
                row.Name = name;
                row.Description = description;
                return true;
            });
            db.Organizations.Add(organization);
            DirectoryChanges.Record(db, organization.RegionId, DirectoryChanges.Organization, organization.Id, now);
            if (withService)
            {
                var service = new ServiceListing { RegionId = organization.RegionId, OrganizationId = organization.Id, Status = PublicationStatus.Published, Categories = ["housing"], Languages = ["sl"], CreatedAt = now, UpdatedAt = now };
                ContentTranslations.Write(service.Translations, "sl", TranslationStatus.Source, now, () => new ServiceTranslation { ServiceId = service.Id }, row =>
                {
                    row.Name = "Svetovanje " + name;
                    return true;
                });
                db.Services.Add(service);
                DirectoryChanges.Record(db, organization.RegionId, DirectoryChanges.Service, service.Id, now);
            }

            await db.SaveChangesAsync();
            return organization.Id;
        });

    private Task<List<OrganizationTranslation>> OrganizationTextsAsync(Guid id) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<OrganizationTranslation>().AsNoTracking().Where(t => t.OrganizationId == id).ToListAsync());

    private Task<List<TranslationWork>> WorkAsync(Guid item) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().TranslationWork.IgnoreQueryFilters().AsNoTracking().Where(w => w.ItemId == item).ToListAsync());

    [Fact]
    public async Task AnOrganisation_IsTranslatedOnTheDesk_WithHoursThatCountAsVolunteerHours_AndIsFoundInUkrainian()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var id = await OrganizationAsync("Društvo " + marker, "Pomagamo pri iskanju stanovanja.\n\nOdprto ob torkih.", withService: true);
        var url = $"/litija/en/manage/translations/organization/{id}/uk";
        var translator = await App.SignInAsync(Translator);
        var queue = await translator.GetStringAsync("/litija/en/manage/translations?to=uk&kind=organization");
        Assert.Contains("Društvo " + marker, queue, StringComparison.Ordinal);
        Assert.Contains($"/manage/translations/organization/{id}/uk", queue, StringComparison.Ordinal);

        // Before: the Ukrainian page shows the Slovenian text, marked.
        Assert.Contains(App.Text("uk", "Content.ShownIn", Web.Infrastructure.Localization.UiLanguages.Get("sl").Endonym), await App.Anonymous().GetStringAsync($"/litija/uk/organizations/{id}"), StringComparison.Ordinal);

        var keys = ContentTranslations.View(await OrganizationTextsAsync(id), "uk").Select(v => v.Key).ToList();
        Assert.Equal(3, keys.Count);
        var texts = new[] { $"Товариство {marker}", "Допомагаємо шукати житло.", "Відчинено у вівторок." };
        var fields = keys.Zip(texts, (k, t) => ($"Text[{k}]", t)).ToArray();

        // Bad time: ambiguous or too long. Nothing is saved, the message names the field.
        foreach (var bad in new[] { "1.000", "30", "-1", "abc" })
        {
            var refused = await Forms.SaveAsync(translator, url, [.. fields, ("Hours", bad)]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("error-box", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain(await OrganizationTextsAsync(id), t => t.Language == "uk");
            Assert.Empty(await WorkAsync(id));
        }

        var saved = await Forms.SaveAsync(translator, url, [.. fields, ("Hours", "1,5")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var uk = (await OrganizationTextsAsync(id)).Single(t => t.Language == "uk");
        Assert.Equal(TranslationStatus.Human, uk.Status);
        Assert.Equal("Товариство " + marker, uk.Name);
        var work = Assert.Single(await WorkAsync(id));
        Assert.Equal((1.5m, 3, TranslationWork.Translated, "uk"), (work.Hours, work.Segments, work.Action, work.Language));

        // The public page and search in Ukrainian have it, without the fallback mark.
        var page = await App.Anonymous().GetStringAsync($"/litija/uk/organizations/{id}");
        Assert.Contains("Товариство " + marker, page, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Text("uk", "Content.ShownIn", Web.Infrastructure.Localization.UiLanguages.Get("sl").Endonym), page, StringComparison.Ordinal);
        var found = await App.Anonymous().GetStringAsync($"/api/v1/regions/litija/search?lang=uk&q={Uri.EscapeDataString("Товариство " + marker)}");
        Assert.Contains($"/litija/uk/organizations/{id}", found, StringComparison.Ordinal);

        // The hours are the translator's volunteer hours: on their desk, on the translators' page and in the help summary.
        Assert.Contains(App.Text("en", "Desk.Work.Summary", 3, 0, "1.5"), await translator.GetStringAsync("/litija/en/manage/translations"), StringComparison.Ordinal);
        var coordinator = await App.SignInAsync(Coordinator);
        Assert.Contains(App.Text("en", "Desk.Work.Summary", 3, 0, "1.5"), await coordinator.GetStringAsync("/litija/en/manage/translations/translators"), StringComparison.Ordinal);
        var help = await coordinator.GetStringAsync("/litija/en/manage/help");
        Assert.Contains(App.Text("en", "ManageHelp.Week.OfWhichTranslation", "").TrimEnd(), help, StringComparison.Ordinal);

        // The audit log says it in words.
        var ukrainian = Web.Infrastructure.Localization.UiLanguages.Get("uk").Endonym;
        Assert.Contains(App.Text("en", "Audit.Translation.translated", "Olena Translator", "Društvo " + marker, App.Text("en", "Desk.Kind.organization"), ukrainian), await coordinator.GetStringAsync("/litija/en/manage/audit"), StringComparison.Ordinal);

        // A reviewer's time counts too.
        var review = await coordinator.GetStringAsync(url);
        var reviewed = await coordinator.PostAsync(url + "?handler=Review", new FormUrlEncodedContent(
            keys.Select(k => KeyValuePair.Create("Approve", k)).Append(KeyValuePair.Create("Hours", "0.5")).Append(KeyValuePair.Create(Forms.AntiforgeryField, Forms.Token(review)))));
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Equal(TranslationStatus.Reviewed, (await OrganizationTextsAsync(id)).Single(t => t.Language == "uk").Status);
        Assert.Equal([TranslationWork.Reviewed, TranslationWork.Translated], (await WorkAsync(id)).Select(w => w.Action).Order().ToArray());
    }

    [Fact]
    public async Task TheQueue_FollowsChangesWrittenElsewhere_LikeAnotherInstanceOrAnImport()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var id = await OrganizationAsync("Klub " + marker, "Nogomet za otroke.");
        var translator = await App.SignInAsync(Translator);
        var missing = "/litija/en/manage/translations?to=uk&kind=organization&show=missing";
        Assert.Contains("Klub " + marker, await translator.GetStringAsync(missing), StringComparison.Ordinal);

        // Translated and then removed by "another instance": straight in the database, with the change-log entry.
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var organization = await db.Organizations.IgnoreQueryFilters().Include(o => o.Translations).SingleAsync(o => o.Id == id);
            var keys = ContentTranslations.View(organization.Translations, "uk").Select(v => v.Key).ToList();
            new TextSet<OrganizationTranslation>(organization.Translations, () => new OrganizationTranslation { OrganizationId = id })
                .Translate("uk", keys.Zip(["Клуб " + marker, "Футбол для дітей."]), TranslationStatus.Human, null, DateTime.UtcNow);
            DirectoryChanges.Record(db, organization.RegionId, DirectoryChanges.Organization, id, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain("Klub " + marker, await translator.GetStringAsync(missing), StringComparison.Ordinal);
        Assert.Contains("Klub " + marker, await translator.GetStringAsync("/litija/en/manage/translations?to=uk&kind=organization&show=review"), StringComparison.Ordinal);

        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var organization = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Id == id);
            db.Remove(organization);
            DirectoryChanges.Record(db, organization.RegionId, DirectoryChanges.Organization, id, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain("Klub " + marker, await translator.GetStringAsync("/litija/en/manage/translations?to=uk&kind=organization&show=all"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALongQueue_IsPaged_AndEveryItemIsOnExactlyOnePage()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 55; i++)
        {
            await OrganizationAsync($"Q{marker} {i:00}", "Opis.");
        }

        var translator = await App.SignInAsync(Translator);
        var seen = new List<string>();
        var url = "/litija/en/manage/translations?to=uk&kind=organization";
        for (var page = 1; url is not null && page < 10; page++)
        {
            var html = Forms.Parse(await translator.GetStringAsync(url));
            var rows = html.QuerySelectorAll("tbody tr");
            Assert.InRange(rows.Length, 1, 50);
            seen.AddRange(rows.Select(r => r.QuerySelector("a")!.TextContent).Where(t => t.StartsWith($"Q{marker}", StringComparison.Ordinal)));
            Assert.Equal(page > 1, html.QuerySelector("a[rel=prev]") is not null);
            url = html.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        Assert.Equal(55, seen.Count);
        Assert.Equal(55, seen.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await translator.GetAsync("/litija/en/manage/translations?to=uk&p=9999")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await translator.GetAsync("/litija/en/manage/translations?to=uk&p=-3")).StatusCode);
    }

    [Fact]
    public async Task TheRegionsOwnTexts_AreOnTheDesk_AndTheHomePageShowsThemInTheNewLanguage()
    {
        var litija = await LitijaAsync();
        var (language, keys) = await App.WithScopeAsync(async sp =>
        {
            var region = await sp.GetRequiredService<AppDbContext>().Regions.AsNoTracking().Include(r => r.Translations).SingleAsync(r => r.Id == litija);
            var missing = region.EnabledLanguages.First(l => region.Translations.All(t => t.Language != l));
            return (missing, ContentTranslations.View(region.Translations, missing).Select(v => v.Key).ToList());
        });
        var coordinator = await App.SignInAsync(Coordinator);
        var queue = await coordinator.GetStringAsync($"/litija/en/manage/translations?to={language}&kind=region");
        Assert.Contains($"/manage/translations/region/{litija}/{language}", queue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/litija/en/manage/translations/region/{Guid.NewGuid()}/{language}")).StatusCode);
        Assert.Contains(App.Text(language, "Content.ShownIn", Web.Infrastructure.Localization.UiLanguages.Get("sl").Endonym), await App.Anonymous().GetStringAsync($"/litija/{language}/"), StringComparison.Ordinal);

        var intro = "Introduction " + Guid.NewGuid().ToString("N")[..6];
        var url = $"/litija/en/manage/translations/region/{litija}/{language}";
        var saved = await Forms.SaveAsync(coordinator, url, [.. keys.Select((k, i) => ($"Text[{k}]", i == 0 ? "Litija" : intro + " " + i))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // At once on this instance: the cached home page was dropped.
        var home = await App.Anonymous().GetStringAsync($"/litija/{language}/");
        Assert.Contains(intro + " 1", home, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Text(language, "Content.ShownIn", Web.Infrastructure.Localization.UiLanguages.Get("sl").Endonym), home, StringComparison.Ordinal);
        Assert.Equal(1, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Web.Infrastructure.Audit.AuditEntry>().CountAsync(e => e.Action == "region.translated" && e.EntityId == litija.ToString())));
    }

    [Fact]
    public async Task TurningMachineDraftsOff_TakesTheDemoDraftOffThePublicPage()
    {
        var page = "/litija/ar/guides/vpis-v-vrtec";
        Assert.Contains(App.Text("ar", "Content.Machine"), await App.Anonymous().GetStringAsync(page), StringComparison.Ordinal);

        var coordinator = await App.SignInAsync(Coordinator);
        var settings = "/litija/en/manage/translations/machine";
        var html = await coordinator.GetStringAsync(settings);
        var values = Forms.CurrentValues(html);
        values.RemoveAll(v => v.Key == "Input.PublishMachineDrafts");
        var saved = await coordinator.PostAsync(settings, new FormUrlEncodedContent(values));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("withdrawn=", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(App.Text("en", "Machine.SavedWithdrawn", "").Split(':')[0], await coordinator.GetStringAsync(saved.Headers.Location.OriginalString), StringComparison.Ordinal);

        var after = await App.Anonymous().GetStringAsync(page);
        Assert.DoesNotContain(App.Text("ar", "Content.Machine"), after, StringComparison.Ordinal);
        var left = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<GuideTranslation>().AsNoTracking()
            .Where(t => t.Language == "ar").ToListAsync());
        Assert.DoesNotContain(left, ContentTranslations.HasMachineParts);

        // Saving again finds nothing more to take out.
        var again = await coordinator.PostAsync(settings, new FormUrlEncodedContent(Forms.CurrentValues(await coordinator.GetStringAsync(settings)).With([(Forms.AntiforgeryField, Forms.Token(await coordinator.GetStringAsync(settings)))])));
        Assert.DoesNotContain("withdrawn=", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class TranslationKindsTests_Sqlite(SqliteFixture fixture) : TranslationKindsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class TranslationKindsTests_Postgres(PostgresFixture fixture) : TranslationKindsTests(fixture), IClassFixture<PostgresFixture>;
