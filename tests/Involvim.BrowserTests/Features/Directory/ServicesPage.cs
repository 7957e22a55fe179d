using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Involvim.BrowserTests.Features.Directory;

/// <summary>The service directory of a region (<c>/{region}/{lang}/services</c>): search form, filters, results, pager.</summary>
public sealed class ServicesPage(IPage page, BrowserFixture app, string region, string language)
{
    public string Path => $"/{region}/{language}/services";

    public ILocator Form => page.GetByRole(AriaRole.Search);

    public ILocator Query => page.GetByLabel(T("Services.SearchLabel"), new() { Exact = true });

    /// <summary>The filters: a plain details/summary, closed until a filter is in use.</summary>
    public ILocator Filters => page.Locator("details.filters");

    public ILocator Category => page.GetByLabel(T("Services.Category"), new() { Exact = true });

    public ILocator SpokenLanguage => page.GetByLabel(T("Services.Language"), new() { Exact = true });

    public ILocator OpenNow => page.GetByLabel(T("Services.OpenNow"), new() { Exact = true });

    public ILocator FreeOnly => page.GetByLabel(T("Services.FreeOnly"), new() { Exact = true });

    public ILocator Submit => Form.GetByRole(AriaRole.Button, new() { Name = T("Services.Search"), Exact = true });

    public ILocator Results => page.Locator("ol.results > li");

    public ILocator ResultTitles => page.Locator("ol.results > li a.title");

    public ILocator Pager => page.Locator("nav.pager");

    public ILocator Next => Pager.Locator("a[rel=next]");

    public ILocator Previous => Pager.Locator("a[rel=prev]");

    public async Task OpenAsync(string query = "")
    {
        var response = await page.GotoAsync(Path + query);
        Assert.True(response?.Status == 200, $"GET {Path + query} answered {response?.Status}.");
    }

    /// <summary>Types <paramref name="text"/> into the search field and sends the form.</summary>
    public async Task SearchAsync(string text)
    {
        await Query.FillAsync(text);
        await SubmitAsync();
    }

    /// <summary>Sends the form (a GET) and waits for the answer.</summary>
    public async Task SubmitAsync()
    {
        var before = page.Url;
        await Submit.ClickAsync();
        await page.WaitForURLAsync(url => url != before && url.Contains('?', StringComparison.Ordinal));
    }

    /// <summary>Opens the filters (a click on the summary, no script needed) unless they are open.</summary>
    public async Task OpenFiltersAsync()
    {
        if (await Filters.GetAttributeAsync("open") is null)
        {
            await Filters.Locator("summary").ClickAsync();
        }
    }

    /// <summary>The titles of the results on this page, in order.</summary>
    public async Task<IReadOnlyList<string>> TitlesAsync() =>
        (await ResultTitles.AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    private string T(string key) => app.Text(language, key);
}
