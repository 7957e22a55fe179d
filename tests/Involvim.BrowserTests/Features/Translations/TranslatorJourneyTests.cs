using Involvim.BrowserTests.Features.Accounts;
using Involvim.BrowserTests.Infrastructure;

namespace Involvim.BrowserTests.Features.Translations;

/// <summary>
/// The demo translator in a real browser: the desk pages in Slovenian, Ukrainian and Arabic (right to left) pass axe;
/// the outdated doctor guide shows what changed in the original, and a Ukrainian translation typed into the editor
/// (with the field in Ukrainian, the page in Arabic for the right-to-left run) is saved and published.
/// </summary>
public sealed class TranslatorJourneyTests(BrowserFixture app) : BrowserTest(app)
{
    private const string Translator = "translator@litija.example";
    private const string DemoPassword = "demo-involvim-2026";

    [Fact]
    public async Task TheDeskPages_PassAxe_InSlUkAndAr_AndTheTranslatorBringsAnOutdatedParagraphUpToDate()
    {
        var signIn = new SignInPage(Page, App, "litija", "sl");
        await signIn.OpenAsync();
        await signIn.SignInAsync(Translator, DemoPassword);
        await Page.WaitForURLAsync(App.BaseAddress + "litija/sl/manage");

        var violations = new List<string>();
        string? editor = null;
        foreach (var language in new[] { "sl", "uk", "ar" })
        {
            Assert.Equal(200, (await OpenAsync($"/litija/{language}/manage/translations?to=uk&show=outdated&kind=guide")).Status);
            Assert.Equal(language == "ar" ? "rtl" : "ltr", await HtmlAttributeAsync("dir"));
            violations.AddRange((await Axe.ViolationsAsync(Page)).Select(v => $"{language} queue: {v}"));
            var link = Page.Locator("tbody a").First;
            editor ??= await link.GetAttributeAsync("href");
            var desk = editor!.Replace("/litija/sl/", $"/litija/{language}/", StringComparison.Ordinal);
            Assert.Equal(200, (await OpenAsync(desk)).Status);
            violations.AddRange((await Axe.ViolationsAsync(Page)).Select(v => $"{language} editor: {v}"));
            foreach (var page in new[] { "coverage", "xliff" })
            {
                Assert.Equal(200, (await OpenAsync($"/litija/{language}/manage/translations/{page}")).Status);
                violations.AddRange((await Axe.ViolationsAsync(Page)).Select(v => $"{language} {page}: {v}"));
            }
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));

        // The outdated paragraph: the added sentence is marked as new, the old translation waits in its box.
        await OpenAsync(editor!.Replace("/litija/sl/", "/litija/ar/", StringComparison.Ordinal));
        var changed = Page.Locator("li.segment").Filter(new() { Has = Page.Locator(".diff ins") }).First;
        Assert.Contains("informacijski točki", await changed.Locator(".diff ins").InnerTextAsync(), StringComparison.Ordinal);
        var box = changed.Locator("textarea");
        Assert.Equal(("uk", "ltr"), (await box.GetAttributeAsync("lang"), await box.GetAttributeAsync("dir")));
        var text = await box.InputValueAsync();
        await box.FillAsync(text + " В інформаційному пункті для іноземців допоможуть знайти лікаря.");
        await Page.Locator("form[action*='handler=Save'] button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("done=saved", StringComparison.Ordinal));

        await using var visitor = await App.NewContextAsync();
        var reader = await visitor.NewPageAsync();
        Assert.Equal(200, (await reader.GotoAsync(App.BaseAddress + "litija/uk/guides/osebni-zdravnik"))?.Status);
        Assert.Contains("допоможуть знайти лікаря", await reader.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }
}
