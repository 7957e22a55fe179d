using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Listings;

/// <summary>The public directory pages on the demo data: lists, filters, details, guides; bad input and other regions.</summary>
public sealed class DirectoryPagesTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private InvolvimApp App => fixture.App;

    private Task<Guid> ServiceIdAsync(string slovenianName) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ServiceTranslations.Where(t => t.Language == "sl" && t.Name == slovenianName).Select(t => t.ServiceId).SingleAsync());

    [Fact]
    public async Task ServiceList_ShowsPagesOfTwentyWithOpeningAndLanguages()
    {
        var page = Forms.Parse(await App.Anonymous().GetStringAsync("/litija/sl/services"));
        Assert.Equal(20, page.QuerySelectorAll("ol.results > li").Length);
        Assert.NotNull(page.QuerySelector("nav.pager a[rel=next]"));
        Assert.NotEmpty(page.QuerySelectorAll("ol.results .open, ol.results .closed"));
        var second = Forms.Parse(await App.Anonymous().GetStringAsync("/litija/sl/services?p=2"));
        Assert.NotEqual(page.QuerySelector("ol.results a.title")!.TextContent, second.QuerySelector("ol.results a.title")!.TextContent);
    }

    [Fact]
    public async Task ServiceList_CategoryAndFreeFilters_OnlyMatchingServices()
    {
        var page = Forms.Parse(await App.Anonymous().GetStringAsync("/litija/en/services?category=housing&free=true"));
        var links = page.QuerySelectorAll("ol.results a.title").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            foreach (var href in links)
            {
                var id = Guid.Parse(href.Split('/')[^1]);
                var service = await db.Services.IgnoreQueryFilters().SingleAsync(s => s.Id == id);
                Assert.Contains("housing", service.Categories);
                Assert.True(service.IsFree);
            }
        });
    }

    [Fact]
    public async Task ServiceList_OpenNow_ShowsOnlyOpenServices()
    {
        var page = Forms.Parse(await App.Anonymous().GetStringAsync("/litija/en/services?open=true"));
        Assert.Empty(page.QuerySelectorAll("ol.results .closed"));
        Assert.Equal(page.QuerySelectorAll("ol.results > li").Length, page.QuerySelectorAll("ol.results .open").Length);
    }

    [Fact]
    public async Task ServiceList_SearchInUkrainian_FindsHousingFirst()
    {
        var page = Forms.Parse(await App.Anonymous().GetStringAsync("/litija/uk/services?q=" + Uri.EscapeDataString("житло")));
        Assert.Equal("Допомога з пошуком житла", page.QuerySelector("ol.results a.title")!.TextContent);
    }

    [Theory]
    [InlineData("?category=flying-saucers")]
    [InlineData("?p=-5")]
    [InlineData("?p=abc")]
    [InlineData("?language=klingon")]
    [InlineData("?open=maybe")]
    public async Task ServiceList_BadParameters_AreHandledNot500(string query)
    {
        var response = await App.Anonymous().GetAsync("/litija/en/services" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ServiceList_QueryTooLong_SaysSoAndStillAnswers()
    {
        var page = Forms.Parse(await App.Anonymous().GetStringAsync("/litija/en/services?q=" + new string('a', 500)));
        Assert.NotNull(page.QuerySelector(".error-box"));
    }

    [Fact]
    public async Task ServiceDetail_ShowsHoursAddressMapLinkAndShare()
    {
        var id = await ServiceIdAsync("Pomoč pri iskanju stanovanja");
        var page = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/ar/services/{id}"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.NotNull(page.QuerySelector("table.hours"));
        Assert.StartsWith("https://www.openstreetmap.org/", page.QuerySelector(".place a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith($"/litija/ar/services/{id}", page.QuerySelector("#share-url")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("iframe, img[src^=http], script"));
    }

    [Fact]
    public async Task ServiceDetail_OfAnotherRegionOrUnknown_Is404()
    {
        var id = await ServiceIdAsync("Pomoč pri iskanju stanovanja");
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync($"/louth/en/services/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync($"/litija/en/services/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync("/litija/en/services/not-a-guid")).StatusCode);
    }

    [Fact]
    public async Task ServiceDetail_NotPublished_Is404()
    {
        var id = await ServiceIdAsync("Pomoč pri iskanju stanovanja");
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var copy = await db.Services.IgnoreQueryFilters().Include(s => s.Translations).SingleAsync(s => s.Id == id);
            var draft = new ServiceListing { RegionId = copy.RegionId, OrganizationId = copy.OrganizationId, Status = PublicationStatus.Draft, Categories = ["housing"], Languages = ["sl"] };
            draft.Translations.Add(new ServiceTranslation { ServiceId = draft.Id, Language = "sl", Name = "Osnutek" });
            db.Services.Add(draft);
            await db.SaveChangesAsync();
            Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync($"/litija/sl/services/{draft.Id}")).StatusCode);
        });
    }

    [Fact]
    public async Task Guides_TreeAndPage_RenderSanitizedMarkdown()
    {
        var tree = Forms.Parse(await App.Anonymous().GetStringAsync("/litija/uk/guides"));
        var first = tree.QuerySelector("ul.tree a")!.GetAttribute("href")!;
        var page = Forms.Parse(await App.Anonymous().GetStringAsync(first));
        Assert.NotNull(page.QuerySelector("article h1"));
        Assert.NotNull(page.QuerySelector(".prose"));
        Assert.Empty(page.QuerySelectorAll(".prose script, .prose img, .prose [style]"));
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync("/litija/uk/guides/no-such-guide")).StatusCode);
    }

    [Fact]
    public async Task Organization_ListsItsServices()
    {
        var id = await ServiceIdAsync("Tečaj slovenščine za odrasle");
        var service = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/en/services/{id}"));
        var organization = service.QuerySelector("p.org a")!.GetAttribute("href")!;
        var response = await App.Anonymous().GetAsync(organization);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{organization}: {(int)response.StatusCode}");
        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(page.QuerySelectorAll("main ul li a"), a => a.GetAttribute("href") == $"/litija/en/services/{id}");
    }

    [Theory]
    [InlineData("/litija/sl/services")]
    [InlineData("/litija/ar/services?q=%D8%B3%D9%83%D9%86")]
    [InlineData("/litija/uk/guides")]
    public async Task DirectoryPages_StayUnder14Kilobytes(string path)
    {
        var client = App.Anonymous();
        var html = await client.GetStringAsync(path);
        var css = await client.GetStringAsync("/css/site.css");
        var size = Compressed(html) + Compressed(css);
        Assert.True(size < 14 * 1024, $"{path}: {size} bytes");
    }

    private static int Compressed(string text)
    {
        using var output = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return (int)output.Length;
    }
}
