using Involvim.BrowserTests.Features.Accounts;
using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Involvim.BrowserTests.Features.Events;

/// <summary>
/// Events in a real browser with axe: a newcomer finds the language café in Ukrainian, signs up a party of three,
/// gets the code, opens the registration and cancels; a second newcomer waits for the full workshop and takes the
/// seats offered when someone cancels; every public events page passes axe in sl, uk and ar (right to left), and the
/// organiser's pages too.
/// </summary>
public sealed class EventJourneyTests(BrowserFixture app) : BrowserTest(app)
{
    private const string Editor = "editor@litija.example";
    private const string DemoPassword = "demo-involvim-2026";

    private async Task<string> SignUpAsync(IPage page, string language, string eventTitle, int party, string name)
    {
        await page.GotoAsync(App.BaseAddress + $"litija/{language}/events");
        await page.Locator("main a.title", new() { HasTextString = eventTitle }).First.ClickAsync();
        Assert.Equal(eventTitle, (await page.Locator("main h1").InnerTextAsync()).Trim());
        await page.Locator("ul.dates a.button").First.ClickAsync();
        await page.GetByLabel(App.Text(language, "Events.Form.Name"), new() { Exact = true }).FillAsync(name);
        await page.GetByLabel(App.Text(language, "Events.Form.Party"), new() { Exact = true }).SelectOptionAsync(party.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("main form button[type=submit]").ClickAsync();
        return (await page.Locator("#registration-code").InnerTextAsync()).Trim();
    }

    [Fact]
    public async Task ANewcomer_SignsUpForTheCafeInUkrainian_AndCancels_AndTheWaitingListMovesUp()
    {
        var code = await SignUpAsync(Page, "uk", "Мовне кафе", 3, "Оксана");
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
        Assert.Equal(App.Text("uk", "Events.Done.Confirmed"), (await Page.Locator("#code-title").InnerTextAsync()).Trim());
        await Axe.AssertNoViolationsAsync(Page);

        // "Add to calendar" downloads the .ics of this date.
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = App.Text("uk", "Events.AddToCalendar"), Exact = true }).ClickAsync());
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Мовне кафе", ics, StringComparison.Ordinal);

        await Page.GetByRole(AriaRole.Button, new() { Name = App.Text("uk", "Events.Done.Open"), Exact = true }).ClickAsync();
        Assert.Contains(App.Text("uk", "Events.Status.Confirmed"), await Page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = App.Text("uk", "Events.CancelRegistration"), Exact = true }).ClickAsync();
        Assert.Equal(App.Text("uk", "Events.Notice.Cancelled"), (await Page.Locator("p.ok").InnerTextAsync()).Trim());

        // The workshop: 20 seats. Three parties of six and one of two fill it; a party of two waits.
        const string workshop = "Семінар: участь у місцевій громаді";
        await using var others = await App.NewContextAsync();
        var other = await others.NewPageAsync();
        var first = await SignUpAsync(other, "uk", workshop, 6, "A");
        foreach (var party in new[] { 6, 6, 2 })
        {
            await SignUpAsync(other, "uk", workshop, party, "B" + party);
        }

        await using var waitingContext = await App.NewContextAsync();
        var waiting = await waitingContext.NewPageAsync();
        // The workshop has no Arabic text: an Arabic reader sees the region's own (Slovenian) one.
        var waitingCode = await SignUpAsync(waiting, "ar", "Delavnica: Sodelovanje v lokalni skupnosti", 2, "رام");
        Assert.Equal(App.Text("ar", "Events.Done.Waiting"), (await waiting.Locator("#code-title").InnerTextAsync()).Trim());

        // The first party cancels; the waiting party is offered the seats and takes them.
        await other.GotoAsync(App.BaseAddress + "litija/uk/events/registration");
        await other.GetByLabel(App.Text("uk", "Events.Form.Code"), new() { Exact = true }).FillAsync(first);
        await other.Locator("main form button[type=submit]").ClickAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = App.Text("uk", "Events.CancelRegistration"), Exact = true }).ClickAsync();

        await waiting.GotoAsync(App.BaseAddress + "litija/ar/events/registration");
        Assert.Equal("rtl", await waiting.Locator("html").GetAttributeAsync("dir"));
        await waiting.GetByLabel(App.Text("ar", "Events.Form.Code"), new() { Exact = true }).FillAsync(waitingCode);
        await waiting.Locator("main form button[type=submit]").ClickAsync();
        Assert.Contains(App.Text("ar", "Events.Status.Offered"), await waiting.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(waiting);
        await waiting.GetByRole(AriaRole.Button, new() { Name = App.Text("ar", "Events.Accept"), Exact = true }).ClickAsync();
        Assert.Equal(App.Text("ar", "Events.Notice.Accepted"), (await waiting.Locator("p.ok").InnerTextAsync()).Trim());
        Assert.Contains(App.Text("ar", "Events.Status.Confirmed"), await waiting.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePublicAndTheOrganisersEventPages_PassAxe_InSlovenianUkrainianAndArabic()
    {
        var violations = new List<string>();
        await OpenAsync("/litija/sl/events");
        var eventPath = new Uri(App.BaseAddress, await Page.Locator("main a.title").First.GetAttributeAsync("href")).AbsolutePath;
        await Page.GotoAsync(App.BaseAddress + eventPath.TrimStart('/'));
        var registerPath = new Uri(App.BaseAddress, await Page.Locator("ul.dates a.button").First.GetAttributeAsync("href")).AbsolutePath;
        foreach (var language in new[] { "sl", "uk", "ar" })
        {
            foreach (var path in new[] { "events", "events?view=month", eventPath.Replace("/litija/sl/", "", StringComparison.Ordinal), registerPath.Replace("/litija/sl/", "", StringComparison.Ordinal), "events/registration" })
            {
                await OpenAsync($"/litija/{language}/{path}");
                Assert.Equal(language == "ar" ? "rtl" : "ltr", await HtmlAttributeAsync("dir"));
                violations.AddRange((await Axe.ViolationsAsync(Page)).Select(v => $"{language} {path}: {v}"));
            }
        }

        // The organiser (Geoss's org-editor) and the workshop's pages.
        var signIn = new SignInPage(Page, App, "litija", "sl");
        await signIn.OpenAsync();
        await signIn.SignInAsync(Editor, DemoPassword);
        await Page.WaitForURLAsync(App.BaseAddress + "litija/sl/manage");
        await OpenAsync("/litija/sl/manage/events");
        var edit = new Uri(App.BaseAddress, await Page.Locator("main table a").First.GetAttributeAsync("href")).AbsolutePath.Replace("/litija/sl/", "", StringComparison.Ordinal);
        foreach (var language in new[] { "sl", "uk", "ar" })
        {
            foreach (var path in new[] { "manage/events", edit, edit + "/dates", "manage/events/new" })
            {
                await OpenAsync($"/litija/{language}/{path}");
                violations.AddRange((await Axe.ViolationsAsync(Page)).Select(v => $"{language} {path}: {v}"));
            }

            await OpenAsync($"/litija/{language}/{edit}/dates");
            var attendance = Page.Locator("main a[href*='/dates/']").First;
            await attendance.ClickAsync();
            violations.AddRange((await Axe.ViolationsAsync(Page)).Select(v => $"{language} attendance: {v}"));
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
