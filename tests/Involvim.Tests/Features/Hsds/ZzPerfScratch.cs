using System.Diagnostics;
using System.Text.Json.Nodes;
using Involvim.Tests.Support;

namespace Involvim.Tests.Features.Hsds;

public sealed class ZzPerfScratch(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task TenThousand()
    {
        var items = new JsonArray();
        var orgs = Enumerable.Range(0, 500).Select(_ => Guid.NewGuid().ToString()).ToList();
        for (var i = 0; i < 10_000; i++)
        {
            var loc = Guid.NewGuid().ToString();
            items.Add(new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["name"] = $"Service {i}",
                ["description"] = $"Description of service number {i}, with some words to search.",
                ["email"] = $"s{i}@example.org",
                ["url"] = $"https://example.org/s/{i}",
                ["phones"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["number"] = "+386 1 000 00 00" }),
                ["schedules"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["freq"] = "WEEKLY", ["byday"] = "MO,TU,WE,TH,FR", ["opens_at"] = "08:00", ["closes_at"] = "16:00" }),
                ["languages"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["code"] = "sl" }, new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["code"] = "en" }),
                ["attributes"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["taxonomy_term"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["code"] = "housing", ["name"] = "h", ["description"] = "h" } }),
                ["organization"] = new JsonObject { ["id"] = orgs[i % 500], ["name"] = $"Org {i % 500}", ["description"] = "An organisation." },
                ["service_at_locations"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["location"] = new JsonObject { ["id"] = loc, ["name"] = $"Place {i}", ["addresses"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["address_1"] = $"Street {i}", ["city"] = "Litija", ["postal_code"] = "1270", ["country"] = "SI", ["state_province"] = "", ["address_type"] = "physical" }) } }),
            });
        }

        var json = items.ToJsonString();
        await File.WriteAllTextAsync("/tmp/hsdsperf/10k.json", json);
        var watch = Stopwatch.StartNew();
        var r = await HsdsTestData.ImportAsync(fixture.App, "litija", "sl", json);
        TestContext.Current.SendDiagnosticMessage($"first import: {watch.Elapsed} {r}");
        TestContext.Current.TestOutputHelper!.WriteLine($"PERF first import: {watch.Elapsed} {r}");
        watch.Restart();
        r = await HsdsTestData.ImportAsync(fixture.App, "litija", "sl", json);
        TestContext.Current.TestOutputHelper!.WriteLine($"PERF second import: {watch.Elapsed} {r}");
        watch.Restart();
        var export = await HsdsTestData.ExportAsync(fixture.App, "litija", "sl");
        TestContext.Current.TestOutputHelper!.WriteLine($"PERF export: {watch.Elapsed} {export.Length}");
        watch.Restart();
        r = await HsdsTestData.ImportAsync(fixture.App, "litija", "en", json.Replace("Service ", "Storitev ", StringComparison.Ordinal));
        TestContext.Current.TestOutputHelper!.WriteLine($"PERF translation import: {watch.Elapsed} {r}");
        using var client = fixture.App.Anonymous();
        watch.Restart();
        var page = await client.GetStringAsync("/api/hsds/litija/services?per_page=100&page=50");
        TestContext.Current.TestOutputHelper!.WriteLine($"PERF page 50: {watch.Elapsed}");
        watch.Restart();
        page = await client.GetStringAsync($"/api/hsds/litija/services?per_page=100&page=3&taxonomy_term_id={Web.Features.Directory.Categories.TermId("housing"):D}&modified_after=2020-01-01");
        TestContext.Current.TestOutputHelper!.WriteLine($"PERF filtered page: {watch.Elapsed}");
        watch.Restart();
        page = await client.GetStringAsync("/api/hsds/litija/service_at_locations?per_page=100&page=20");
        TestContext.Current.TestOutputHelper!.WriteLine($"PERF sal page: {watch.Elapsed}");
    }
}
