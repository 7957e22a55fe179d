using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Features.Guides;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Translations;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Translations;

/// <summary>
/// The translator's desk over HTTP (no JavaScript): the queue, claims, the diff of a changed source, the translation
/// memory, saving, a second person's review, and the public page afterwards. On SQLite and PostgreSQL.
/// </summary>
public abstract class TranslationDeskTests(AppFixture fixture)
{
    private const string Translator = "translator@litija.example"; // sl→uk, sl→ar
    private const string Coordinator = "coordinator@litija.example";

    private const string P1 = "Vsak otrok ima pravico do vrtca.";
    private const string P2 = "Vpis poteka na občini, prinesite rojstni list.";
    private const string P3 = "Vrtec je odprt od 6. do 16. ure.";

    private InvolvimApp App => fixture.App;

    /// <summary>A published guide of the region in Slovenian (three paragraphs) with a current Ukrainian translation.</summary>
    private Task<(Guid Id, string Slug)> GuideAsync(string marker, string? p2 = null, bool ukrainian = true) =>
        App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var litija = await db.Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync();
            var now = DateTime.UtcNow;
            var guide = new GuidePage { RegionId = litija, Slug = "desk-" + marker, Status = PublicationStatus.Published, CreatedAt = now, UpdatedAt = now };
            ContentTranslations.Write(guide.Translations, "sl", TranslationStatus.Source, now, () => new GuideTranslation { GuideId = guide.Id }, row =>
            {
                row.Title = "Vrtec " + marker;
                row.BodyMarkdown = string.Join("\n\n", P1, p2 ?? P2, P3);
                return true;
            });
            if (ukrainian)
            {
                var keys = ContentTranslations.View(guide.Translations, "uk").Select(v => v.Key).ToList();
                new TextSet<GuideTranslation>(guide.Translations, () => new GuideTranslation { GuideId = guide.Id })
                    .Translate("uk", keys.Zip(["Садок " + marker, "Кожна дитина має право на садок.", "Запис у громаді.", "Садок відкритий з 6 до 16."]), TranslationStatus.Human, null, now);
            }

