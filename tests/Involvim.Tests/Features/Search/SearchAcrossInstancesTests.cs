using System.Net.Http.Json;
using System.Text.Json;
using Involvim.Tests.Support;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Search;

/// <summary>Two app instances on one database: what is published on one is searchable on the other within seconds.</summary>
public abstract class SearchAcrossInstancesTests(DatabaseKind kind)
{
    [Fact]
    public async Task ChangePublishedOnOneInstance_IsFoundOnTheOther()
    {
        TestEnvironment.RequireOrSkip(TestDatabase.IsAvailable(kind), $"No PostgreSQL for tests: set {TestEnvironment.PostgresVariable}");
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var first = new InvolvimApp(database);
        _ = first.Server;
        await using var second = new InvolvimApp(database);
        _ = second.Server;
        var reader = second.Anonymous();

        async Task<List<string>> FindAsync(string query)
        {
            var result = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/regions/litija/search?lang=en&q={Uri.EscapeDataString(query)}");
            return result.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString()!).ToList();
        }

        Assert.Empty(await FindAsync("trampoline"));

        // A coordinator on the first instance publishes a new service.
        var coordinator = await first.SignInAsync("coordinator@litija.example");
        var page = await coordinator.GetStringAsync("/litija/en/manage/services/new");
        var fields = Forms.CurrentValues(page, "main form[action*=Save]").With(
            ("Form.Name", "Trampoline park for families"), ("Form.Categories", "leisure-hobbies"), ("Form.Languages", "sl, en"));
        var action = Forms.Parse(page).QuerySelector("main form[action*=Save]")!.GetAttribute("action")!;
        var saved = await coordinator.PostAsync(action, new FormUrlEncodedContent(fields));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        List<string> found;
        do
        {
            await Task.Delay(250);
            found = await FindAsync("trampoline");
        }
        while (found.Count == 0 && DateTime.UtcNow < deadline);
        Assert.Contains("Trampoline park for families", found);

        await first.WithScopeAsync(async sp => Assert.True(await sp.GetRequiredService<AppDbContext>().Services.IgnoreQueryFilters().AnyAsync(s => s.Status == PublicationStatus.Published && s.Translations.Any(t => t.Name == "Trampoline park for families"))));
    }
}

public sealed class SearchAcrossInstancesTests_Sqlite() : SearchAcrossInstancesTests(DatabaseKind.Sqlite);

public sealed class SearchAcrossInstancesTests_Postgres() : SearchAcrossInstancesTests(DatabaseKind.Postgres);
