using Involvim.Tests.Support;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Search;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Pages;

/// <summary>
/// Pages in the reader's language (issue 16, items 14–16, 23, 25): fallback content isolated and marked in lists,
/// "only in my language", the accessibility statement, the header for staff, meta description and canonical URL.
/// </summary>
public sealed class ReaderLanguagePagesTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private InvolvimApp App => fixture.App;

    private string Text(string language, string key, params object[] args) => App.Text(language, key, args);

    private async Task<(string Slug, string Language)> GuideWithoutAsync(string language) => await App.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var litija = await db.Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync();
        var guide = await db.Guides.IgnoreQueryFilters().Include(g => g.Translations)
            .Where(g => g.RegionId == litija && g.Status == PublicationStatus.Published && !g.Translations.Any(t => t.Language == language) && !db.Guides.Any(c => c.ParentId == g.Id))
            .OrderBy(g => g.Slug).FirstAsync();
        return (guide.Slug, guide.Translations.Single(t => t.Status == Involvim.Web.Infrastructure.Content.TranslationStatus.Source).Language);
    });

    [Theory]
    [InlineData("uk")]
    [InlineData("ar")]
    [InlineData("ne")]
    public async Task GuideList_MarksEachGuideNotInTheReadersLanguage_AndCanHideThem(string language)
    {
        var (slug, source) = await GuideWithoutAsync(language);
        var document = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/{language}/guides"));
        var link = document.QuerySelector($"a[href='/litija/{language}/guides/{slug}']")!;
        Assert.Equal(source, link.GetAttribute("lang"));
        Assert.Equal("ltr", link.GetAttribute("dir"));
        var tag = link.ParentElement!.QuerySelector(".tag.fallback");
        Assert.NotNull(tag);
        string name;
        using (new CultureScope(language))
        {
            name = LanguageNames.InReaderLanguage(source);
        }

        Assert.Equal(Text(language, "Content.InLanguage", name), tag!.TextContent);
        Assert.All(document.QuerySelectorAll(".tree a[lang]").Where(a => a.GetAttribute("lang") == language), a => Assert.Null(a.ParentElement!.QuerySelector(":scope > .tag.fallback")));

        var mine = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/{language}/guides?mine=true"));
        Assert.Null(mine.QuerySelector($"a[href='/litija/{language}/guides/{slug}']"));
        Assert.Equal("checked", mine.QuerySelector("input[name=mine]")!.GetAttribute("checked") ?? (mine.QuerySelector("input[name=mine]")!.HasAttribute("checked") ? "checked" : null));
    }

    [Fact]
    public async Task FallbackGuide_OnAnArabicPage_IsIsolatedLeftToRight()
    {
        var (slug, source) = await GuideWithoutAsync("ar");
        var document = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/ar/guides/{slug}"));
        Assert.Equal("rtl", document.DocumentElement.GetAttribute("dir"));
        var article = document.QuerySelector("article")!;
        Assert.Equal(source, article.GetAttribute("lang"));
        Assert.Equal("ltr", article.GetAttribute("dir"));
        // Every element that names a language also names its direction.
        Assert.All(document.QuerySelectorAll("body [lang]"), e => Assert.False(string.IsNullOrEmpty(e.GetAttribute("dir")), e.OuterHtml[..Math.Min(120, e.OuterHtml.Length)]));
    }

    [Fact]
    public async Task ServicePage_InArabic_KeepsTimesOnOneLine_UsesTheArabicListSeparator_AndNamesNoTimeZoneId()
    {
        var litija = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync());
        var id = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Services.IgnoreQueryFilters()
            .Where(s => s.RegionId == litija && s.Status == PublicationStatus.Published && s.OpeningRules.Any() && s.Languages.Count > 1)
            .Select(s => s.Id).FirstAsync());
        var html = await App.Anonymous().GetStringAsync($"/litija/ar/services/{id}");
        var document = Forms.Parse(html);
        Assert.DoesNotContain("Europe/Ljubljana", html, StringComparison.Ordinal);
        Assert.NotEmpty(document.QuerySelectorAll(".hours bdi.nowrap"));
        Assert.Contains("، ", document.QuerySelector(".facts dd")!.TextContent, StringComparison.Ordinal);
        Assert.All(document.QuerySelectorAll("body [lang]"), e => Assert.False(string.IsNullOrEmpty(e.GetAttribute("dir"))));
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("ar")]
    public async Task ServiceList_MarksFallbacks_AndOnlyMineKeepsOnlyTextsInTheLanguage(string language)
    {
        var all = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/{language}/services"));
        var titles = all.QuerySelectorAll("ol.results a.title").ToList();
        Assert.NotEmpty(titles);
        foreach (var title in titles)
        {
            var marked = title.ParentElement!.QuerySelector(".tag.fallback") is not null;
            Assert.Equal(title.GetAttribute("lang") != language, marked);
        }

        var mine = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/{language}/services?mine=true"));
        Assert.All(mine.QuerySelectorAll("ol.results a.title"), a => Assert.Equal(language, a.GetAttribute("lang")));
        Assert.Empty(mine.QuerySelectorAll("ol.results .tag.fallback"));
    }

    [Theory]
    [InlineData("sl")]
    [InlineData("uk")]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("ne")]
    public async Task AccessibilityStatement_IsInTheLanguage_LinkedFromTheFooter_WithContactAndDate(string language)
    {
        var home = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/{language}/"));
        var link = home.QuerySelector($"footer a[href='/litija/{language}/accessibility']");
        Assert.NotNull(link);
        Assert.Equal(Text(language, "Nav.Accessibility"), link!.TextContent);

        var page = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/{language}/accessibility"));
        Assert.Equal(Text(language, "A11y.Title"), page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href^='mailto:']"));
        using (new CultureScope(language))
        {
            var date = Involvim.Web.Features.Home.AccessibilityModel.LastChecked.ToDateTime(TimeOnly.MinValue).ToString("D", System.Globalization.CultureInfo.CurrentCulture);
            Assert.Contains(date, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/litija/sl/")]
    [InlineData("/litija/uk/services")]
    [InlineData("/litija/ar/guides")]
    [InlineData("/litija/ne/help")]
    [InlineData("/litija/fa/accessibility")]
    public async Task PublicPages_HaveADescriptionAndTheirCanonicalAddress(string path)
    {
        var document = Forms.Parse(await App.Anonymous().GetStringAsync(path + "?utm=x"));
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.Equal(InvolvimApp.PublicBaseUrl + path, document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EventsAreOfferedInTheMenu()
    {
        var home = Forms.Parse(await App.Anonymous().GetStringAsync("/litija/sl/"));
        Assert.NotEmpty(home.QuerySelectorAll("a[href='/litija/sl/events']"));
    }

    [Fact]
    public async Task Volunteer_SeesTheirTasksAndSignOutInTheHeader_AndNoManageLink()
    {
        var volunteer = await App.SignInAsync("volunteer@litija.example");
        var page = Forms.Parse(await volunteer.GetStringAsync("/litija/en/volunteer"));
        var header = page.QuerySelector("header")!;
        Assert.NotNull(header.QuerySelector("a[href='/litija/en/volunteer']"));
        Assert.NotNull(header.QuerySelector("form[action='/litija/en/account/signout'] button"));
        Assert.Empty(page.QuerySelectorAll("a[href='/litija/en/manage']"));
    }

    [Fact]
    public async Task Staff_HaveManageAndSignOutInTheHeader_AndTheDashboardSaysNothingStale()
    {
        var editor = await App.SignInAsync("editor@litija.example");
        var page = Forms.Parse(await editor.GetStringAsync("/litija/en/manage"));
        var header = page.QuerySelector("header")!;
        Assert.NotNull(header.QuerySelector("a[href='/litija/en/manage']"));
        Assert.NotNull(header.QuerySelector("form[action='/litija/en/account/signout'] button"));
        Assert.DoesNotContain(Text("en", "Manage.ComingStages"), page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Text("en", "ManageServices.HintEditor"), page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Text("en", "ManageServices.Hint"), page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void LanguageNames_CapitaliseOnlyTheFirstLetter() =>
        Assert.Equal("O‘zbek", LanguageNames.Native("uz"));

    [Fact]
    public async Task FailedSearches_KeepNoContactsOrCodes_AreCappedPerDay_AndExpire()
    {
        Assert.False(FailedSearches.MayKeep("ana@example.org"));
        Assert.False(FailedSearches.MayKeep("+386 40 123 456"));
        Assert.False(FailedSearches.MayKeep("ABCD-1234-5678-EFGH"));
        Assert.True(FailedSearches.MayKeep("tečaj 2026"));

        await Help.HelpRequestTests.InRegionAsync(App, async (sp, db) =>
        {
            var region = await db.Regions.SingleAsync(r => r.Slug == "litija");
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            db.FailedSearches.AddRange(Enumerable.Range(0, FailedSearches.MaxNewPerDay).Select(i => new FailedSearch { RegionId = region.Id, Language = "en", Query = "filler " + i, Count = 1, FirstSeen = today, LastSeen = today }));
            db.FailedSearches.Add(new FailedSearch { RegionId = region.Id, Language = "en", Query = "very old", Count = 3, FirstSeen = today.AddDays(-400), LastSeen = today.AddDays(-FailedSearches.RetentionDays - 1) });
            await db.SaveChangesAsync();

            await FailedSearches.RecordAsync(db, region.Id, "en", "one too many", today, CancellationToken.None);
            Assert.False(await db.FailedSearches.IgnoreQueryFilters().AnyAsync(f => f.Query == "one too many"));
            await FailedSearches.RecordAsync(db, region.Id, "en", "filler 7", today, CancellationToken.None);
            Assert.Equal(2, await db.FailedSearches.IgnoreQueryFilters().Where(f => f.RegionId == region.Id && f.Query == "filler 7").Select(f => f.Count).SingleAsync());

            var job = sp.GetServices<Involvim.Web.Infrastructure.Jobs.IRecurringJob>().Single(j => j.Name == "failed-search-retention");
            await job.RunAsync(sp, CancellationToken.None);
            Assert.False(await db.FailedSearches.IgnoreQueryFilters().AnyAsync(f => f.Query == "very old"));
            Assert.True(await db.FailedSearches.IgnoreQueryFilters().AnyAsync(f => f.Query == "filler 7"));
            return true;
        });
    }
}
