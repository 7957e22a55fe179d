using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Infrastructure.Localization;

namespace Involvim.Tests.Features.Pages;

/// <summary>An error page is in one language from the skip link to the footer: the language of the page that failed.</summary>
public sealed class ErrorPageLanguageTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private string Text(string language, string key, params object[] args) => fixture.App.Text(language, key, args);

    /// <summary>Every UI language: in litija where it offers it, else in louth, else a path outside any region.</summary>
    public static TheoryData<string, string> NotFoundPaths()
    {
        string[] litija = ["sl", "en", "bs", "sq", "mk", "uk", "ru", "ne", "ar", "fa"];
        string[] louth = ["pl", "pt"];
        var data = new TheoryData<string, string>();
        foreach (var language in UiLanguages.All.Select(l => l.Code))
        {
            var path = litija.Contains(language) ? $"/litija/{language}/services/{Guid.NewGuid()}"
                : louth.Contains(language) ? $"/louth/{language}/no-such-page"
                : $"/no-region/{language}/no-such-page";
            data.Add(language, path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NotFoundPaths))]
    public async Task NotFound_ChromeAndHeadingSpeakTheLanguageOfTheFailedPage(string language, string path)
    {
        // A browser asking for another language must not change it.
        var response = await fixture.App.Anonymous(acceptLanguage: language == "de" ? "en" : "de, en;q=0.5").GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(UiLanguages.Get(language).Direction, document.DocumentElement.GetAttribute("dir"));
        Assert.Equal(Text(language, "Error.404.Title"), document.QuerySelector("h1")!.TextContent);
        Assert.Equal(Text(language, "Layout.SkipToContent"), document.QuerySelector("a.skip")!.TextContent);
        Assert.Contains(Text(language, "Common.BackToHome"), document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("uk")]
    [InlineData("sl")]
    public async Task Forbidden_IsInTheLanguageOfThePage(string language)
    {
        var volunteer = await fixture.App.SignInAsync("volunteer@litija.example", language: language);
        var response = await volunteer.GetAsync($"/litija/{language}/manage");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var document = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Text(language, "Error.403.Title"), document.QuerySelector("h1")!.TextContent);
        Assert.Equal(Text(language, "Layout.SkipToContent"), document.QuerySelector("a.skip")!.TextContent);
    }

    [Theory]
    [InlineData("/LITIJA/sl/", "/litija/sl/")]
    [InlineData("/Litija/SL/services?q=tecaj", "/litija/sl/services?q=tecaj")]
    [InlineData("/litija/UK/guides", "/litija/uk/guides")]
    public async Task UpperCaseAddresses_RedirectToTheCanonicalOne(string path, string canonical)
    {
        var response = await fixture.App.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("TRACE", "/litija/sl/")]
    [InlineData("PUT", "/litija/sl/services")]
    [InlineData("DELETE", "/litija/en/account/signin")]
    public async Task Pages_AnswerOtherMethodsWith405(string method, string path)
    {
        var response = await fixture.App.Anonymous().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Api_WrongMethod_Is405ForAnonymousToo()
    {
        var response = await fixture.App.Anonymous().DeleteAsync("/api/v1/regions/litija");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
