using System.IO.Compression;
using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Infrastructure.Localization;

namespace Involvim.Tests.Features.Pages;

/// <summary>Public pages: languages, routing, the localized 404, page weight and no third-party requests.</summary>
public sealed class PublicPagesTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private InvolvimApp App => fixture.App;

    private string Text(string language, string key, params object[] args) => App.Text(language, key, args);

    public static TheoryData<string> LitijaLanguages() => new("sl", "en", "bs", "sq", "mk", "uk", "ru", "ne", "ar", "fa");

    [Theory]
    [MemberData(nameof(LitijaLanguages))]
    public async Task RegionHome_InEveryLanguage_IsInThatLanguageAndDirection(string language)
    {
        var html = await App.Anonymous().GetStringAsync($"/litija/{language}/");
        var document = Forms.Parse(html);
        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(UiLanguages.Get(language).Direction, document.DocumentElement.GetAttribute("dir"));
        Assert.Contains(Text(language, "Home.Intro"), document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Text(language, "Nav.Services"), document.QuerySelector("nav")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionHome_IntroductionMissingInLanguage_ShowsFallbackNoteAndMarksLanguage()
    {
        // The demo has no Nepali introduction: the Slovenian (region default) text is shown and said so.
        var document = Forms.Parse(await App.Anonymous().GetStringAsync("/litija/ne/"));
        var lead = document.QuerySelector("p.lead")!;
        Assert.Equal("sl", lead.GetAttribute("lang"));
        Assert.Contains(Text("ne", "Content.ShownIn", "Slovenščina"), document.QuerySelector("p.note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionHome_IntroductionInLanguage_ShowsNoFallbackNote()
    {
        var document = Forms.Parse(await App.Anonymous().GetStringAsync("/litija/uk/"));
        Assert.Equal("uk", document.QuerySelector("p.lead")!.GetAttribute("lang"));
        Assert.Null(document.QuerySelector("p.note"));
    }

    [Fact]
    public async Task LanguageSwitcher_KeepsThePageAndShowsEndonyms()
    {
        var document = Forms.Parse(await App.Anonymous().GetStringAsync("/litija/sl/account/signin?returnUrl=%2Flitija%2Fsl%2Fmanage"));
        var links = document.QuerySelectorAll("details.langs a").ToList();
        Assert.Equal(10, links.Count);
        var ukrainian = links.Single(a => a.GetAttribute("lang") == "uk");
        Assert.Equal("/litija/uk/account/signin?returnUrl=%2Flitija%2Fsl%2Fmanage", ukrainian.GetAttribute("href"));
        Assert.Equal("Українська", ukrainian.TextContent);
        Assert.Equal("rtl", links.Single(a => a.GetAttribute("lang") == "ar").GetAttribute("dir"));
        Assert.Equal("true", links.Single(a => a.GetAttribute("lang") == "sl").GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Root_SeveralRegions_OffersEachInTheBrowsersLanguage()
    {
        var response = await App.Anonymous("uk-UA,uk;q=0.9").GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("href=\"/litija/uk/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/louth/uk/\"", html, StringComparison.Ordinal);
        Assert.Contains(Text("uk", "Root.Choose"), Forms.Parse(html).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_LanguageNotOffered_UsesRegionDefault()
    {
        var html = await App.Anonymous("fi").GetStringAsync("/");
        Assert.Contains("href=\"/litija/sl/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/louth/en/\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/nope/sl/", "sl")]
    [InlineData("/nope/uk/services", "uk")]
    [InlineData("/litija/fi/", "sl")]
    [InlineData("/litija/xx/", "sl")]
    [InlineData("/louth/sl/", "en")]
    [InlineData("/litija/ar/no-such-page", "ar")]
    public async Task UnknownRegionLanguageOrPage_IsAFriendlyLocalized404(string path, string language)
    {
        var response = await App.Anonymous().GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode} {response.Headers.Location}");
        var document = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Text(language, "Error.404.Title"), document.QuerySelector("h1")!.TextContent);
    }

    public static TheoryData<string> HomePages() => new("/litija/sl/", "/litija/uk/", "/litija/ar/", "/litija/ne/", "/louth/en/", "/litija/sl/account/signin", "/litija/ar/account/signin",
        "/litija/uk/help", "/litija/ar/help/new", "/litija/uk/help/new", "/litija/ar/help/track", "/litija/sl/volunteer/join",
        "/litija/ar/accessibility", "/litija/uk/services", "/litija/ar/guides", "/litija/uk/events", "/litija/ar/events/registration");

    [Theory]
    [MemberData(nameof(HomePages))]
    public async Task PublicPage_WithStylesheet_IsUnder14KilobytesCompressed(string path)
    {
        var client = App.Anonymous();
        var html = await client.GetStringAsync(path);
        var css = await client.GetStringAsync("/css/site.css");
        var size = Brotli(html) + Brotli(css);
        Assert.True(size < 14 * 1024, $"{path}: {size} bytes compressed (HTML + CSS)");
    }

    [Theory]
    [MemberData(nameof(HomePages))]
    public async Task PublicPage_LoadsNothingFromAnotherOrigin(string path)
    {
        var document = Forms.Parse(await App.Anonymous().GetStringAsync(path));
        var loaded = document.QuerySelectorAll("script[src], link[href]:not([rel=canonical]), img[src], iframe[src], source[src], video[src], audio[src], object[data]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? e.GetAttribute("data") ?? "")
            .ToList();
        Assert.NotEmpty(loaded);
        Assert.All(loaded, url => Assert.True(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal), $"{path} loads {url}"));
        Assert.Empty(document.QuerySelectorAll("script:not([src]), [style], [onclick], [onload]"));
    }

    [Fact]
    public async Task PublicPage_IsServedCompressedWhenAsked()
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");
        var response = await client.GetAsync("/litija/uk/");
        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
    }

    private static int Brotli(string text)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            brotli.Write(bytes);
        }

        return (int)output.Length;
    }
}
