using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Involvim.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Search;

/// <summary>
/// What newcomers type, against the Litija demo directory: the expected service (or guide) must be first, or in
/// the top three. One row per behaviour of DESIGN.md §3 (Search).
/// </summary>
public sealed class SearchQualityTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private async Task<List<string>> TopTitlesAsync(string query, string language, int limit = 3)
    {
        var url = $"/api/v1/regions/litija/search?lang={language}&limit={limit}&q={Uri.EscapeDataString(query)}";
        var response = await fixture.App.Anonymous().GetFromJsonAsync<JsonElement>(url);
        return response.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString()!).ToList();
    }

    [Theory]
    // Inflections and plain words (sl)
    [InlineData("stanovanje", "sl", "Pomoč pri iskanju stanovanja", 2)]
    [InlineData("stanovanja", "sl", "Pomoč pri iskanju stanovanja", 2)]
    [InlineData("iskanje stanovanj", "sl", "Pomoč pri iskanju stanovanja", 1)]
    // No diacritics, and typos
    [InlineData("slovenscina", "sl", "Tečaj slovenščine za odrasle", 3)]
    [InlineData("slovensina", "sl", "Tečaj slovenščine za odrasle", 3)]
    [InlineData("tecaj slovenscine", "sl", "Tečaj slovenščine za odrasle", 1)]
    [InlineData("zdravnk", "sl", "Prijava pri osebnem (družinskem) zdravniku", 3)]
    // Latin and Cyrillic, Bosnian/Serbian/Russian wording
    [InlineData("kurz slovenskog", "bs", "Kurs slovenskog jezika za odrasle", 3)]
    [InlineData("kurs slovenskog jezika", "bs", "Kurs slovenskog jezika za odrasle", 1)]
    [InlineData("курс словенског", "mk", "Tečaj slovenščine za odrasle", 3)]
    [InlineData("курс словенского", "ru", "Tečaj slovenščine za odrasle", 3)]
    // Whole questions
    [InlineData("where can I learn Slovenian?", "en", "Slovenian course for adults", 3)]
    [InlineData("kje se lahko učim slovenščino?", "sl", "Tečaj slovenščine za odrasle", 3)]
    [InlineData("I did not get my wages, who can help?", "en", "Counselling for unpaid wages and rights violations", 3)]
    // Category words in other UI languages (labels and synonyms)
    [InlineData("житло", "uk", "Допомога з пошуком житла", 3)]
    [InlineData("квартира", "uk", "Допомога з пошуком житла", 3)]
    [InlineData("سكن", "ar", "Help finding a flat", 3)]
    [InlineData("طبيب", "ar", "Registering with a family doctor", 3)]
    [InlineData("डाक्टर", "ne", "Registering with a family doctor", 3)]
    [InlineData("banesë", "sq", "Help finding a flat", 3)]
    [InlineData("futboll", "sq", "Football for children (age 5 to 14)", 3)]
    public async Task Query_FindsTheRightThingNearTheTop(string query, string language, string expectedTitle, int within)
    {
        var titles = await TopTitlesAsync(query, language, 10);
        var position = titles.IndexOf(expectedTitle);
        if (position < 0)
        {
            // The expected text may be shown in the reader's language: accept any translation of the same item.
            position = await PositionOfSameItemAsync(query, language, expectedTitle);
        }

        Assert.True(position >= 0 && position < within, $"'{query}' ({language}): expected '{expectedTitle}' in the top {within}, got: {string.Join(" | ", titles)}");
    }

    private async Task<int> PositionOfSameItemAsync(string query, string language, string expectedTitle)
    {
        // Look the expected title up in every language to get its id, then find that id in the results.
        var results = await fixture.App.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/regions/litija/search?lang={language}&limit=10&q={Uri.EscapeDataString(query)}");
        var ids = results.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        foreach (var lang in new[] { "sl", "en", "bs", "uk", "ar", "ne", "sq", "ru", "mk" })
        {
            var lookup = await fixture.App.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/regions/litija/search?lang={lang}&limit=20&q={Uri.EscapeDataString(expectedTitle)}");
            var hit = lookup.GetProperty("results").EnumerateArray().FirstOrDefault(r => r.GetProperty("title").GetString() == expectedTitle);
            if (hit.ValueKind == JsonValueKind.Object)
            {
                return ids.IndexOf(hit.GetProperty("id").GetString());
            }
        }

        return -1;
    }

    [Fact]
    public async Task Results_CoverServicesOrganisationsAndGuides()
    {
        var response = await fixture.App.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/regions/litija/search?lang=en&limit=50&q=" + Uri.EscapeDataString("football slovenian doctor"));
        var types = response.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("type").GetString()).Distinct().ToList();
        Assert.Contains("service", types);
        Assert.Contains("organization", types);
        Assert.Contains("guide", types);
        Assert.All(response.GetProperty("results").EnumerateArray(), r => Assert.StartsWith("/litija/en/", r.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Contract_HasQueryAndResultsWithTypeIdTitleUrl()
    {
        var response = await fixture.App.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/regions/litija/search?q=stanovanje&lang=sl");
        Assert.Equal("stanovanje", response.GetProperty("query").GetString());
        var first = response.GetProperty("results")[0];
        foreach (var property in new[] { "type", "id", "title", "url" })
        {
            Assert.True(first.TryGetProperty(property, out _), property);
        }
    }

    [Fact]
    public async Task NothingFound_IsCountedWithoutWhoAsked()
    {
        var client = fixture.App.Anonymous();
        for (var i = 0; i < 2; i++)
        {
            var response = await client.GetFromJsonAsync<JsonElement>("/api/v1/regions/litija/search?lang=uk&q=" + Uri.EscapeDataString("вертоліт напрокат"));
            Assert.Empty(response.GetProperty("results").EnumerateArray());
        }

        await fixture.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Web.Infrastructure.Data.AppDbContext>();
            var row = await db.FailedSearches.IgnoreQueryFilters().SingleAsync(f => f.Query == "вертоліт напрокат");
            Assert.Equal(2, row.Count);
            Assert.Equal("uk", row.Language);
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("limit=0&q=x")]
    [InlineData("limit=500&q=x")]
    public async Task BadQuery_Is400ProblemDetails(string query)
    {
        var response = await fixture.App.Anonymous().GetAsync("/api/v1/regions/litija/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OtherRegion_DoesNotSeeLitijasServices()
    {
        var response = await fixture.App.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/regions/louth/search?lang=en&q=" + Uri.EscapeDataString("slovenian course"));
        Assert.DoesNotContain(response.GetProperty("results").EnumerateArray(), r => r.GetProperty("title").GetString()!.Contains("Slovenian", StringComparison.Ordinal));
    }
}
