using Involvim.BrowserTests.Features.Directory;
using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Involvim.BrowserTests.Features.Guides;

public sealed class GuidesTests(BrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task GuideTree_InUkrainian_OpensGuideWithRenderedMarkdownAndNoAxeViolations()
    {
        await OpenAsync("/litija/uk/guides");
        Assert.Equal("uk", await HtmlAttributeAsync("lang"));
        var tree = Page.Locator("main ul.tree");
        Assert.True(await tree.Locator(":scope > li").CountAsync() > 1, "The guide tree has no topics.");
        Assert.True(await tree.Locator(":scope > li > ul > li").CountAsync() > 0, "The guide tree has no sub-topics.");

        var title = DemoServices.GuideTitle("prvi-koraki", "uk");
        await tree.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(App.BaseAddress + "litija/uk/guides/prvi-koraki");

        Assert.Equal(title, (await Page.Locator("main h1").InnerTextAsync()).Trim());
        Assert.Equal("uk", await Page.Locator("main article").GetAttributeAsync("lang"));
        var prose = Page.Locator("main .prose");
        Assert.True(await prose.Locator("h2").CountAsync() >= 2, "The guide's Markdown headings are not rendered as headings.");
        Assert.True(await prose.Locator("ul > li").CountAsync() >= 3, "The guide's Markdown lists are not rendered as lists.");
        Assert.True(await prose.Locator("li strong").CountAsync() > 0, "The guide's Markdown emphasis is not rendered.");
        var text = await prose.InnerTextAsync();
        Assert.DoesNotContain("## ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        var html = await prose.InnerHTMLAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await Page.Locator("main script").CountAsync());
        await Axe.AssertNoViolationsAsync(Page);
    }
}
