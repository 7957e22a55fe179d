using System.Text.RegularExpressions;
using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Involvim.BrowserTests.Features.Directory;

/// <summary>The public service directory: search in the reader's language, filters, pages, the service page.</summary>
public sealed partial class ServiceSearchTests(BrowserFixture app) : BrowserTest(app)
{
    private const string Region = "litija";

    [Theory]
    [InlineData("sl", "stanovanje", "ltr")]
    [InlineData("uk", "житло", "ltr")]
    [InlineData("ar", "سكن", "rtl")]
    public async Task Search_InReadersLanguage_FindsHousingFirstAndServicePageHasHoursAndMapWithoutAxeViolations(string language, string query, string direction)
    {
        var services = new ServicesPage(Page, App, Region, language);
        await services.OpenAsync();
        await AssertLanguageAsync(language, direction);

        await services.SearchAsync(query);
        Assert.Equal(query, await services.Query.InputValueAsync());
        var titles = await services.TitlesAsync();
        Assert.NotEmpty(titles);
        var housing = DemoServices.InCategory("housing", language);
        Assert.True(housing.Contains(titles[0]), $"The first result for '{query}' is '{titles[0]}', not a housing service ({string.Join(", ", housing)}).");
        var helpFindingAFlat = DemoServices.Title("pomoc-pri-iskanju-stanovanja", language);
        Assert.True(titles.Take(3).Contains(helpFindingAFlat), $"'{helpFindingAFlat}' is not among the first three results for '{query}': {string.Join(" | ", titles)}");
        Assert.Equal("housing", (await services.Results.First.Locator("svg use").GetAttributeAsync("href"))?.Split('#')[^1]);
        await AssertLanguageAsync(language, direction);
        var violations = new List<string>(await Axe.ViolationsAsync(Page));

        await services.ResultTitles.First.ClickAsync();
        await Page.WaitForURLAsync(url => ServiceUrl().IsMatch(url) && url.Contains($"/{Region}/{language}/", StringComparison.Ordinal));
        var service = new ServicePage(Page, App, language);
        Assert.Equal(titles[0], await service.NameAsync());
        await AssertLanguageAsync(language, direction);
        Assert.True(await service.Hours.IsVisibleAsync(), "The service page shows no opening hours table.");
        Assert.Equal(7, await service.Hours.Locator("tbody tr").CountAsync());
        Assert.Equal(1, await service.MapLink.CountAsync());
        Assert.StartsWith("https://www.openstreetmap.org/", await service.MapLink.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal(0, await Page.Locator("main iframe, main img[src*='openstreetmap'], main img[src*='tile']").CountAsync());
        Assert.Equal(Page.Url, await service.ShareUrl.InputValueAsync());
        violations.AddRange(await Axe.ViolationsAsync(Page));

        Assert.True(violations.Count == 0, "axe found violations:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task Filters_LanguageCoursesFreeOfCharge_ListOnlyFreeLanguageServices()
    {
        var services = new ServicesPage(Page, App, Region, "en");
        await services.OpenAsync();

        await services.OpenFiltersAsync();
        await services.Category.SelectOptionAsync(new SelectOptionValue { Label = App.Text("en", "Category.language-learning") });
        await services.FreeOnly.CheckAsync();
        await services.SubmitAsync();

        var query = new Uri(Page.Url).Query;
        Assert.Contains("category=language-learning", query, StringComparison.Ordinal);
        Assert.Contains("free=true", query, StringComparison.Ordinal);
        Assert.Equal("language-learning", await services.Category.InputValueAsync());
        Assert.True(await services.FreeOnly.IsCheckedAsync());
        var expected = DemoServices.Titles("en", s => s.Categories.Contains("language-learning") && s.Free).Order(StringComparer.Ordinal).ToList();
        var titles = (await services.TitlesAsync()).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(titles);
        Assert.Equal(expected, titles);
        Assert.Equal(titles.Count, await services.Results.Locator(".tag").GetByText(App.Text("en", "Services.Free"), new() { Exact = true }).CountAsync());
    }

    [Fact]
    public async Task Pager_OnUnfilteredList_NextAndPreviousShowOtherServices()
    {
        var services = new ServicesPage(Page, App, Region, "en");
        await services.OpenAsync();

        var first = await services.TitlesAsync();
        Assert.Equal(20, first.Count);
        Assert.Equal(0, await services.Previous.CountAsync());

        await services.Next.ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).Query.Contains("p=2", StringComparison.Ordinal));
        var second = await services.TitlesAsync();
        Assert.Equal(Math.Min(20, DemoServices.Count - 20), second.Count);
        Assert.Empty(first.Intersect(second, StringComparer.Ordinal));
        Assert.Contains(App.Text("en", "Common.PageOf", 2, (DemoServices.Count + 19) / 20), await services.Pager.InnerTextAsync(), StringComparison.Ordinal);

        await services.Previous.ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("p=", StringComparison.Ordinal));
        Assert.Equal(first, await services.TitlesAsync());
    }

