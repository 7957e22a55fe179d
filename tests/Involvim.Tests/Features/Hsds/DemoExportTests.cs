using System.Text.Json.Nodes;
using Involvim.Tests.Support;

namespace Involvim.Tests.Features.Hsds;

/// <summary>"Done when": the export of the Litija demo directory is valid HSDS 3.0, in the source language and in a translation.</summary>
public sealed class DemoExportTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Theory]
    [InlineData("sl")]
    [InlineData("uk")]
    public async Task DemoRegionExport_EveryServiceValidates(string language)
    {
        var items = JsonNode.Parse(await HsdsTestData.ExportAsync(fixture.App, "litija", language))!.AsArray();
        Assert.True(items.Count >= 30, $"only {items.Count} services");
        foreach (var item in items)
        {
            HsdsSchemas.AssertValid("service", item, $"demo service {item!["id"]} ({language})");
        }
    }
}
