using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Involvim.BrowserTests.Features.Accounts;

/// <summary>The sign-in page of a region, found by its localized labels.</summary>
public sealed class SignInPage(IPage page, BrowserFixture app, string region, string language)
{
    public string Path => $"/{region}/{language}/account/signin";

    public ILocator Email => page.GetByLabel(app.Text(language, "Account.Email"), new() { Exact = true });

    public ILocator Password => page.GetByLabel(app.Text(language, "Account.Password"), new() { Exact = true });

    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = app.Text(language, "Account.SignIn.Submit"), Exact = true });

    public async Task OpenAsync()
    {
        var response = await page.GotoAsync(Path);
        Assert.Equal(200, response?.Status);
    }

    public async Task SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
    }
}
