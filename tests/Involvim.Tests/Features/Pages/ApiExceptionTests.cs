using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Involvim.Tests.Support;
using Involvim.Web;
using Involvim.Web.Features.Search;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Involvim.Tests.Features.Pages;

/// <summary>An unexpected failure behind /api is a localized ProblemDetails 500, never the HTML error page.</summary>
public sealed class ApiExceptionTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private sealed class BrokenSearch : IDirectorySearch
    {
        public Task<IReadOnlyList<SearchHit>> SearchAsync(RegionSnapshot region, string language, string query, int limit, IReadOnlySet<string>? types = null, CancellationToken ct = default) =>
            throw new InvalidOperationException("the index is broken (test)");
    }

    [Fact]
    public async Task AnExceptionInAnApiEndpoint_IsProblemJsonInTheRequestedLanguage()
    {
        await using var broken = fixture.App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IDirectorySearch, BrokenSearch>()));
        var client = broken.CreateClient();
        var response = await client.GetAsync("/api/hsds/litija/services?search=tecaj&lang=uk");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var t = fixture.App.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        using (new CultureScope("uk"))
        {
            Assert.Equal(t["Error.500.Title"].Value, problem.GetProperty("title").GetString());
        }

        Assert.DoesNotContain("broken", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", problem.ToString(), StringComparison.Ordinal);
    }
}