    [Fact]
    public async Task WithoutJavaScript_SearchAndFiltersWorkAsPlainGetForm()
    {
        await using var context = await App.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        var services = new ServicesPage(page, App, Region, "en");
        await services.OpenAsync();
        Assert.Equal("get", await page.Locator("form[role=search]").GetAttributeAsync("method"));

        // Search.
        await services.SearchAsync("flat");
        Assert.Contains("q=flat", new Uri(page.Url).Query, StringComparison.Ordinal);
        var found = await services.TitlesAsync();
        Assert.Contains(DemoServices.Title("pomoc-pri-iskanju-stanovanja", "en"), found);

        // Filters, opened without script (details/summary), with the query cleared.
        await services.OpenAsync();
        Assert.Null(await services.Filters.GetAttributeAsync("open"));
        await services.OpenFiltersAsync();
        await services.Category.SelectOptionAsync(new SelectOptionValue { Label = App.Text("en", "Category.health") });
        await services.SpokenLanguage.SelectOptionAsync("bs");
        await services.FreeOnly.CheckAsync();
        await services.SubmitAsync();

        var query = new Uri(page.Url).Query;
        Assert.Contains("category=health", query, StringComparison.Ordinal);
        Assert.Contains("language=bs", query, StringComparison.Ordinal);
        Assert.Contains("free=true", query, StringComparison.Ordinal);
        Assert.NotNull(await services.Filters.GetAttributeAsync("open"));
        Assert.Equal("health", await services.Category.InputValueAsync());
        Assert.Equal("bs", await services.SpokenLanguage.InputValueAsync());
        Assert.True(await services.FreeOnly.IsCheckedAsync());
        var expected = DemoServices.Titles("en", s => s.Categories.Contains("health") && s.Languages.Contains("bs") && s.Free).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, (await services.TitlesAsync()).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task ArabicSearchAndServicePage_SendNoRequestOutsideTheOrigin()
    {
        var requests = new RequestLog(Context);

        await OpenAsync($"/{Region}/ar/services?q={Uri.EscapeDataString("سكن")}");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var services = new ServicesPage(Page, App, Region, "ar");
        Assert.NotEmpty(await services.TitlesAsync());

        await services.ResultTitles.First.ClickAsync();
        await Page.WaitForURLAsync(url => ServiceUrl().IsMatch(url));
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(1, await new ServicePage(Page, App, "ar").MapLink.CountAsync());

        var seen = requests.Urls;
        Assert.Contains(seen, url => url.Contains("/css/site.css", StringComparison.Ordinal));
        Assert.Contains(seen, url => ServiceUrl().IsMatch(url));
        var foreign = requests.Outside(App.BaseAddress);
        Assert.True(foreign.Count == 0, $"Requests left {App.BaseAddress}:\n" + string.Join("\n", foreign));
    }

    private async Task AssertLanguageAsync(string language, string direction)
    {
        Assert.Equal(language, await HtmlAttributeAsync("lang"));
        Assert.Equal(direction, await HtmlAttributeAsync("dir"));
    }

    [GeneratedRegex("/services/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex ServiceUrl();
}
