using Involvim.BrowserTests.Infrastructure;

namespace Involvim.BrowserTests.Features.Errors;

public sealed class ErrorPageTests(BrowserFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("/litija/xx/", "sl")]
    [InlineData("/nope/sl/", "sl")]
    [InlineData("/nope/uk/", "uk")]
    [InlineData("/nope/ar/", "ar")]
    [InlineData("/louth/sl/", "en")]
    public async Task UnknownRegionOrLanguage_ShowsLocalizedNotFoundPageWithoutAxeViolations(string path, string language)
    {
        var response = await Page.GotoAsync(path);

        Assert.True(response?.Status == 404, $"GET {path} answered {response?.Status} at {Page.Url}, not 404.");
        Assert.Equal(language, await HtmlAttributeAsync("lang"));
        Assert.Equal(language == "ar" ? "rtl" : "ltr", await HtmlAttributeAsync("dir"));
        Assert.Equal(App.Text(language, "Error.404.Title"), (await Page.Locator("main h1").TextContentAsync())?.Trim());
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Fact]
    public async Task UnknownPageInRegion_ShowsLocalizedNotFoundPage()
    {
        var response = await Page.GotoAsync("/litija/uk/no-such-page");

        Assert.True(response?.Status == 404, $"GET /litija/uk/no-such-page answered {response?.Status} at {Page.Url}, not 404.");
        Assert.Equal("uk", await HtmlAttributeAsync("lang"));
        Assert.Equal(App.Text("uk", "Error.404.Title"), (await Page.Locator("main h1").TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task NotFoundPageOfRegion_LanguageSwitcherLinksToTheRegion()
    {
        var response = await Page.GotoAsync("/litija/xx/");

        Assert.Equal(404, response?.Status);
        Assert.Equal("/litija/uk/", await Page.Locator("details.langs a[hreflang=\"uk\"]").GetAttributeAsync("href"));
    }
}
