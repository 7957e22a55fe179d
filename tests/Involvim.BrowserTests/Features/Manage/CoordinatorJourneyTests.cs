using System.Text.RegularExpressions;
using Involvim.BrowserTests.Features.Accounts;
using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using OtpNet;

namespace Involvim.BrowserTests.Features.Manage;

/// <summary>The "done when" journey of the foundation: a coordinator's first sign-in to a saved, audited change.</summary>
public sealed partial class CoordinatorJourneyTests(BrowserFixture app) : BrowserTest(app)
{
    private const string Language = "sl";
    private const string Coordinator = "coordinator@litija.example";
    private const string DemoPassword = "demo-involvim-2026";

    [Fact]
    public async Task Coordinator_FirstSignIn_SetsUpTwoStepSignInAndChangesRegionSettingsWithAuditEntry()
    {
        var axe = new List<string>();
        string T(string key, params object[] arguments) => App.Text(Language, key, arguments);

        // Other tests sign the coordinator in too (and may have turned two-step sign-in on): hold the account and
        // start from a real first sign-in.
        await using var lease = await App.LeaseAccountAsync(Coordinator);
        await App.ResetTwoStepSignInAsync(Coordinator);

        // Sign in: a coordinator without two-step sign-in is sent to set it up.
        var signIn = new SignInPage(Page, App, "litija", Language);
        await signIn.OpenAsync();
        await signIn.SignInAsync(Coordinator, DemoPassword);
        await Page.WaitForURLAsync(TwoFactorSetupPattern());
        axe.AddRange(await Axe.ViolationsAsync(Page));

        // Two-step set-up with a code computed from the shown key.
        var shownKey = await Page.Locator("#shared-key").TextContentAsync() ?? "";
        var secret = shownKey.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        Assert.Matches("^[A-Z2-7]+$", secret);
        var code = new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp();
        var codeField = Page.GetByLabel(T("Account.TwoFactor.Code"), new() { Exact = true });
        Assert.Equal("Code", await codeField.GetAttributeAsync("name"));
        await codeField.FillAsync(code);
        await Page.GetByRole(AriaRole.Button, new() { Name = T("Account.TwoFactor.Confirm"), Exact = true }).ClickAsync();

        Assert.Equal(T("Account.TwoFactor.EnabledNow"), (await Page.GetByRole(AriaRole.Status).TextContentAsync())?.Trim());
        Assert.Equal(10, await Page.Locator("main ul.mono li").CountAsync());
        var next = Page.GetByRole(AriaRole.Link, new() { Name = T("Common.Continue"), Exact = true });
        Assert.Equal("button", await next.GetAttributeAsync("class"));
        await next.ClickAsync();

        // Manage dashboard, then region settings.
        await Page.WaitForURLAsync(App.BaseAddress + $"litija/{Language}/manage");
        await Page.GetByRole(AriaRole.Link, new() { Name = T("Manage.Settings.Title") }).ClickAsync();
        await Page.WaitForURLAsync(App.BaseAddress + $"litija/{Language}/manage/settings");

        const string newPhone = "+386 1 896 34 00";
        var phone = Page.GetByLabel(T("Manage.Settings.ContactPhone"), new() { Exact = true });
        Assert.Equal("Input.ContactPhone", await phone.GetAttributeAsync("name"));
        Assert.NotEqual(newPhone, await phone.InputValueAsync());
        await phone.FillAsync(newPhone);
        await Page.GetByRole(AriaRole.Button, new() { Name = T("Common.Save"), Exact = true }).ClickAsync();

        await Page.WaitForURLAsync(SavedPattern());
        Assert.Equal(T("Manage.Settings.Saved"), (await Page.GetByRole(AriaRole.Status).TextContentAsync())?.Trim());
        Assert.Equal(newPhone, await Page.GetByLabel(T("Manage.Settings.ContactPhone"), new() { Exact = true }).InputValueAsync());
        axe.AddRange(await Axe.ViolationsAsync(Page)); // the whole settings form, with its status message

        // The public home shows the new number.
        await OpenAsync($"/litija/{Language}/");
        Assert.Equal(1, await Page.Locator($"a[href=\"tel:{newPhone.Replace(" ", "", StringComparison.Ordinal)}\"]").CountAsync());

        // The audit log has the change.
        await OpenAsync($"/litija/{Language}/manage");
        await Page.GetByRole(AriaRole.Link, new() { Name = T("Manage.Audit.Title") }).ClickAsync();
        await Page.WaitForURLAsync(App.BaseAddress + $"litija/{Language}/manage/audit");
        // In words, by name ("Mojca Koordinatorka changed the region settings"), with the code and details on demand.
        var change = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = T("Audit.Action.region.settings.updated", "Mojca Koordinatorka", "") });
        Assert.Equal(1, await change.CountAsync());
        await change.Locator("summary").ClickAsync();
        var details = await change.Locator("details").InnerTextAsync();
        Assert.Contains("region.settings.updated", details, StringComparison.Ordinal);
        Assert.Contains("{\"changed\":[\"contactPhone\"]}", details, StringComparison.Ordinal);
        axe.AddRange(await Axe.ViolationsAsync(Page));

        Assert.True(axe.Count == 0, "axe found violations on staff pages:\n" + string.Join("\n", axe));
    }

    [GeneratedRegex(@"/litija/sl/account/two-factor\?returnUrl=")]
    private static partial Regex TwoFactorSetupPattern();

    [GeneratedRegex(@"/litija/sl/manage/settings\?saved=true$")]
    private static partial Regex SavedPattern();
}
