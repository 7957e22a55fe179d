using Involvim.BrowserTests.Features.Accounts;
using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using OtpNet;

namespace Involvim.BrowserTests.Features.Translations;

/// <summary>
/// The demo translator in a real browser: the desk pages in Slovenian, Ukrainian and Arabic (right to left) pass axe;
/// the outdated doctor guide shows what changed in the original; the translator takes the machine suggestion, edits it
/// (the field in Ukrainian, the page in Arabic for the right-to-left run) and saves; the coordinator reviews; the
/// Ukrainian page shows it without the out-of-date note.
/// </summary>
public sealed class TranslatorJourneyTests(BrowserFixture app) : BrowserTest(app)
{
    private const string Translator = "translator@litija.example";
    private const string Coordinator = "coordinator@litija.example";
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

        // A machine suggestion for the open part (the demo's stand-in), taken as the start of the new translation.
        await Page.Locator("form[action*='handler=Machine'] button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("done=machine", StringComparison.Ordinal));
        changed = Page.Locator("li.segment").Filter(new() { Has = Page.Locator(".diff ins") }).First;
        var suggestion = await changed.Locator("blockquote.machine").InnerTextAsync();
        Assert.Contains("demo", suggestion, StringComparison.Ordinal);
        var boxId = await changed.Locator("textarea").GetAttributeAsync("id");
        await changed.Locator("input[name=UseMachine]").CheckAsync();
        await changed.Locator("textarea").FillAsync("");
        await Page.Locator("form[action*='handler=Save'] button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("done=saved", StringComparison.Ordinal));

        // Edited into a real translation (the box now holds the suggestion), with the time it took.
        box = Page.Locator($"textarea[id='{boxId}']");
        Assert.Equal(suggestion.Trim(), (await box.InputValueAsync()).Trim());
        await box.FillAsync("Якщо ви не знаєте, до кого звернутися: в інформаційному пункті для іноземців допоможуть знайти лікаря.");
        await Page.Locator("#Hours").FillAsync("0,5");
        await Page.Locator("form[action*='handler=Save'] button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("done=saved", StringComparison.Ordinal));

        // A second person, the coordinator, reviews every part the translator's work left unchecked.
        await using (await App.LeaseAccountAsync(Coordinator))
        {
            var secret = await App.EnableTwoStepSignInAsync(Coordinator);
            await using var coordinatorContext = await App.NewContextAsync();
            var staff = await coordinatorContext.NewPageAsync();
            var coordinatorSignIn = new SignInPage(staff, App, "litija", "sl");
            await coordinatorSignIn.OpenAsync();
            await coordinatorSignIn.SignInAsync(Coordinator, DemoPassword);
            await staff.WaitForURLAsync(url => url.Contains("/litija/sl/account/signin/two-factor", StringComparison.Ordinal));
            await staff.GetByLabel(App.Text("sl", "Account.TwoFactor.Code"), new() { Exact = true }).FillAsync(new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp());
            await staff.GetByRole(AriaRole.Button, new() { Name = App.Text("sl", "Account.SignIn.Submit"), Exact = true }).ClickAsync();
            await staff.WaitForURLAsync(App.BaseAddress + "litija/sl/manage");

            Assert.Equal(200, (await staff.GotoAsync(App.BaseAddress + editor!.TrimStart('/')))?.Status);
            var approve = staff.Locator("input[name=Approve]");
            Assert.True(await approve.CountAsync() > 0);
            foreach (var checkbox in await approve.AllAsync())
            {
                await checkbox.CheckAsync();
            }

            await staff.Locator("form#review button[type=submit]").ClickAsync();
            await staff.WaitForURLAsync(url => url.Contains("done=reviewed", StringComparison.Ordinal));

            // The coordinator's pages: translators with their hours, and the machine-translation settings.
            var staffViolations = new List<string>();
            foreach (var language in new[] { "sl", "uk", "ar" })
            {
                foreach (var page in new[] { "translators", "machine" })
                {
                    Assert.Equal(200, (await staff.GotoAsync(App.BaseAddress + $"litija/{language}/manage/translations/{page}"))?.Status);
                    Assert.Equal(language == "ar" ? "rtl" : "ltr", await staff.Locator("html").GetAttributeAsync("dir"));
                    staffViolations.AddRange((await Axe.ViolationsAsync(staff)).Select(v => $"{language} {page}: {v}"));
                }
            }

            Assert.True(staffViolations.Count == 0, string.Join('\n', staffViolations));
            await staff.GotoAsync(App.BaseAddress + "litija/ar/manage/translations/translators");
            Assert.Contains(App.Text("ar", "Desk.Work.Summary", 0, 0, 0).Split(':')[0], await staff.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        }

        // The Ukrainian reader sees it, and no note that the translation is out of date.
        await using var visitor = await App.NewContextAsync();
        var reader = await visitor.NewPageAsync();
        Assert.Equal(200, (await reader.GotoAsync(App.BaseAddress + "litija/uk/guides/osebni-zdravnik"))?.Status);
        var main = await reader.Locator("main").InnerTextAsync();
        Assert.Contains("допоможуть знайти лікаря", main, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Text("uk", "Content.Outdated"), main, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Text("uk", "Content.Machine"), main, StringComparison.Ordinal);
    }
}
