using Involvim.BrowserTests.Features.Accounts;
using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using OtpNet;

namespace Involvim.BrowserTests.Features.Help;

/// <summary>
/// The whole help journey in real Chromium with axe, in Ukrainian, Slovenian and Arabic: a newcomer asks and follows
/// it with the code, the coordinator offers it from the explained ranking, the volunteer accepts and completes it, the
/// newcomer gives feedback.
/// </summary>
public sealed class HelpJourneyTests(BrowserFixture app) : BrowserTest(app)
{
    private const string Coordinator = "coordinator@litija.example";
    private const string Volunteer = "volunteer@litija.example";
    private const string DemoPassword = "demo-involvim-2026";

    private async Task<string> AskAsync(IPage page, string language, string category, string description, string second, List<string> axe)
    {
        string T(string key, params object[] arguments) => App.Text(language, key, arguments);
        Assert.Equal(200, (await page.GotoAsync($"/litija/{language}/help"))?.Status);
        axe.AddRange(await Axe.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = T("Help.New.Title") }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/help/new", StringComparison.Ordinal));
        axe.AddRange(await Axe.ViolationsAsync(page));
        await page.GetByLabel(T("Help.Field.Category"), new() { Exact = true }).SelectOptionAsync(category);
        await page.GetByLabel(T("Help.Field.Description"), new() { Exact = true }).FillAsync(description);
        await page.GetByLabel(T("Help.Field.Language2"), new() { Exact = true }).SelectOptionAsync(second);
        foreach (var slot in new[] { "mon-evening", "tue-evening", "wed-evening" })
        {
            await page.Locator($"input[name='Input.Times'][value='{slot}']").CheckAsync();
        }

        await page.Locator("#Input_Consent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = T("Help.New.Submit"), Exact = true }).ClickAsync();
        var code = (await page.Locator(".code strong").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$", code);
        Assert.DoesNotContain(code, page.Url, StringComparison.Ordinal);
        axe.AddRange(await Axe.ViolationsAsync(page));
        return code;
    }

    private async Task TrackAsync(IPage page, string language, string code, List<string> axe)
    {
        Assert.Equal(200, (await page.GotoAsync($"/litija/{language}/help/track"))?.Status);
        await page.GetByLabel(App.Text(language, "Help.Track.Code"), new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = App.Text(language, "Help.Track.Find"), Exact = true }).ClickAsync();
        await page.Locator("dl.facts").WaitForAsync();
        Assert.DoesNotContain(code, page.Url, StringComparison.Ordinal);
        axe.AddRange(await Axe.ViolationsAsync(page));
    }

    private async Task<IPage> SignInCoordinatorAsync(IBrowserContext context, string language)
    {
        var secret = await App.EnableTwoStepSignInAsync(Coordinator);
        var staff = await context.NewPageAsync();
        var signIn = new SignInPage(staff, App, "litija", language);
        await signIn.OpenAsync();
        await signIn.SignInAsync(Coordinator, DemoPassword);
        await staff.WaitForURLAsync(url => url.Contains("/account/signin/two-factor", StringComparison.Ordinal));
        await staff.GetByLabel(App.Text(language, "Account.TwoFactor.Code"), new() { Exact = true }).FillAsync(new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp());
        await staff.GetByRole(AriaRole.Button, new() { Name = App.Text(language, "Account.SignIn.Submit"), Exact = true }).ClickAsync();
        await staff.WaitForURLAsync(App.BaseAddress + $"litija/{language}/manage");
        return staff;
    }

    private async Task<IPage> SignInVolunteerAsync(IBrowserContext context, string language)
    {
        var volunteer = await context.NewPageAsync();
        var signIn = new SignInPage(volunteer, App, "litija", language);
        await signIn.OpenAsync();
        await signIn.SignInAsync(Volunteer, DemoPassword);
        await volunteer.WaitForURLAsync(App.BaseAddress + $"litija/{language}/volunteer");
        return volunteer;
    }

    /// <summary>The volunteer and coordinator pages around the journey: sign-up, profile, approvals, a volunteer's profile for the coordinator, help settings.</summary>
    [Theory]
    [InlineData("sl")]
    [InlineData("uk")]
    [InlineData("ar")]
    public async Task VolunteerAndCoordinatorPages_PassAxe(string language)
    {
        var axe = new List<string>();
        async Task CheckAsync(IPage page, string path, string heading)
        {
            Assert.Equal(200, (await page.GotoAsync($"/litija/{language}/{path}"))?.Status);
            Assert.Equal(App.Text(language, heading), (await page.Locator("h1").InnerTextAsync()).Trim());
            Assert.Equal(language == "ar" ? "rtl" : "ltr", await page.Locator("html").GetAttributeAsync("dir"));
            axe.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        await CheckAsync(Page, "volunteer/join", "Volunteer.Join.Title");
        await using (await App.LeaseAccountAsync(Volunteer))
        {
            await using var context = await App.NewContextAsync();
            await CheckAsync(await SignInVolunteerAsync(context, language), "volunteer/profile", "Volunteer.Profile.Title");
        }

        await using (await App.LeaseAccountAsync(Coordinator))
        {
            await using var context = await App.NewContextAsync();
            var staff = await SignInCoordinatorAsync(context, language);
            await CheckAsync(staff, "manage/volunteers", "ManageVolunteers.Title");
            await staff.Locator("table a[href*='/manage/volunteers/']").First.ClickAsync();
            await staff.WaitForURLAsync(url => url.Contains("/manage/volunteers/", StringComparison.Ordinal));
            axe.AddRange((await Axe.ViolationsAsync(staff)).Select(v => $"manage/volunteers/{{id}}: {v}"));
            await CheckAsync(staff, "manage/help/settings", "ManageHelp.Settings.Title");
        }

        Assert.Empty(axe);
    }

    /// <summary>Every person in the journey uses the same language, so each page of it is checked in it (and in RTL).</summary>
    [Theory]
    [InlineData("uk", "Потрібно поїхати в Любляну до адміністративного відділу, не знаю, як доїхати потягом.", "Любляну")]
    [InlineData("sl", "Potrebujem pomoč, kako priti z vlakom v Ljubljano na upravno enoto.", "vlakom")]
    [InlineData("ar", "أحتاج إلى الذهاب بالقطار إلى ليوبليانا، إلى الوحدة الإدارية، ولا أعرف الطريق.", "ليوبليانا")]
    public async Task NewcomerAsks_CoordinatorOffers_VolunteerAcceptsAndCompletes_NewcomerGivesFeedback(string language, string description, string keyword)
    {
        string T(string key, params object[] arguments) => App.Text(language, key, arguments);
        var axe = new List<string>();

        var code = await AskAsync(Page, language, "transport", description, language == "sl" ? "en" : "sl", axe);
        Assert.Equal(language == "ar" ? "rtl" : "ltr", await HtmlAttributeAsync("dir"));
        await TrackAsync(Page, language, code, axe);
        Assert.Contains(T("HelpStatus.New"), await Page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);

        // The coordinator (two-step sign-in) finds it in the queue and offers it to Luka from the explained ranking.
        await using (await App.LeaseAccountAsync(Coordinator))
        {
            await using var context = await App.NewContextAsync();
            var staff = await SignInCoordinatorAsync(context, language);
            Assert.Equal(200, (await staff.GotoAsync($"/litija/{language}/manage/help?status=new&category=transport"))?.Status);
            axe.AddRange(await Axe.ViolationsAsync(staff));
            await staff.Locator("table a[href*='/manage/help/']").First.ClickAsync();
            await staff.Locator("td.why").First.WaitForAsync();
            Assert.Contains(T("Match.Skill"), await staff.Locator("td.why").AllInnerTextsAsync() is var lines ? string.Join("\n", lines) : "", StringComparison.Ordinal);
            axe.AddRange(await Axe.ViolationsAsync(staff));
            await staff.GetByLabel(T("ManageHelp.OfferTo", "Luka Prostovoljec"), new() { Exact = true }).CheckAsync();
            await staff.GetByRole(AriaRole.Button, new() { Name = T("ManageHelp.OfferSelected"), Exact = true }).ClickAsync();
            Assert.Equal(T("ManageHelp.Offered"), (await staff.Locator("p[role=status]").InnerTextAsync()).Trim());
        }

        // The volunteer accepts and, after the task, marks it done with the hours.
        await using (await App.LeaseAccountAsync(Volunteer))
        {
            await using var context = await App.NewContextAsync();
            var volunteer = await SignInVolunteerAsync(context, language);
            axe.AddRange(await Axe.ViolationsAsync(volunteer));
            if (language == "ar")
            {
                Assert.Equal("rtl", await volunteer.Locator("html").GetAttributeAsync("dir"));
            }

            var card = volunteer.Locator("article.card").Filter(new() { HasText = keyword });
            await card.GetByRole(AriaRole.Button, new() { Name = T("Volunteer.Accept"), Exact = true }).ClickAsync();
            Assert.Equal(T("Volunteer.Accepted"), (await volunteer.Locator("p[role=status]").InnerTextAsync()).Trim());
            await volunteer.GetByRole(AriaRole.Link, new() { Name = T("Category.transport"), Exact = true }).Last.ClickAsync(); // the newest task (the demo has another)
            axe.AddRange(await Axe.ViolationsAsync(volunteer));
            await volunteer.GetByLabel(T("Volunteer.Task.Hours"), new() { Exact = true }).FillAsync("2");
            await volunteer.GetByRole(AriaRole.Button, new() { Name = T("Volunteer.MarkDone"), Exact = true }).ClickAsync();
            Assert.Equal(T("Volunteer.Completed"), (await volunteer.Locator("p[role=status]").InnerTextAsync()).Trim());
        }

        // The newcomer sees it done and says it helped.
        await TrackAsync(Page, language, code, axe);
        Assert.Contains(T("HelpStatus.Done"), await Page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        await Page.GetByLabel(T("Help.Feedback.helped"), new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = T("Help.Track.SendFeedback"), Exact = true }).ClickAsync();
        Assert.Equal(T("Help.Track.Thanks"), (await Page.Locator("p[role=status]").InnerTextAsync()).Trim());
        axe.AddRange(await Axe.ViolationsAsync(Page));
        Assert.Empty(axe);
    }
}
