using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Involvim.BrowserTests.Features.Pilot;

/// <summary>The public pages added for the pilot, in sl, uk and ar: axe, direction, and working without JavaScript.</summary>
public sealed class NewPublicPagesTests(BrowserFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("sl", "ltr")]
    [InlineData("uk", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task AccessibilityStatementAndLostCode_PassAxe_InTheirDirection(string language, string direction)
    {
        var violations = new List<string>();
        foreach (var path in new[] { "accessibility", "help/lost-code", "guides?mine=true", "services?mine=true" })
        {
            await OpenAsync($"/litija/{language}/{path}");
            Assert.Equal(direction, await HtmlAttributeAsync("dir"));
            violations.AddRange(await Axe.ViolationsAsync(Page));
        }

        // "I lost my code" answers with its message; the page after it passes axe too.
        await OpenAsync($"/litija/{language}/help/lost-code");
        await Page.GetByLabel(App.Text(language, "Help.Lost.Contact")).FillAsync("nobody@example.org");
        await Page.GetByRole(AriaRole.Button, new() { Name = App.Text(language, "Help.Lost.Submit") }).ClickAsync();
        Assert.Equal(App.Text(language, "Help.Lost.Sent"), (await Page.Locator("p.ok").InnerTextAsync()).Trim());
        violations.AddRange(await Axe.ViolationsAsync(Page));
        Assert.True(violations.Count == 0, "axe found violations:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task WithoutJavaScript_TheLostCodeFormAndTheConfirmationStillWork()
    {
        await using var context = await App.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        Assert.Equal(200, (await page.GotoAsync("/litija/uk/help/lost-code"))?.Status);
        await page.GetByLabel(App.Text("uk", "Help.Lost.Contact")).FillAsync("+386 40 000 111");
        await page.GetByRole(AriaRole.Button, new() { Name = App.Text("uk", "Help.Lost.Submit") }).ClickAsync();
        Assert.Equal(App.Text("uk", "Help.Lost.Sent"), (await page.Locator("p.ok").InnerTextAsync()).Trim());

        // The confirmation: without JavaScript the copy and print buttons stay hidden, "save as a file" remains.
        Assert.Equal(200, (await page.GotoAsync("/litija/uk/help/new"))?.Status);
        await page.Locator("select[name='Input.Category']").SelectOptionAsync("housing");
        await page.Locator("textarea[name='Input.Description']").FillAsync("Шукаю житло");
        await page.Locator("#Input_Consent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = App.Text("uk", "Help.New.Submit"), Exact = true }).ClickAsync();
        Assert.False(await page.Locator("[data-copy]").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = App.Text("uk", "Help.Sent.SaveFile") }).IsVisibleAsync());
        Assert.Equal(3, await page.Locator("ol.next li").CountAsync());
    }
}
