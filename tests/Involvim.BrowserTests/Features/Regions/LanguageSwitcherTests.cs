using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Involvim.BrowserTests.Features.Regions;

public sealed class LanguageSwitcherTests(BrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task LanguageSwitcher_ToUkrainianThenArabic_ChangesLanguageAndDirection()
    {
        await OpenAsync("/litija/sl/");
        await AssertCurrentLanguageAsync(Page, "sl");

        await SwitchToAsync(Page, "Українська");
        await Page.WaitForURLAsync(App.BaseAddress + "litija/uk/");
        Assert.Equal("uk", await HtmlAttributeAsync("lang"));
        Assert.Equal("ltr", await HtmlAttributeAsync("dir"));
        await AssertCurrentLanguageAsync(Page, "uk");

        await SwitchToAsync(Page, "العربية");
        await Page.WaitForURLAsync(App.BaseAddress + "litija/ar/");
        Assert.Equal("ar", await HtmlAttributeAsync("lang"));
        Assert.Equal("rtl", await HtmlAttributeAsync("dir"));
        await AssertCurrentLanguageAsync(Page, "ar");
    }

    [Fact]
    public async Task RegionHome_WithoutJavaScript_ShowsContentAndSwitchesLanguage()
    {
        await using var context = await App.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/litija/sl/");
        Assert.Equal(200, response?.Status);
        Assert.Equal("sl", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("main h1").TextContentAsync()));
        Assert.Equal(3, await page.Locator("main ul.cards a").CountAsync());
        foreach (var language in new[] { "sl", "en", "uk", "ar" })
        {
            Assert.Equal(1, await page.Locator($"details.langs a[hreflang=\"{language}\"]").CountAsync());
        }

        await SwitchToAsync(page, "Українська");
        await page.WaitForURLAsync(App.BaseAddress + "litija/uk/");
        Assert.Equal("uk", await page.Locator("html").GetAttributeAsync("lang"));
        await AssertCurrentLanguageAsync(page, "uk");
    }

    /// <summary>Opens the switcher (a plain details/summary) and follows the link named by its endonym.</summary>
    private static async Task SwitchToAsync(IPage page, string endonym)
    {
        var link = page.Locator("details.langs").GetByRole(AriaRole.Link, new() { Name = endonym, Exact = true });
        Assert.False(await link.IsVisibleAsync(), "The language list is open before the summary is clicked.");
        await page.Locator("details.langs > summary").ClickAsync();
        Assert.True(await link.IsVisibleAsync(), $"The language list does not show {endonym} after the summary is clicked.");
        await link.ClickAsync();
    }

    private static async Task AssertCurrentLanguageAsync(IPage page, string language)
    {
        var current = page.Locator("details.langs a[aria-current=\"true\"]");
        Assert.Equal(1, await current.CountAsync());
        Assert.Equal(language, await current.GetAttributeAsync("lang"));
        Assert.Equal(language, await current.GetAttributeAsync("hreflang"));
    }
}
