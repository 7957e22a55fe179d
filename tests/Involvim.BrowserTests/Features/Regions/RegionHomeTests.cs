using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Involvim.BrowserTests.Features.Regions;

public sealed class RegionHomeTests(BrowserFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("sl")]
    [InlineData("en")]
    [InlineData("uk")]
    public async Task RegionHome_InLeftToRightLanguage_HasLanguageAndNoAxeViolations(string language)
    {
        await OpenAsync($"/litija/{language}/");

        Assert.Equal(language, await HtmlAttributeAsync("lang"));
        Assert.Equal("ltr", await HtmlAttributeAsync("dir"));
        Assert.True(await Page.Locator("main h1").IsVisibleAsync());
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Fact]
    public async Task RegionHome_InArabic_IsRightToLeftAndHasNoAxeViolations()
    {
        await OpenAsync("/litija/ar/");

        Assert.Equal("ar", await HtmlAttributeAsync("lang"));
        Assert.Equal("rtl", await HtmlAttributeAsync("dir"));
        Assert.True(await Page.Locator("main h1").IsVisibleAsync());
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Theory]
    [InlineData("sl")]
    [InlineData("ar")]
    public async Task RegionHome_SendsNoRequestOutsideItsOrigin(string language)
    {
        var requested = new List<string>();
        Page.Request += (_, request) =>
        {
            lock (requested)
            {
                requested.Add(request.Url);
            }
        };

        await OpenAsync($"/litija/{language}/");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        List<string> seen;
        lock (requested)
        {
            seen = [.. requested];
        }

        var origin = App.BaseAddress.ToString();
        Assert.NotEmpty(seen);
        Assert.Contains(seen, url => url.Contains("/css/site.css", StringComparison.Ordinal));
        var foreign = seen.Where(url => !url.StartsWith(origin, StringComparison.Ordinal)).ToList();
        Assert.True(foreign.Count == 0, $"Requests left {origin}:\n" + string.Join("\n", foreign));
    }
}
