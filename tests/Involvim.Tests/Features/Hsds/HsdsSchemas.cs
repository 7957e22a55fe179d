using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Involvim.Tests.Features.Hsds;

/// <summary>
/// The HSDS 3.0 JSON schemas (copied in <c>hsds-3.0/schema</c>), all registered under one base URI so that their
/// relative <c>$ref</c>s ("phone.json") resolve to each other, evaluated as draft 2020-12 with format assertions on
/// (uuid, date-time, email, uri).
/// </summary>
public static class HsdsSchemas
{
    private static readonly Uri Base = new("https://hsds.test/schema/");
    private static readonly Lazy<Dictionary<string, JsonSchema>> All = new(Load);
    private static readonly Lock Gate = new();

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Features", "Hsds", "hsds-3.0");

    public static string Example(string name) => File.ReadAllText(Path.Combine(Folder, "examples", name));

    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    /// <summary>The Page fields of the HSDS OpenAPI document (components/schemas/Page), all required here.</summary>
    private const string PageSchema = """
        {
          "type": "object",
          "required": ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
          "properties": {
            "total_items": { "type": "integer", "minimum": 0 },
            "total_pages": { "type": "integer", "minimum": 0 },
            "page_number": { "type": "integer", "minimum": 1 },
            "size": { "type": "integer", "minimum": 0 },
            "first_page": { "type": "boolean" },
            "last_page": { "type": "boolean" },
            "empty": { "type": "boolean" },
            "contents": { "type": "array" }
          },
          "additionalProperties": false
        }
        """;

    private static Dictionary<string, JsonSchema> Load()
    {
        var registry = new SchemaRegistry();
        var options = new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft202012 };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);

        JsonSchema Build(string file)
        {
            if (schemas.TryGetValue(file, out var built))
            {
                return built;
            }

            // A schema's $refs are resolved when it is built: build what it refers to first.
            var text = File.ReadAllText(Path.Combine(Folder, "schema", file));
            foreach (var reference in References(JsonNode.Parse(text)!))
            {
                Build(reference);
            }

            var schema = JsonSchema.FromText(text, options, new Uri(Base, file));
            schemas[file] = schema;
            return schema;
        }

        foreach (var file in Directory.GetFiles(Path.Combine(Folder, "schema"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (file is not "openapi.json")
            {
                Build(file!);
            }
        }

        schemas["page"] = JsonSchema.FromText(PageSchema, options, new Uri(Base, "page.json"));
        return schemas;
    }

    private static IEnumerable<string> References(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == "$ref" && value is JsonValue v && v.TryGetValue<string>(out var target) && !target.StartsWith('#'))
                    {
                        yield return target;
                    }
                    else if (value is not null)
                    {
                        foreach (var inner in References(value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a.OfType<JsonNode>())
                {
                    foreach (var inner in References(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    /// <summary>The errors of <paramref name="instance"/> against <c>{schema}.json</c> (or "page"); empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string schema, JsonNode? instance)
    {
        var key = schema == "page" ? schema : schema + ".json";
        JsonSchema compiled;
        lock (Gate)
        {
            compiled = All.Value[key];
        }

        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var result = compiled.Evaluate(document.RootElement, Evaluation);
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid (no details)")
            .ToList();
    }

    /// <summary>Fails with every error when the instance does not validate.</summary>
    public static void AssertValid(string schema, JsonNode? instance, string what)
    {
        var errors = Errors(schema, instance);
        Assert.True(errors.Count == 0, $"{what} does not validate against {schema}:\n{string.Join("\n", errors.Take(20))}\n{instance?.ToJsonString()[..Math.Min(2000, instance.ToJsonString().Length)]}");
    }

    /// <summary>A Page: its fields, and every item against the item schema.</summary>
    public static void AssertValidPage(string itemSchema, JsonNode? page, string what)
    {
        AssertValid("page", page, what);
        var contents = page!["contents"]!.AsArray();
        Assert.Equal(contents.Count, page["size"]!.GetValue<int>());
        Assert.Equal(contents.Count == 0, page["empty"]!.GetValue<bool>());
        for (var i = 0; i < contents.Count; i++)
        {
            AssertValid(itemSchema, contents[i], $"{what} contents[{i}]");
        }
    }
}
