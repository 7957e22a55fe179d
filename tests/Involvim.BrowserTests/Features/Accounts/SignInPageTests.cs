using Involvim.BrowserTests.Infrastructure;

namespace Involvim.BrowserTests.Features.Accounts;

public sealed class SignInPageTests(BrowserFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("sl", "ltr")]
    [InlineData("en", "ltr")]
    [InlineData("uk", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task SignInPage_InEachLanguage_HasLabelledFieldsAndNoAxeViolations(string language, string direction)
    {
        var signIn = new SignInPage(Page, App, "litija", language);
        await signIn.OpenAsync();

        Assert.Equal(language, await HtmlAttributeAsync("lang"));
        Assert.Equal(direction, await HtmlAttributeAsync("dir"));
        Assert.Equal("Input.Email", await signIn.Email.GetAttributeAsync("name"));
        Assert.Equal("Input.Password", await signIn.Password.GetAttributeAsync("name"));
        Assert.True(await signIn.Submit.IsVisibleAsync());
        await Axe.AssertNoViolationsAsync(Page);
    }
}
