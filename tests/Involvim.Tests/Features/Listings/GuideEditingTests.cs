using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Listings;

public sealed class GuideEditingTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private InvolvimApp App => fixture.App;

    [Fact]
    public async Task Coordinator_WritesAGuide_ItIsPublicAndSearchable()
    {
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var slug = "bike-repair-" + Guid.NewGuid().ToString("N")[..4];
        var response = await Forms.SaveAsync(coordinator, "/litija/en/manage/guides/new",
            ("Form.Slug", slug), ("Form.Title", "Where to repair a bicycle"), ("Form.Body", "## Repair\n\nAsk at the **library**: [info](https://www.litija.si)."));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join('\n', App.ServerErrors.Errors));
        var page = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/en/guides/{slug}"));
        Assert.Equal("Where to repair a bicycle", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("noopener noreferrer", page.QuerySelector(".prose a")!.GetAttribute("rel"));
        var search = await App.Anonymous().GetStringAsync("/api/v1/regions/litija/search?lang=en&q=bicycle");
        Assert.Contains(slug, search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptInMarkdown_IsRefusedWithAMessage_AndNothingStored()
    {
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var before = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Guides.IgnoreQueryFilters().CountAsync());
        var response = await Forms.SaveAsync(coordinator, "/litija/en/manage/guides/new",
            ("Form.Slug", "evil-page"), ("Form.Title", "Evil"), ("Form.Body", "Hello <script>alert('x')</script>"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("true", Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#Form_Body")!.GetAttribute("aria-invalid"));
        Assert.Equal(before, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Guides.IgnoreQueryFilters().CountAsync()));
    }

    [Theory]
    [InlineData("Bad Slug!")]
    [InlineData("-dash")]
    public async Task BadSlug_IsRefused(string slug)
    {
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var response = await Forms.SaveAsync(coordinator, "/litija/en/manage/guides/new", ("Form.Slug", slug), ("Form.Title", "x"), ("Form.Body", "y"));
        Assert.Equal("true", Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#Form_Slug")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Editor_ProposesAPage_CoordinatorApproves()
    {
        var editor = await App.SignInAsync("editor@litija.example");
        var slug = "geoss-workshops-" + Guid.NewGuid().ToString("N")[..4];
        var proposed = await Forms.SaveAsync(editor, "/litija/en/manage/guides/new", ("Form.Slug", slug), ("Form.Title", "Geoss workshops"), ("Form.Body", "Workshops on Tuesdays."));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync($"/litija/en/guides/{slug}")).StatusCode);

        var edit = proposed.Headers.Location!.OriginalString.Split('?')[0];
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var token = Forms.Token(await coordinator.GetStringAsync(edit));
        var approved = await coordinator.PostAsync(edit + "?handler=Approve", new FormUrlEncodedContent([KeyValuePair.Create(Forms.AntiforgeryField, token)]));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await App.Anonymous().GetAsync($"/litija/en/guides/{slug}")).StatusCode);
    }

    [Fact]
    public async Task Editor_CannotEditTheRegionsOwnPages()
    {
        var regionPage = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Guides.IgnoreQueryFilters().Where(g => g.OrganizationId == null).Select(g => g.Id).FirstAsync());
        var editor = await App.SignInAsync("editor@litija.example");
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/litija/en/manage/guides/{regionPage}")).StatusCode);
    }
}
