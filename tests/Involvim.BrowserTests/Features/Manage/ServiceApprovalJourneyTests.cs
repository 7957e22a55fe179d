using System.Text.Json;
using System.Text.RegularExpressions;
using Involvim.BrowserTests.Features.Accounts;
using Involvim.BrowserTests.Features.Directory;
using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using OtpNet;

namespace Involvim.BrowserTests.Features.Manage;

/// <summary>An org-editor's change waits for a coordinator; readers see it only once it is approved.</summary>
public sealed partial class ServiceApprovalJourneyTests(BrowserFixture app) : BrowserTest(app)
{
    private const string Language = "sl";
    private const string Editor = "editor@litija.example";
    private const string Coordinator = "coordinator@litija.example";
    private const string DemoPassword = "demo-involvim-2026";

    [Fact]
    public async Task OrgEditorProposesNewName_CoordinatorApproves_PublicPageAndSearchShowIt()
    {
        var axe = new List<string>();
        string T(string key, params object[] arguments) => App.Text(Language, key, arguments);
        var oldName = DemoServices.Title("tecaj-slovenscine", Language);
        var newName = oldName + " – večerna skupina";

        // The org-editor signs in and opens the service from the staff list.
        var signIn = new SignInPage(Page, App, "litija", Language);
        await signIn.OpenAsync();
        await signIn.SignInAsync(Editor, DemoPassword);
        await Page.WaitForURLAsync(App.BaseAddress + $"litija/{Language}/manage");
        await OpenAsync($"/litija/{Language}/manage/services");
        await Page.GetByRole(AriaRole.Link, new() { Name = oldName, Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => EditPage().IsMatch(url));
        var id = Guid.Parse(EditPage().Match(Page.Url).Groups["id"].Value);

        // Slovenian text, new name, sent for approval.
        await OpenAsync($"/litija/{Language}/manage/services/{id}?text={Language}");
        var form = Page.Locator("form[action*='handler=Save']");
        Assert.Equal(1, await form.CountAsync());
        var name = form.GetByLabel(T("ManageServices.Name"), new() { Exact = true });
        Assert.Equal("Form.Name", await name.GetAttributeAsync("name"));
        Assert.Equal(oldName, await name.InputValueAsync());
        Assert.True(await form.Locator("input[name='Form.Categories'][value='language-learning']").IsCheckedAsync());
        axe.AddRange(await Axe.ViolationsAsync(Page));
        await name.FillAsync(newName);
        await form.GetByRole(AriaRole.Button, new() { Name = T("ManageServices.Propose"), Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("done=proposed", StringComparison.Ordinal));
        Assert.Equal(T("ManageServices.Done.proposed"), (await Page.Locator("p[role=status]").InnerTextAsync()).Trim());
        // The proposal shows field by field: the name, now and proposed.
        Assert.Equal(newName, (await Page.Locator($"[role=status] table.changes ins[lang={Language}]").First.InnerTextAsync()).Trim());
        Assert.Equal(oldName, (await Page.Locator($"[role=status] table.changes del[lang={Language}]").First.InnerTextAsync()).Trim());
        Assert.Equal(0, await Page.GetByRole(AriaRole.Button, new() { Name = T("ManageServices.Approve"), Exact = true }).CountAsync());

        // A reader still sees the published name, and search does not know the new one.
        await using var visitor = await App.NewContextAsync();
        var reader = await visitor.NewPageAsync();
        var publicPath = $"/litija/{Language}/services/{id}";
        Assert.Equal(200, (await reader.GotoAsync(publicPath))?.Status);
        Assert.Equal(oldName, (await reader.Locator("main h1").InnerTextAsync()).Trim());
        var before = await SearchApiAsync(visitor, "večerna"); // "zvečer" in the description may match: but not the new name
        Assert.DoesNotContain(before, hit => hit.Title == newName);
        Assert.All(before.Where(hit => hit.Id == id), hit => Assert.Equal(oldName, hit.Title));

        // The coordinator (two-step sign-in) approves the change from the pending list.
        await using (await App.LeaseAccountAsync(Coordinator))
        {
            var secret = await App.EnableTwoStepSignInAsync(Coordinator);
            await using var coordinatorContext = await App.NewContextAsync();
            var staff = await coordinatorContext.NewPageAsync();
            var coordinatorSignIn = new SignInPage(staff, App, "litija", Language);
            await coordinatorSignIn.OpenAsync();
            await coordinatorSignIn.SignInAsync(Coordinator, DemoPassword);
            await staff.WaitForURLAsync(url => url.Contains($"/litija/{Language}/account/signin/two-factor", StringComparison.Ordinal));
            await staff.GetByLabel(T("Account.TwoFactor.Code"), new() { Exact = true }).FillAsync(new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp());
            await staff.GetByRole(AriaRole.Button, new() { Name = T("Account.SignIn.Submit"), Exact = true }).ClickAsync();
            await staff.WaitForURLAsync(App.BaseAddress + $"litija/{Language}/manage");

            Assert.Equal(200, (await staff.GotoAsync($"/litija/{Language}/manage/services?show=pending"))?.Status);
            var row = staff.GetByRole(AriaRole.Row).Filter(new() { HasText = oldName });
            Assert.Equal(1, await row.CountAsync());
            Assert.Equal(1, await row.GetByText(T("ManageServices.HasProposal"), new() { Exact = true }).CountAsync());
            axe.AddRange(await Axe.ViolationsAsync(staff));
            await row.GetByRole(AriaRole.Link, new() { Name = oldName, Exact = true }).ClickAsync();
            await staff.WaitForURLAsync(url => EditPage().IsMatch(url));
            Assert.Equal(newName, (await staff.Locator($"[role=status] table.changes ins[lang={Language}]").First.InnerTextAsync()).Trim());
            Assert.Contains("Ana Urednica", await staff.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
            await staff.GetByRole(AriaRole.Button, new() { Name = T("ManageServices.Approve"), Exact = true }).ClickAsync();
            await staff.WaitForURLAsync(url => url.Contains("done=approved", StringComparison.Ordinal));
            Assert.Equal(T("ManageServices.Done.approved"), (await staff.Locator("p[role=status]").InnerTextAsync()).Trim());
            Assert.Equal(newName, await staff.GetByLabel(T("ManageServices.Name"), new() { Exact = true }).InputValueAsync());
        }

        // The reader now sees the new name, on the service page and in search.
        Assert.Equal(200, (await reader.GotoAsync(publicPath))?.Status);
        Assert.Equal(newName, (await reader.Locator("main h1").InnerTextAsync()).Trim());
        var services = new ServicesPage(reader, App, "litija", Language);
        await services.OpenAsync();
        await services.SearchAsync("večerna");
        var titles = await services.TitlesAsync();
        Assert.True(titles.Count > 0 && titles[0] == newName, $"The first result for 'večerna' is not '{newName}': {string.Join(" | ", titles)}");
        var hits = await SearchApiAsync(visitor, "večerna");
        Assert.True(hits.Count > 0 && hits[0].Id == id && hits[0].Title == newName, $"The search API does not answer '{newName}' first: {string.Join(" | ", hits)}");

        Assert.True(axe.Count == 0, "axe found violations on staff pages:\n" + string.Join("\n", axe));
    }

    /// <summary>The region's search API, as any client calls it.</summary>
    private async Task<IReadOnlyList<(Guid Id, string Title)>> SearchApiAsync(IBrowserContext context, string query)
    {
        var response = await context.APIRequest.GetAsync($"{App.BaseAddress}api/v1/regions/litija/search?q={Uri.EscapeDataString(query)}&lang={Language}");
        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("id").GetGuid(), r.GetProperty("title").GetString() ?? ""))
            .ToList();
    }

    [GeneratedRegex("/litija/sl/manage/services/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\\?|$)")]
    private static partial Regex EditPage();
}