            db.Guides.Add(guide);
            DirectoryChanges.Record(db, litija, DirectoryChanges.Guide, guide.Id, now);
            await db.SaveChangesAsync();
            return (guide.Id, guide.Slug);
        });

    private Task<List<GuideTranslation>> TextsAsync(Guid id) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<GuideTranslation>().AsNoTracking().Where(t => t.GuideId == id).ToListAsync());

    private static string DeskUrl(Guid id, string to = "uk") => $"/litija/en/manage/translations/guide/{id}/{to}";

    /// <summary>The desk's Save form as it stands, with some fields changed.</summary>
    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, Guid id, params (string Name, string Value)[] changes) =>
        await Forms.SaveAsync(client, DeskUrl(id), changes);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string handler, params (string Name, string Value)[] fields)
    {
        var token = Forms.Token(await client.GetStringAsync(DeskUrl(id)));
        var values = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create(Forms.AntiforgeryField, token));
        return await client.PostAsync($"{DeskUrl(id)}?handler={handler}", new FormUrlEncodedContent(values));
    }

    private static string Key(List<GuideTranslation> texts, int index) => ContentTranslations.View(texts, "uk")[index].Key;

    [Fact]
    public async Task Translator_BringsAnOutdatedParagraphUpToDate_AndASecondPersonReviews()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var (id, slug) = await GuideAsync(marker);

        // The coordinator changes the second paragraph of the Slovenian original.
        var coordinator = await App.SignInAsync(Coordinator);
        var edited = await Forms.SaveAsync(coordinator, $"/litija/sl/manage/guides/{id}?text=sl", ("Form.Body", string.Join("\n\n", P1, P2 + " Vpis je mogoč tudi po e-pošti.", P3)));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var texts = await TextsAsync(id);
        Assert.Equal(TranslationStatus.Outdated, texts.Single(t => t.Language == "uk").Status);
        Assert.Equal(1, ContentTranslations.Progress(texts, "uk").Outdated);

        // The Ukrainian page says so; the translator finds the guide in the queue of outdated items.
        Assert.Contains(App.Text("uk", "Content.Outdated"), await App.Anonymous().GetStringAsync($"/litija/uk/guides/{slug}"), StringComparison.Ordinal);
        var translator = await App.SignInAsync(Translator);
        var queue = await translator.GetStringAsync("/litija/en/manage/translations?to=uk&show=outdated&kind=guide");
        Assert.Contains("Vrtec " + marker, queue, StringComparison.Ordinal);

        // The editor shows what changed in the original and the old translation to start from.
        var page = Forms.Parse(await translator.GetStringAsync(DeskUrl(id)));
        Assert.Contains("Vpis je mogoč tudi po e-pošti", page.QuerySelector(".diff ins")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".diff del"));
        var key = Key(texts, 2);
        Assert.Equal("Запис у громаді.", page.QuerySelector($"#t-{key}")!.TextContent);
        Assert.Equal("uk", page.QuerySelector($"#t-{key}")!.GetAttribute("lang"));

        var saved = await SaveAsync(translator, id, ($"Text[{key}]", "Запис у громаді, можна також електронною поштою."));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith("done=saved", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        texts = await TextsAsync(id);
        var uk = texts.Single(t => t.Language == "uk");
        Assert.Equal(TranslationStatus.Human, uk.Status);
        Assert.Contains("електронною поштою", uk.BodyMarkdown, StringComparison.Ordinal);
        Assert.True(ContentTranslations.Progress(texts, "uk").IsComplete);

        // Claimed by the translator on saving; the change is audited; the public page has no outdated note.
        var (claimedBy, audited) = await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var claim = await db.TranslationClaims.IgnoreQueryFilters().Where(c => c.ItemId == id).Join(db.Users, c => c.UserId, u => u.Id, (c, u) => u.Email).SingleAsync();
            var audit = await db.Set<AuditEntry>().CountAsync(e => e.Action == "guide.translated" && e.EntityId == id.ToString());
            return (claim, audit);
        });
        Assert.Equal(Translator, claimedBy);
        Assert.Equal(1, audited);
        var ukPage = await App.Anonymous().GetStringAsync($"/litija/uk/guides/{slug}");
        Assert.Contains("електронною поштою", ukPage, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Text("uk", "Content.Outdated"), ukPage, StringComparison.Ordinal);

        // Nobody reviews their own translation ...
        var own = await PostAsync(translator, id, "Review", ("Approve", key));
        Assert.Contains(App.Text("en", "Desk.Error.NothingToReview"), await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(Forms.Parse(await translator.GetStringAsync(DeskUrl(id))).QuerySelector($"input[name=Approve][value='{key}']"));

        // ... a second person does.
        var reviewPage = Forms.Parse(await coordinator.GetStringAsync(DeskUrl(id)));
        var boxes = reviewPage.QuerySelectorAll("input[name=Approve]").Select(b => b.GetAttribute("value")!).ToList();
        Assert.Equal(4, boxes.Count);
        var reviewed = await PostAsync(coordinator, id, "Review", [.. boxes.Select(b => ("Approve", b))]);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Equal(TranslationStatus.Reviewed, (await TextsAsync(id)).Single(t => t.Language == "uk").Status);
    }

    [Fact]
    public async Task AnOutdatedTranslation_SavedUnchanged_StaysOutdated_UnlessConfirmed()
    {
        var (id, _) = await GuideAsync(Guid.NewGuid().ToString("N")[..6]);
        var coordinator = await App.SignInAsync(Coordinator);
        await Forms.SaveAsync(coordinator, $"/litija/sl/manage/guides/{id}?text=sl", ("Form.Body", string.Join("\n\n", P1, P2 + "!", P3)));
        var key = Key(await TextsAsync(id), 2);

        var translator = await App.SignInAsync(Translator);
        var nothing = await SaveAsync(translator, id);
        Assert.EndsWith("done=nothing", nothing.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, ContentTranslations.Progress(await TextsAsync(id), "uk").Outdated);

        await SaveAsync(translator, id, ("Confirm", key));
        Assert.True(ContentTranslations.Progress(await TextsAsync(id), "uk").IsComplete);
    }

    [Fact]
    public async Task ClaimedBySomeoneElse_SavingIsRefused_AndNothingChanges()
    {
        var (id, _) = await GuideAsync(Guid.NewGuid().ToString("N")[..6]);
        var coordinator = await App.SignInAsync(Coordinator);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(coordinator, id, "Claim")).StatusCode);

        var translator = await App.SignInAsync(Translator);
        var page = await translator.GetStringAsync(DeskUrl(id));
        Assert.Contains("readonly", Forms.Parse(page).QuerySelector("textarea")!.OuterHtml, StringComparison.Ordinal);
        var before = await TextsAsync(id);
        var key = Key(before, 1);
        var refused = await PostAsync(translator, id, "Save", ($"Text[{key}]", "Інший текст."));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(App.Text("en", "Desk.Error.Claimed"), await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before.Single(t => t.Language == "uk").BodyMarkdown, (await TextsAsync(id)).Single(t => t.Language == "uk").BodyMarkdown);

        // Released, it is the translator's to take.
        await PostAsync(coordinator, id, "Release");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(translator, id, "Save", ($"Text[{key}]", "Інший текст."))).StatusCode);
    }

    [Fact]
    public async Task TwoPeopleClaimingAtOnce_ExactlyOneHoldsIt()
    {
        var (id, _) = await GuideAsync(Guid.NewGuid().ToString("N")[..6]);
        var (region, people) = await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var litija = await db.Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync();
            var ids = await db.Users.Where(u => u.Email == Translator || u.Email == Coordinator).Select(u => u.Id).ToListAsync();
            return (litija, ids);
        });

        var attempts = Enumerable.Range(0, 10).Select(i => Task.Run(() => App.WithScopeAsync(sp =>
            sp.GetRequiredService<TranslationDesk>().TakeAsync(region, "guide", id, "uk", people[i % 2], CancellationToken.None)))).ToList();
        var results = await Task.WhenAll(attempts);

        var holder = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().TranslationClaims.IgnoreQueryFilters().Where(c => c.ItemId == id).Select(c => c.UserId).SingleAsync());
        var winners = Enumerable.Range(0, 10).Where(i => results[i]).Select(i => people[i % 2]).Distinct().ToList();
        Assert.Equal([holder], winners);
    }

    [Fact]
    public async Task TheMemory_ProposesTheSameAndSimilarParagraphs_AndTheTranslatorTakesOne()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var (first, _) = await GuideAsync(marker);
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var guide = await db.Guides.IgnoreQueryFilters().Include(g => g.Translations).SingleAsync(g => g.Id == first);
            await TranslationMemory.LearnAsync(db, guide.RegionId, new TextSet<GuideTranslation>(guide.Translations, () => new GuideTranslation()), DateTime.UtcNow, CancellationToken.None);
            await db.SaveChangesAsync();
        });

        // A second guide: the first paragraph the same, the second almost the same, nothing in Ukrainian yet.
        var (second, _) = await GuideAsync(marker + "b", p2: "Vpis poteka na občini, prinesite rojstni list otroka.", ukrainian: false);
        var translator = await App.SignInAsync(Translator);
        var page = Forms.Parse(await translator.GetStringAsync(DeskUrl(second)));
        var suggestions = page.QuerySelectorAll(".suggestion").Select(s => s.TextContent).ToList();
        Assert.Contains("Кожна дитина має право на садок.", suggestions);
        Assert.Contains("Запис у громаді.", suggestions);
        Assert.Contains(App.Text("en", "Desk.Memory.Exact"), page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(App.Text("en", "Desk.Memory.Near", 93), page.Body!.TextContent, StringComparison.Ordinal);

        var texts = await TextsAsync(second);
        var view = ContentTranslations.View(texts, "uk");
        var saved = await PostAsync(translator, second, "Save", ("Use", view[1].Key), ("Use", view[2].Key), ($"Text[{view[0].Key}]", "Садок"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var uk = (await TextsAsync(second)).Single(t => t.Language == "uk");
        Assert.Equal("Кожна дитина має право на садок.\n\nЗапис у громаді.", uk.BodyMarkdown);
        Assert.Equal(1, ContentTranslations.Progress(await TextsAsync(second), "uk").Missing);
    }

    [Fact]
    public async Task BadInput_IsRefusedWithAMessage_AndNothingIsSaved()
    {
        var (id, _) = await GuideAsync(Guid.NewGuid().ToString("N")[..6]);
        var translator = await App.SignInAsync(Translator);
        var before = await TextsAsync(id);
        var body = Key(before, 1);
        var title = Key(before, 0);

        var script = await PostAsync(translator, id, "Save", ($"Text[{body}]", "Текст <script>alert(1)</script>"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains(App.Text("en", "ManageGuides.Error.Markup"), await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tooLong = await PostAsync(translator, id, "Save", ($"Text[{title}]", new string('я', GuideLimits.Title + 1)));
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains(App.Text("en", "Validation.TooLong"), await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unknown = await PostAsync(translator, id, "Save", ("Text[nothere]", "x"), ("Use", "nothere"), ("Confirm", "x"), ("Approve", "y"));
        Assert.EndsWith("done=nothing", unknown.Headers.Location!.OriginalString, StringComparison.Ordinal);

        Assert.Equal(before.Single(t => t.Language == "uk").Segments, (await TextsAsync(id)).Single(t => t.Language == "uk").Segments);
        Assert.Equal(0, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<AuditEntry>().CountAsync(e => e.Action == "guide.translated" && e.EntityId == id.ToString())));
    }

    [Fact]
    public async Task AnotherRegionsGuide_IsNotFound_AndAPairNotAssignedIsForbidden()
    {
        var louthGuide = await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var louth = await db.Regions.Where(r => r.Slug == "louth").Select(r => r.Id).SingleAsync();
            return await db.Guides.IgnoreQueryFilters().Where(g => g.RegionId == louth && g.Status == PublicationStatus.Published).Select(g => g.Id).FirstOrDefaultAsync();
        });
        var (id, _) = await GuideAsync(Guid.NewGuid().ToString("N")[..6]);
        var translator = await App.SignInAsync(Translator);
        if (louthGuide != Guid.Empty)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await translator.GetAsync(DeskUrl(louthGuide))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await translator.GetAsync(DeskUrl(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await translator.GetAsync($"/litija/en/manage/translations/event/{id}/uk")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await translator.GetAsync(DeskUrl(id, "sl"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await translator.GetAsync(DeskUrl(id, "ne"))).StatusCode);
        var queue = Forms.Parse(await translator.GetStringAsync("/litija/en/manage/translations?to=ne&show=all"));
        Assert.Null(queue.QuerySelector("#to option[value=ne]"));
        Assert.NotEqual("ne", queue.QuerySelector("#to option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task MinorEdit_KeepsTranslationsCurrent_ShowsInTheHistory_AndTheCoordinatorCanUndoIt()
    {
        var (id, _) = await GuideAsync(Guid.NewGuid().ToString("N")[..6]);
        var coordinator = await App.SignInAsync(Coordinator);
        var url = $"/litija/sl/manage/guides/{id}?text=sl";
        var typo = string.Join("\n\n", P1, P2.Replace("prinesite", "Prinesite", StringComparison.Ordinal), P3);

        var noReason = await Forms.SaveAsync(coordinator, url, ("Form.Body", typo), ("Form.MinorEdit", "true"));
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Equal(0, ContentTranslations.Progress(await TextsAsync(id), "uk").Outdated);

        var saved = await Forms.SaveAsync(coordinator, url, ("Form.Body", typo), ("Form.MinorEdit", "true"), ("Form.MinorReason", "velika začetnica"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var texts = await TextsAsync(id);
        Assert.Contains("Prinesite", texts.Single(t => t.Language == "sl").BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal(TranslationStatus.Human, texts.Single(t => t.Language == "uk").Status);

        var page = Forms.Parse(await coordinator.GetStringAsync(url));
        Assert.Contains("velika začetnica", page.QuerySelector("details.minor-edits")!.TextContent, StringComparison.Ordinal);
        var undo = page.QuerySelector("form[action*=UndoMinor]")!.GetAttribute("action")!;
        var token = Forms.Token(await coordinator.GetStringAsync(url));
        var undone = await coordinator.PostAsync(undo, new FormUrlEncodedContent([KeyValuePair.Create(Forms.AntiforgeryField, token)]));
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(1, ContentTranslations.Progress(await TextsAsync(id), "uk").Outdated);
        Assert.Null(Forms.Parse(await coordinator.GetStringAsync(url)).QuerySelector("form[action*=UndoMinor]"));
    }

    [Fact]
    public async Task Proposing_Rejecting_Approving_AndMovingAGuide_OutdateOnlyWhatTheSourceChanged()
    {
        // Integreat marks translations outdated on saving a draft (#1864) and on moving a page (#4563).
        var (id, _) = await GuideAsync(Guid.NewGuid().ToString("N")[..6]);
        var geoss = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().RoleAssignments.IgnoreQueryFilters()
            .Where(a => a.User!.Email == "editor@litija.example" && a.OrganizationId != null).Select(a => a.OrganizationId!.Value).FirstAsync());
        var coordinator = await App.SignInAsync(Coordinator);
        var url = $"/litija/sl/manage/guides/{id}?text=sl";
        await Forms.SaveAsync(coordinator, url, ("Form.OrganizationId", geoss.ToString()));
        Assert.Equal(TranslationStatus.Human, (await TextsAsync(id)).Single(t => t.Language == "uk").Status);

        var editor = await App.SignInAsync("editor@litija.example");
        var proposed = await Forms.SaveAsync(editor, url, ("Form.Body", string.Join("\n\n", P1, P2, P3 + " Ob sobotah zaprto.")));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Equal(TranslationStatus.Human, (await TextsAsync(id)).Single(t => t.Language == "uk").Status);
        await Forms.PostHandlerAsync(coordinator, $"/litija/sl/manage/guides/{id}", "Reject");
        Assert.Equal(TranslationStatus.Human, (await TextsAsync(id)).Single(t => t.Language == "uk").Status);

        await Forms.SaveAsync(coordinator, url, ("Form.SortOrder", "7"));
        Assert.Equal(TranslationStatus.Human, (await TextsAsync(id)).Single(t => t.Language == "uk").Status);

        await Forms.SaveAsync(editor, url, ("Form.Body", string.Join("\n\n", P1, P2, P3 + " Ob sobotah zaprto.")));
        await Forms.PostHandlerAsync(coordinator, $"/litija/sl/manage/guides/{id}", "Approve");
        var view = ContentTranslations.View(await TextsAsync(id), "uk");
        Assert.Equal([false, false, false, true], view.Select(v => v.IsOutdated));
    }
}

/// <summary>The demo has work on the desk: a translator with sl→uk and sl→ar, an outdated guide, a machine draft, a memory.</summary>
public sealed class DemoTranslationTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task TheDemoTranslator_FindsOutdatedAndMachineDraftedWork_AndSeedingAgainChangesNothing()
    {
        var app = fixture.App;
        var translator = await app.SignInAsync("translator@litija.example");
        var queue = Forms.Parse(await translator.GetStringAsync("/litija/en/manage/translations?to=uk&show=outdated"));
        Assert.Equal(["ar", "uk"], queue.QuerySelectorAll("#to option").Select(o => o.GetAttribute("value")!).Order(StringComparer.Ordinal));
        Assert.Contains("/osebni-zdravnik", await FirstItemPathAsync(app, translator, "uk", "outdated"), StringComparison.Ordinal);
        Assert.Contains("/vpis-v-vrtec", await FirstItemPathAsync(app, translator, "ar", "machine"), StringComparison.Ordinal);

        var (memory, changed) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var before = await db.TranslationMemory.IgnoreQueryFilters().CountAsync();
            var litija = await db.Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync();
            var olena = await db.Users.Where(u => u.Email == "translator@litija.example").Select(u => u.Id).SingleAsync();
            var again = await Involvim.Web.Features.Demo.DemoTranslationSeeder.SeedAsync(db, litija, olena, DateTime.UtcNow, CancellationToken.None);
            return (before, again);
        });
        Assert.True(memory > 20, $"{memory} memory entries");
        Assert.Equal(0, changed);

        var machine = Forms.Parse(await app.Anonymous().GetStringAsync("/litija/ar/guides/vpis-v-vrtec"));
        Assert.Contains(app.Text("ar", "Content.Machine"), machine.Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The public path of the queue's item (through its desk page's link), for a filter.</summary>
    private static async Task<string> FirstItemPathAsync(InvolvimApp app, HttpClient client, string to, string show)
    {
        var queue = Forms.Parse(await client.GetStringAsync($"/litija/en/manage/translations?to={to}&show={show}&kind=guide"));
        var links = queue.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        var paths = new List<string>();
        foreach (var link in links)
        {
            var page = Forms.Parse(await client.GetStringAsync(link));
            paths.Add(page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).First(h => h.Contains("/guides/", StringComparison.Ordinal)));
        }

        _ = app;
        return string.Join(" ", paths);
    }
}

public sealed class TranslationDeskTests_Sqlite(SqliteFixture fixture) : TranslationDeskTests(fixture), IClassFixture<SqliteFixture>;

public sealed class TranslationDeskTests_Postgres(PostgresFixture fixture) : TranslationDeskTests(fixture), IClassFixture<PostgresFixture>;
