using System.Text.Json.Nodes;

namespace Involvim.Tests.Features.Hsds;

/// <summary>The validator the other HSDS tests rely on: it accepts the upstream examples and refuses what breaks the schemas.</summary>
public sealed class HsdsSchemaTests
{
    [Theory]
    [InlineData("service_full.json", "service")]
    [InlineData("organization_full.json", "organization")]
    [InlineData("service_at_location_full.json", "service_at_location")]
    [InlineData("location.json", "location")]
    [InlineData("taxonomy.json", "taxonomy")]
    [InlineData("taxonomy_term.json", "taxonomy_term")]
    public void UpstreamExample_Validates(string file, string schema) =>
        HsdsSchemas.AssertValid(schema, JsonNode.Parse(HsdsSchemas.Example(file)), file);

    [Theory]
    [InlineData("service_list.json", "service")]
    [InlineData("organization_list.json", "organization")]
    [InlineData("taxonomy_list.json", "taxonomy")]
    [InlineData("taxonomy_term_list.json", "taxonomy_term")]
    public void UpstreamListExample_ValidatesAsPage(string file, string itemSchema) =>
        HsdsSchemas.AssertValidPage(itemSchema, JsonNode.Parse(HsdsSchemas.Example(file)), file);

    [Theory]
    [InlineData("$.name", null, "name missing")]
    [InlineData("$.id", "not-a-uuid", "uuid format")]
    [InlineData("$.last_modified", "yesterday", "date-time format")]
    [InlineData("$.email", "no address", "email format")]
    [InlineData("$.status", "open", "status enum")]
    [InlineData("$.description", "null", "null where a string is required")]
    [InlineData("$.phones[0].id", "x", "uuid in a nested phone (phone.json)")]
    [InlineData("$.attributes[0].taxonomy_term.name", null, "nested taxonomy_term without name (attribute.json → taxonomy_term.json)")]
    [InlineData("$.service_at_locations[0].location.addresses[0].address_type", "home", "address enum three levels down")]
    public void BrokenService_IsRefused(string path, string? value, string why)
    {
        var service = JsonNode.Parse(HsdsSchemas.Example("service_full.json"))!;
        Set(service, path, value);
        Assert.True(HsdsSchemas.Errors("service", service).Count > 0, $"The validator accepted a service with {why}.");
    }

    [Fact]
    public void BrokenPage_IsRefused()
    {
        var page = JsonNode.Parse(HsdsSchemas.Example("service_list.json"))!.AsObject();
        page.Remove("total_pages");
        Assert.NotEmpty(HsdsSchemas.Errors("page", page));
        page["total_pages"] = "1";
        Assert.NotEmpty(HsdsSchemas.Errors("page", page));
    }

    /// <summary>Sets (or with null removes) a value at a simple path like <c>$.a[0].b</c>; "null" sets JSON null.</summary>
    private static void Set(JsonNode root, string path, string? value)
    {
        var parts = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = parts[i].StartsWith('[') ? node[int.Parse(parts[i][1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : node[parts[i]]!;
        }

        var last = parts[^1];
        var target = node.AsObject();
        if (value is null)
        {
            target.Remove(last);
        }
        else
        {
            target[last] = value == "null" ? null : JsonValue.Create(value);
        }
    }
}
