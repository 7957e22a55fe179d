using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Involvim.Tests.Support;
using Involvim.Web;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Hsds;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Involvim.Tests.Features.Hsds;

/// <summary>
/// The HSDS read API on real data: every answer validates against the HSDS 3.0 schemas, the filters combine with
/// AND, bad values are 400 and unknown or foreign ids 404, and ?lang= picks the text. The demo may add services of
/// its own, so the assertions look at this test's services (found by id or narrowed by organisation).
/// </summary>
public abstract class HsdsApiTests(AppFixture fixture)
{
    private static readonly ConditionalWeakTable<InvolvimApp, Task<Seeded>> Seeds = [];

    public sealed record Seeded(TestIds Litija, TestIds Louth, Guid Draft);

    private static readonly DateTime Old = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private Task<Seeded> DataAsync() => Seeds.GetValue(fixture.App, SeedAsync);

    /// <summary>Litija in sl and en, one Louth service, one Litija draft; fixed, distinct modification times.</summary>
    private static async Task<Seeded> SeedAsync(InvolvimApp app)
    {
        var litija = new TestIds();
        await HsdsTestData.ImportAsync(app, "litija", "sl", HsdsTestData.Litija(litija));
        await HsdsTestData.ImportAsync(app, "litija", "en", HsdsTestData.LitijaEn(litija));
        var louth = new TestIds();
        await HsdsTestData.ImportAsync(app, "louth", "en", HsdsTestData.Louth(louth));
        var draft = new TestIds();
        await HsdsTestData.ImportAsync(app, "litija", "sl", HsdsTestData.Louth(draft));
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var ids = new[] { litija["s1"], litija["s2"], litija["s3"], litija["s4"], louth["s9"], draft["s9"] };
            var services = await db.Services.IgnoreQueryFilters().Where(s => ids.Contains(s.Id)).ToListAsync();
            var times = new Dictionary<Guid, DateTime>
            {
                [litija["s1"]] = new(2025, 1, 10, 8, 0, 0, DateTimeKind.Utc),
                [litija["s2"]] = new(2025, 3, 10, 8, 0, 0, DateTimeKind.Utc),
                [litija["s3"]] = new(2025, 5, 10, 8, 0, 0, DateTimeKind.Utc),
                [litija["s4"]] = new(2025, 7, 10, 8, 0, 0, DateTimeKind.Utc),
            };
            foreach (var service in services)
            {
                service.UpdatedAt = times.GetValueOrDefault(service.Id, Old);
                if (service.Id == draft["s9"])
                {
                    service.Status = PublicationStatus.Draft;
                }
            }

            var organizationIds = new[] { litija["o1"], litija["o2"], litija["o3"], louth["o9"], draft["o9"] };
            foreach (var organization in await db.Organizations.IgnoreQueryFilters().Where(o => organizationIds.Contains(o.Id)).ToListAsync())
            {
                organization.UpdatedAt = Old;
            }

            var locationIds = new[] { litija["l1"], litija["l2"], litija["l3"], louth["l9"], draft["l9"] };
            foreach (var location in await db.Locations.IgnoreQueryFilters().Where(l => locationIds.Contains(l.Id)).ToListAsync())
            {
                location.UpdatedAt = Old;
            }

            await db.SaveChangesAsync();
        });
        return new Seeded(litija, louth, draft["s9"]);
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body, string? ContentType)> GetAsync(string url)
    {
        using var client = fixture.App.Anonymous();
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonNode> OkAsync(string url)
    {
        var (status, body, type) = await GetAsync(url);
        Assert.True(status == HttpStatusCode.OK, $"GET {url}: {(int)status} {body?.ToJsonString()}");
        Assert.Equal("application/json", type);
        return body!;
    }

    private static List<string> Ids(JsonNode page) => page["contents"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();

    /// <summary>Every id of a list, over all pages.</summary>
    private async Task<List<string>> AllIdsAsync(string url)
    {
        var ids = new List<string>();
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        for (var page = 1; ; page++)
        {
            var body = await OkAsync($"{url}{separator}per_page=100&page={page}");
            ids.AddRange(Ids(body));
            if (body["last_page"]!.GetValue<bool>())
            {
                return ids;
            }
        }
    }

    private static string Fill(string template, Seeded data) => template
        .Replace("{s1}", data.Litija.Text("s1"), StringComparison.Ordinal)
        .Replace("{s3}", data.Litija.Text("s3"), StringComparison.Ordinal)
        .Replace("{s4}", data.Litija.Text("s4"), StringComparison.Ordinal)
        .Replace("{o1}", data.Litija.Text("o1"), StringComparison.Ordinal)
        .Replace("{o2}", data.Litija.Text("o2"), StringComparison.Ordinal)
        .Replace("{a3}", data.Litija.Text("a3"), StringComparison.Ordinal)
        .Replace("{taxonomy}", HsdsMapper.TaxonomyId.ToString("D"), StringComparison.Ordinal)
        .Replace("{term}", Categories.TermId("housing").ToString("D"), StringComparison.Ordinal)
        .Replace("{language}", Categories.TermId("language-learning").ToString("D"), StringComparison.Ordinal);

    [Theory]
    [InlineData("/api/hsds/litija/services", "service")]
    [InlineData("/api/hsds/litija/services?full=true", "service")]
    [InlineData("/api/hsds/litija/services?lang=en&per_page=2&page=2", "service")]
    [InlineData("/api/hsds/litija/services?organization_id={o2}&taxonomy_id={taxonomy}", "service")]
    [InlineData("/api/hsds/litija/organizations", "organization")]
    [InlineData("/api/hsds/litija/organizations?lang=uk", "organization")]
    [InlineData("/api/hsds/litija/taxonomies", "taxonomy")]
    [InlineData("/api/hsds/litija/taxonomy_terms", "taxonomy_term")]
    [InlineData("/api/hsds/litija/taxonomy_terms?lang=ar&per_page=5&page=3", "taxonomy_term")]
    [InlineData("/api/hsds/litija/service_at_locations", "service_at_location")]
    [InlineData("/api/hsds/litija/service_at_locations?full=true&lang=en", "service_at_location")]
    [InlineData("/api/hsds/litija/services?page=99", "service")]
    public async Task List_ValidatesAgainstPageAndItemSchema(string template, string itemSchema)
    {
        var data = await DataAsync();
        var url = Fill(template, data);
        var page = await OkAsync(url);
        HsdsSchemas.AssertValidPage(itemSchema, page, url);
    }

    [Theory]
    [InlineData("/api/hsds/litija/services/{s1}", "service")]
    [InlineData("/api/hsds/litija/services/{s3}?lang=en", "service")]
    [InlineData("/api/hsds/litija/services/{s4}?lang=fa", "service")]
    [InlineData("/api/hsds/litija/organizations/{o1}", "organization")]
    [InlineData("/api/hsds/litija/organizations/{o2}?full_service=true", "organization")]
    [InlineData("/api/hsds/litija/taxonomies/{taxonomy}", "taxonomy")]
    [InlineData("/api/hsds/litija/taxonomy_terms/{term}", "taxonomy_term")]
    [InlineData("/api/hsds/litija/taxonomy_terms/{term}?lang=uk", "taxonomy_term")]
    [InlineData("/api/hsds/litija/service_at_locations/{a3}", "service_at_location")]
    public async Task Single_ValidatesAgainstItsSchema(string template, string schema)
    {
        var data = await DataAsync();
        var url = Fill(template, data);
        var body = await OkAsync(url);
        HsdsSchemas.AssertValid(schema, body, url);
        if (body["services"] is JsonArray services)
        {
            foreach (var service in services)
            {
                HsdsSchemas.AssertValid("service", service, url + " services[]");
            }
        }

        if (body["service"] is JsonObject nested)
        {
            HsdsSchemas.AssertValid("service", nested, url + " service");
        }
    }

    [Fact]
    public async Task Root_SaysVersion30_ProfileAndOpenApiUrl()
    {
        var body = await OkAsync("/api/hsds/litija/");
        Assert.Equal("3.0", body["version"]!.GetValue<string>());
        Assert.True(Uri.TryCreate(body["profile"]!.GetValue<string>(), UriKind.Absolute, out _));
        var openApi = new Uri(body["openapi_url"]!.GetValue<string>());
        Assert.Equal("/openapi/v1.json", openApi.AbsolutePath);
        var document = await OkAsync(openApi.AbsolutePath);
        var paths = document["paths"]!.AsObject();
        // The root is documented without its trailing slash; both forms answer.
        Assert.Equal("3.0", (await OkAsync("/api/hsds/litija"))["version"]!.GetValue<string>());
        foreach (var path in new[] { "", "/services", "/services/{id}", "/organizations", "/organizations/{id}", "/taxonomies", "/taxonomies/{id}", "/taxonomy_terms", "/taxonomy_terms/{id}", "/service_at_locations", "/service_at_locations/{id}" })
        {
            var operation = paths["/api/hsds/{region}" + path]?["get"];
            Assert.True(operation is not null, $"OpenAPI has no GET /api/hsds/{{region}}{path}; it has {string.Join(", ", paths.Select(p => p.Key).Where(p => p.Contains("hsds", StringComparison.Ordinal)))}");
            Assert.Equal("HSDS", operation["tags"]![0]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()));
        }
    }

    [Fact]
    public async Task FullService_MapsEveryField()
    {
        var data = await DataAsync();
        var s = await OkAsync($"/api/hsds/litija/services/{data.Litija.Text("s1")}");
        Assert.Equal("Tečaj slovenščine za odrasle", s["name"]!.GetValue<string>());
        Assert.Equal("active", s["status"]!.GetValue<string>());
        Assert.Equal("https://cik-litija.example/slovenscina", s["url"]!.GetValue<string>());
        Assert.Equal("tecaji@cik-litija.example", s["email"]!.GetValue<string>());
        Assert.Equal("Brezplačno.", s["fees_description"]!.GetValue<string>());
        Assert.StartsWith("Pokličite", s["application_process"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Odrasli tujci", s["eligibility_description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("2026-01-15", s["assured_date"]!.GetValue<string>());
        Assert.Equal("2025-01-10T08:00:00.000Z", s["last_modified"]!.GetValue<string>());
        Assert.Equal("+386 1 890 00 10", s["phones"]![0]!["number"]!.GetValue<string>());
        Assert.Equal(["sl", "en", "uk"], s["languages"]!.AsArray().Select(l => l!["code"]!.GetValue<string>()));
        Assert.Equal("Ukrainian", s["languages"]![2]!["name"]!.GetValue<string>());
        Assert.Equal(0, s["cost_options"]![0]!["amount"]!.GetValue<decimal>());
        var attributes = s["attributes"]!.AsArray();
        Assert.Equal(["language-learning", "education-schools"], attributes.Select(a => a!["taxonomy_term"]!["code"]!.GetValue<string>()));
        Assert.Equal(Categories.TermId("language-learning").ToString("D"), attributes[0]!["taxonomy_term"]!["id"]!.GetValue<string>());
        Assert.Equal(HsdsMapper.TaxonomyId.ToString("D"), attributes[0]!["taxonomy_term"]!["taxonomy_id"]!.GetValue<string>());
        Assert.Equal("Involvim categories", attributes[0]!["taxonomy_term"]!["taxonomy"]!.GetValue<string>());

        var schedules = s["schedules"]!.AsArray();
        var weekly = schedules.Single(x => x!["freq"]?.GetValue<string>() == "WEEKLY")!;
        Assert.Equal("MO,WE", weekly["byday"]!.GetValue<string>());
        Assert.Equal("17:00:00", weekly["opens_at"]!.GetValue<string>());
        Assert.Equal("19:00:00", weekly["closes_at"]!.GetValue<string>());
        var closed = schedules.Where(x => x!["notes"]?.GetValue<string>() == "closed").Select(x => x!["valid_from"]!.GetValue<string>()).ToList();
        Assert.Equal(["2026-12-24", "2026-12-25", "2026-12-26"], closed);
        var special = schedules.Single(x => x!["valid_from"]?.GetValue<string>() == "2026-06-24")!;
        Assert.Equal("16:00:00", special["opens_at"]!.GetValue<string>());
        Assert.Equal("Dan pred praznikom krajše", special["description"]!.GetValue<string>());

        var link = s["service_at_locations"]![0]!;
        Assert.Equal(data.Litija.Text("a1"), link["id"]!.GetValue<string>());
        var location = link["location"]!;
        Assert.Equal("Knjižnica Litija", location["name"]!.GetValue<string>());
        Assert.Equal(46.0573, location["latitude"]!.GetValue<double>());
        var address = location["addresses"]![0]!;
        Assert.Equal("Parmova ulica 7", address["address_1"]!.GetValue<string>());
        Assert.Equal("1270", address["postal_code"]!.GetValue<string>());
        Assert.Equal("SI", address["country"]!.GetValue<string>());

        var organization = s["organization"]!;
        Assert.Equal(data.Litija.Text("o1"), organization["id"]!.GetValue<string>());
        Assert.Equal("https://cik-litija.example", organization["website"]!.GetValue<string>());
        Assert.Equal("+386 1 890 00 00", organization["phones"]![0]!["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task Filters_EachAlone()
    {
        var data = await DataAsync();
        var ids = data.Litija;
        var all = await AllIdsAsync("/api/hsds/litija/services");
        Assert.Superset(new HashSet<string>([ids.Text("s1"), ids.Text("s2"), ids.Text("s3"), ids.Text("s4")]), all.ToHashSet());
        Assert.DoesNotContain(data.Draft.ToString("D"), all);
        Assert.DoesNotContain(data.Louth.Text("s9"), all);

        var language = await AllIdsAsync($"/api/hsds/litija/services?taxonomy_term_id={Categories.TermId("language-learning"):D}");
        Assert.Contains(ids.Text("s1"), language);
        Assert.DoesNotContain(ids.Text("s2"), language);
        Assert.DoesNotContain(ids.Text("s3"), language);

        var byOrganization = await AllIdsAsync($"/api/hsds/litija/services?organization_id={ids.Text("o2")}");
        Assert.Equal(new[] { ids.Text("s2"), ids.Text("s4") }.Order(StringComparer.Ordinal), byOrganization.Order(StringComparer.Ordinal));

        var recent = await AllIdsAsync("/api/hsds/litija/services?modified_after=2025-06-01T00:00:00Z");
        Assert.Contains(ids.Text("s4"), recent);
        Assert.DoesNotContain(ids.Text("s1"), recent);
        Assert.DoesNotContain(ids.Text("s3"), recent);
        var sinceMarch = await AllIdsAsync("/api/hsds/litija/services?modified_after=2025-03-10");
        Assert.Contains(ids.Text("s2"), sinceMarch);
        Assert.DoesNotContain(ids.Text("s1"), sinceMarch);

        var categorized = await AllIdsAsync($"/api/hsds/litija/services?taxonomy_id={HsdsMapper.TaxonomyId:D}");
        Assert.Superset(new HashSet<string>([ids.Text("s1"), ids.Text("s2"), ids.Text("s3"), ids.Text("s4")]), categorized.ToHashSet());
        Assert.Empty(await AllIdsAsync($"/api/hsds/litija/services?taxonomy_id={Guid.NewGuid():D}"));
        Assert.Empty(await AllIdsAsync($"/api/hsds/litija/services?taxonomy_term_id={Guid.NewGuid():D}"));

        var found = await SearchUntilFoundAsync("/api/hsds/litija/services?search=tecaj%20slovenscine", ids.Text("s1"));
        Assert.DoesNotContain(ids.Text("s3"), found);
    }

    /// <summary>The search index follows the database within seconds; wait for it.</summary>
    private async Task<List<string>> SearchUntilFoundAsync(string url, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var ids = await AllIdsAsync(url);
            if (ids.Contains(expected) || DateTime.UtcNow > deadline)
            {
                Assert.True(ids.Contains(expected), $"{url} did not find {expected}: {string.Join(", ", ids)}");
                return ids;
            }

            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task Filters_CombineWithAnd()
    {
        var data = await DataAsync();
        var ids = data.Litija;
        var o2 = ids.Text("o2");
        Assert.Equal([ids.Text("s2")], await AllIdsAsync($"/api/hsds/litija/services?organization_id={o2}&taxonomy_term_id={Categories.TermId("documents-permits"):D}"));
        Assert.Equal([ids.Text("s4")], await AllIdsAsync($"/api/hsds/litija/services?organization_id={o2}&modified_after=2025-04-01"));
        Assert.Empty(await AllIdsAsync($"/api/hsds/litija/services?organization_id={o2}&taxonomy_term_id={Categories.TermId("housing"):D}"));
        Assert.Empty(await AllIdsAsync($"/api/hsds/litija/services?organization_id={ids.Text("o1")}&modified_after=2025-04-01"));
        Assert.Equal([ids.Text("s4")], await AllIdsAsync($"/api/hsds/litija/services?organization_id={o2}&taxonomy_id={HsdsMapper.TaxonomyId:D}&taxonomy_term_id={Categories.TermId("work-rights"):D}&modified_after=2025-07-01"));

        await SearchUntilFoundAsync("/api/hsds/litija/services?search=slovenscine", ids.Text("s1"));
        Assert.Equal([ids.Text("s1")], await AllIdsAsync($"/api/hsds/litija/services?search=slovenscine&organization_id={ids.Text("o1")}"));
        Assert.Empty(await AllIdsAsync($"/api/hsds/litija/services?search=slovenscine&organization_id={o2}"));
        Assert.Empty(await AllIdsAsync($"/api/hsds/litija/services?search=slovenscine&organization_id={ids.Text("o1")}&taxonomy_term_id={Categories.TermId("housing"):D}"));

        // The places: the football school is at two, filtered by its organisation and category.
        var links = await AllIdsAsync($"/api/hsds/litija/service_at_locations?organization_id={ids.Text("o3")}&taxonomy_term_id={Categories.TermId("leisure-hobbies"):D}");
        Assert.Equal(new[] { ids.Text("a3"), ids.Text("a4") }.Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        Assert.Empty(await AllIdsAsync($"/api/hsds/litija/service_at_locations?organization_id={ids.Text("o3")}&modified_after=2025-06-01"));
    }

    [Fact]
    public async Task Paging_Edges()
    {
        var data = await DataAsync();
        var url = $"/api/hsds/litija/services?organization_id={data.Litija.Text("o2")}";
        var first = await OkAsync(url + "&per_page=1");
        Assert.Equal(2, first["total_items"]!.GetValue<int>());
        Assert.Equal(2, first["total_pages"]!.GetValue<int>());
        Assert.Equal(1, first["page_number"]!.GetValue<int>());
        Assert.Equal(1, first["size"]!.GetValue<int>());
        Assert.True(first["first_page"]!.GetValue<bool>());
        Assert.False(first["last_page"]!.GetValue<bool>());
        Assert.False(first["empty"]!.GetValue<bool>());

        var second = await OkAsync(url + "&per_page=1&page=2");
        Assert.False(second["first_page"]!.GetValue<bool>());
        Assert.True(second["last_page"]!.GetValue<bool>());
        Assert.NotEqual(Ids(first), Ids(second));

        var beyond = await OkAsync(url + "&per_page=1&page=3");
        Assert.True(beyond["empty"]!.GetValue<bool>());
        Assert.Equal(0, beyond["size"]!.GetValue<int>());
        Assert.Equal(2, beyond["total_items"]!.GetValue<int>());
        Assert.True(beyond["last_page"]!.GetValue<bool>());

        var whole = await OkAsync(url + "&per_page=100");
        Assert.Equal(2, whole["size"]!.GetValue<int>());
        Assert.True(whole["first_page"]!.GetValue<bool>() && whole["last_page"]!.GetValue<bool>());

        var nothing = await OkAsync($"/api/hsds/litija/services?organization_id={Guid.NewGuid():D}");
        Assert.Equal(0, nothing["total_items"]!.GetValue<int>());
        Assert.Equal(0, nothing["total_pages"]!.GetValue<int>());
        Assert.True(nothing["empty"]!.GetValue<bool>());
        Assert.True(nothing["first_page"]!.GetValue<bool>() && nothing["last_page"]!.GetValue<bool>());

        var defaults = await OkAsync("/api/hsds/litija/taxonomy_terms");
        Assert.Equal(Categories.Codes.Count, defaults["size"]!.GetValue<int>());
        var lastTerms = await OkAsync("/api/hsds/litija/taxonomy_terms?per_page=5&page=3");
        Assert.Equal(Categories.Codes.Count - 10, lastTerms["size"]!.GetValue<int>());
        Assert.True(lastTerms["last_page"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("/api/hsds/litija/services?page=0", "page")]
    [InlineData("/api/hsds/litija/services?page=-1", "page")]
    [InlineData("/api/hsds/litija/services?page=abc", "page")]
    [InlineData("/api/hsds/litija/services?per_page=0", "per_page")]
    [InlineData("/api/hsds/litija/services?per_page=101", "per_page")]
    [InlineData("/api/hsds/litija/services?per_page=ten", "per_page")]
    [InlineData("/api/hsds/litija/services?per_page=1.5", "per_page")]
    [InlineData("/api/hsds/litija/services?taxonomy_term_id=housing", "taxonomy_term_id")]
    [InlineData("/api/hsds/litija/services?taxonomy_id=123", "taxonomy_id")]
    [InlineData("/api/hsds/litija/services?organization_id=not-a-uuid", "organization_id")]
    [InlineData("/api/hsds/litija/services?modified_after=yesterday", "modified_after")]
    [InlineData("/api/hsds/litija/services?modified_after=2025-13-01", "modified_after")]
    [InlineData("/api/hsds/litija/services?modified_after=2025-02-30T10:00:00Z", "modified_after")]
    [InlineData("/api/hsds/litija/services?full=maybe", "full")]
    [InlineData("/api/hsds/litija/services?format=ndjson", "format")]
    [InlineData("/api/hsds/litija/service_at_locations?per_page=1000", "per_page")]
    [InlineData("/api/hsds/litija/service_at_locations?organization_id=x", "organization_id")]
    [InlineData("/api/hsds/litija/organizations?page=0", "page")]
    [InlineData("/api/hsds/litija/organizations?full_service=yes", "full_service")]
    [InlineData("/api/hsds/litija/taxonomies?per_page=500", "per_page")]
    [InlineData("/api/hsds/litija/taxonomy_terms?taxonomy_id=abc", "taxonomy_id")]
    [InlineData("/api/hsds/litija/taxonomy_terms?parent_id=abc", "parent_id")]
    [InlineData("/api/hsds/litija/taxonomy_terms?top_only=1", "top_only")]
    [InlineData("/api/hsds/litija/services/not-a-uuid", "id")]
    [InlineData("/api/hsds/litija/organizations/123", "id")]
    [InlineData("/api/hsds/litija/service_at_locations/xyz", "id")]
    [InlineData("/api/hsds/litija/taxonomies/xyz", "id")]
    [InlineData("/api/hsds/litija/taxonomy_terms/housing", "id")]
    public async Task BadValue_Answers400WithAClearMessage(string url, string parameter)
    {
        await DataAsync();
        var (status, body, type) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(400, body!["status"]!.GetValue<int>());
        Assert.StartsWith(parameter + " ", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(body["title"]?.GetValue<string>()));
    }

    [Theory]
    [InlineData("/api/hsds/litija/services/{new}")]
    [InlineData("/api/hsds/litija/services/{draft}")]
    [InlineData("/api/hsds/litija/services/{louth-s9}")]
    [InlineData("/api/hsds/litija/organizations/{new}")]
    [InlineData("/api/hsds/litija/organizations/{louth-o9}")]
    [InlineData("/api/hsds/litija/service_at_locations/{new}")]
    [InlineData("/api/hsds/litija/service_at_locations/{louth-a9}")]
    [InlineData("/api/hsds/litija/taxonomies/{new}")]
    [InlineData("/api/hsds/litija/taxonomy_terms/{new}")]
    [InlineData("/api/hsds/nowhere/services")]
    [InlineData("/api/hsds/nowhere/")]
    public async Task UnknownOrForeignId_Answers404(string template)
    {
        var data = await DataAsync();
        var url = template
            .Replace("{new}", Guid.NewGuid().ToString("D"), StringComparison.Ordinal)
            .Replace("{draft}", data.Draft.ToString("D"), StringComparison.Ordinal)
            .Replace("{louth-s9}", data.Louth.Text("s9"), StringComparison.Ordinal)
            .Replace("{louth-o9}", data.Louth.Text("o9"), StringComparison.Ordinal)
            .Replace("{louth-a9}", data.Louth.Text("a9"), StringComparison.Ordinal);
        var (status, body, type) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(404, body!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task OtherRegion_SeesOnlyItsOwn()
    {
        var data = await DataAsync();
        var louth = await AllIdsAsync("/api/hsds/louth/services");
        Assert.Contains(data.Louth.Text("s9"), louth);
        Assert.DoesNotContain(data.Litija.Text("s1"), louth);
        var (status, _, _) = await GetAsync($"/api/hsds/louth/services/{data.Litija.Text("s1")}");
        Assert.Equal(HttpStatusCode.NotFound, status);
        var organizations = await AllIdsAsync("/api/hsds/louth/organizations");
        Assert.Contains(data.Louth.Text("o9"), organizations);
        Assert.DoesNotContain(data.Litija.Text("o1"), organizations);
    }

    [Fact]
    public async Task Organizations_OnlyThoseWithPublishedServices_WithTheirServices()
    {
        var data = await DataAsync();
        var listed = await AllIdsAsync("/api/hsds/litija/organizations");
        Assert.Superset(new HashSet<string>([data.Litija.Text("o1"), data.Litija.Text("o2"), data.Litija.Text("o3")]), listed.ToHashSet());
        // The draft's organisation has no published service.
        Assert.DoesNotContain(await OrganizationOfAsync(data.Draft), listed);
        var demoOrganizationsWithoutServices = await fixture.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return await db.Organizations.IgnoreQueryFilters()
                .Where(o => !db.Services.IgnoreQueryFilters().Any(s => s.OrganizationId == o.Id && s.Status == PublicationStatus.Published))
                .Select(o => o.Id.ToString())
                .ToListAsync();
        });
        Assert.Empty(listed.Intersect(demoOrganizationsWithoutServices, StringComparer.OrdinalIgnoreCase));

        var o2 = await OkAsync($"/api/hsds/litija/organizations/{data.Litija.Text("o2")}");
        Assert.Equal(new[] { data.Litija.Text("s2"), data.Litija.Text("s4") }.Order(StringComparer.Ordinal), o2["services"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Null(o2["services"]![0]!["schedules"]);
        var full = await OkAsync($"/api/hsds/litija/organizations/{data.Litija.Text("o2")}?full_service=true");
        Assert.NotNull(full["services"]![0]!["schedules"]);
        var (status, _, _) = await GetAsync($"/api/hsds/litija/organizations/{await OrganizationOfAsync(data.Draft)}");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    private Task<string> OrganizationOfAsync(Guid serviceId) => fixture.App.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<AppDbContext>().Services.IgnoreQueryFilters().SingleAsync(s => s.Id == serviceId)).OrganizationId.ToString("D"));

    [Fact]
    public async Task Lang_PicksTheTranslation_AndFallsBack()
    {
        var data = await DataAsync();
        var s1 = data.Litija.Text("s1");
        Assert.Equal("Slovenian course for adults", (await OkAsync($"/api/hsds/litija/services/{s1}?lang=en"))["name"]!.GetValue<string>());
        Assert.Equal("Tečaj slovenščine za odrasle", (await OkAsync($"/api/hsds/litija/services/{s1}?lang=sl"))["name"]!.GetValue<string>());
        // No language: the region's default (sl). A language without text (uk): the default. One the region does not offer (fi): the default.
        Assert.Equal("Tečaj slovenščine za odrasle", (await OkAsync($"/api/hsds/litija/services/{s1}"))["name"]!.GetValue<string>());
        Assert.Equal("Tečaj slovenščine za odrasle", (await OkAsync($"/api/hsds/litija/services/{s1}?lang=uk"))["name"]!.GetValue<string>());
        Assert.Equal("Tečaj slovenščine za odrasle", (await OkAsync($"/api/hsds/litija/services/{s1}?lang=fi"))["name"]!.GetValue<string>());
        // English has no fees text of its own: the whole English row is shown (ContentTranslations picks a row, not fields).
        var english = await OkAsync($"/api/hsds/litija/services/{s1}?lang=en");
        Assert.Null(english["fees_description"]);
        Assert.Equal("Centre for Education and Culture Litija", english["organization"]!["name"]!.GetValue<string>());
        // s4 exists only in Slovenian.
        Assert.Equal("Svetovanje o pravicah delavcev", (await OkAsync($"/api/hsds/litija/services/{data.Litija.Text("s4")}?lang=en"))["name"]!.GetValue<string>());
        // Lists follow ?lang= too.
        var list = await OkAsync($"/api/hsds/litija/services?organization_id={data.Litija.Text("o1")}&lang=en");
        Assert.Equal("Slovenian course for adults", list["contents"]![0]!["name"]!.GetValue<string>());

        // Category names are the UI labels in the language asked for.
        foreach (var language in new[] { "en", "uk", "sl" })
        {
            var expected = await fixture.App.WithScopeAsync(sp =>
            {
                var t = sp.GetRequiredService<IStringLocalizer<SharedResource>>();
                using var culture = new CultureScope(language);
                return Task.FromResult(t["Category.housing"].Value);
            });
            var term = await OkAsync($"/api/hsds/litija/taxonomy_terms/{Categories.TermId("housing"):D}?lang={language}");
            Assert.Equal(expected, term["name"]!.GetValue<string>());
            Assert.Equal(language, term["language"]!.GetValue<string>());
            Assert.Equal("housing", term["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task TaxonomyTerms_AreTheFourteenCategories()
    {
        await DataAsync();
        var terms = (await OkAsync("/api/hsds/litija/taxonomy_terms?lang=en"))["contents"]!.AsArray();
        Assert.Equal(Categories.Codes, terms.Select(t => t!["code"]!.GetValue<string>()));
        Assert.All(terms, t => Assert.Equal(Categories.TermId(t!["code"]!.GetValue<string>()).ToString("D"), t["id"]!.GetValue<string>()));
        Assert.All(terms, t => Assert.Equal(HsdsMapper.TaxonomyId.ToString("D"), t!["taxonomy_id"]!.GetValue<string>()));
        Assert.Equal(Categories.Codes.Count, Ids(await OkAsync($"/api/hsds/litija/taxonomy_terms?taxonomy_id={HsdsMapper.TaxonomyId:D}&top_only=true")).Count);
        Assert.Empty(Ids(await OkAsync($"/api/hsds/litija/taxonomy_terms?taxonomy_id={Guid.NewGuid():D}")));
        Assert.Empty(Ids(await OkAsync($"/api/hsds/litija/taxonomy_terms?parent_id={Guid.NewGuid():D}")));
        Assert.Equal(["housing"], (await OkAsync("/api/hsds/litija/taxonomy_terms?search=housing"))["contents"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()));
        var taxonomies = await OkAsync("/api/hsds/litija/taxonomies");
        Assert.Equal("Involvim categories", taxonomies["contents"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(1, taxonomies["total_items"]!.GetValue<int>());
    }
}

public sealed class HsdsApiTests_Sqlite(SqliteFixture fixture) : HsdsApiTests(fixture), IClassFixture<SqliteFixture>;

public sealed class HsdsApiTests_Postgres(PostgresFixture fixture) : HsdsApiTests(fixture), IClassFixture<PostgresFixture>;
