using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Involvim.Tests.Support;
using Json.Schema;

namespace Involvim.Tests.Features.Pages;

/// <summary>
/// Holds the API to its OpenAPI document (issue 16, item 9): for every operation, inputs generated from the document
/// (valid ones, and invalid ones: wrong types, out-of-range numbers, unknown enum values, control characters, huge
/// strings, malformed JSON, wrong media types) are sent anonymously and as a signed-in coordinator. No answer may be
/// a 5xx, every status must be one the document lists for that operation, and every JSON body must match the
/// schema the document gives for that status.
/// </summary>
public sealed class OpenApiFuzzTests(OpenApiFuzzTests.Fixture fixture) : IClassFixture<OpenApiFuzzTests.Fixture>
{
    /// <summary>Its own app and database: the fuzzer may change the region's settings and create regions.</summary>
    public sealed class Fixture() : AppFixture(DatabaseKind.Sqlite);

    private const int CasesPerOperationAndCaller = 30;

    private InvolvimApp App => fixture.App;

    private sealed record Operation(string Method, string Path, JsonObject Spec);

    private sealed record Case(string Method, string Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body, string? ContentType)
    {
        public override string ToString() => $"{Method} {Url} [{string.Join("; ", Headers.Select(h => h.Key + ": " + h.Value))}] {ContentType} {Body?[..Math.Min(Body.Length, 300)]}";
    }

    [Fact]
    public async Task TheDocument_DescribesRegionLanguageTrackingCodeAndSignIn()
    {
        var document = JsonNode.Parse(await App.Anonymous().GetStringAsync("/openapi/v1.json"))!.AsObject();
        Assert.NotNull(document["components"]!["securitySchemes"]!["cookie"]);
        foreach (var operation in Operations(document))
        {
            var parameters = (operation.Spec["parameters"] as JsonArray ?? []).Select(p => p!["name"]!.GetValue<string>()).ToList();
            if (operation.Path.Contains("{region}", StringComparison.Ordinal))
            {
                Assert.Contains("region", parameters);
                Assert.NotNull(operation.Spec["responses"]!["404"]);
            }

            if (operation.Path.StartsWith("/api/v1/", StringComparison.Ordinal))
            {
                Assert.Contains("lang", parameters);
            }

            if (operation.Path.Contains("/track", StringComparison.Ordinal))
            {
                Assert.Contains("Tracking-Code", parameters);
            }
        }

        var settings = document["paths"]!["/api/v1/regions/{region}/settings"]!["put"]!.AsObject();
        Assert.NotNull(settings["security"]);
        Assert.NotNull(settings["responses"]!["401"]);
        Assert.NotNull(settings["responses"]!["415"]);
        Assert.Null(document["paths"]!["/api/hsds/{region}/services"]!["get"]!["security"]);

        // The schema check used by the fuzzer can fail: a ProblemDetails whose status is text does not match.
        var book = new SchemaBook(document);
        var problemDetails = JsonNode.Parse("{\"$ref\":\"#/components/schemas/ProblemDetails\"}")!;
        Assert.Null(book.Evaluate(problemDetails, JsonNode.Parse("{\"title\":\"x\",\"status\":404}")));
        Assert.NotNull(book.Evaluate(problemDetails, JsonNode.Parse("{\"title\":\"x\",\"status\":\"not a number\"}")));
    }

    [Fact]
    public async Task EveryOperation_AnswersOnlyWhatTheDocumentSays_ForGeneratedValidAndInvalidInput()
    {
        var anonymous = App.Anonymous();
        var text = await anonymous.GetStringAsync("/openapi/v1.json");
        var document = JsonNode.Parse(text)!.AsObject();
        var schemas = new SchemaBook(document);
        var pools = await PoolsAsync(anonymous);
        var callers = new (string Name, HttpClient Client)[] { ("anonymous", anonymous), ("coordinator", await App.SignInAsync("coordinator@litija.example")) };
        var failures = new List<string>();
        var sent = 0;
        var statuses = new SortedDictionary<int, int>();

        foreach (var operation in Operations(document))
        {
            var gen = CaseGen(operation, schemas, pools);
            foreach (var (name, client) in callers)
            {
                await gen.SampleAsync(
                    async request =>
                    {
                        sent++;
                        var (status, problem) = await CheckAsync(client, request, operation, schemas);
                        statuses[status] = statuses.GetValueOrDefault(status) + 1;
                        if (problem is not null && failures.Count < 40)
                        {
                            failures.Add($"{name}: {request} → {problem}");
                        }
                    },
                    seed: "0N0XIzNsQ0O2" + operation.Method[0],
                    iter: CasesPerOperationAndCaller,
                    threads: 1);
            }
        }

        Assert.True(sent > 500, $"only {sent} requests were sent");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The generators reach both sides: real answers (checked against their schemas) and refusals.
        Assert.True(statuses.GetValueOrDefault(200) > 50 && statuses.GetValueOrDefault(400) > 50 && statuses.GetValueOrDefault(404) > 20 && schemas.Evaluated > 300,
            $"statuses {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}; bodies checked against a schema: {schemas.Evaluated}");
    }

    private static IEnumerable<Operation> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(op => op.Key is "get" or "post" or "put" or "delete" or "patch")
            .Select(op => new Operation(op.Key.ToUpperInvariant(), path.Key, op.Value!.AsObject())));

    /// <summary>Real values to aim at (so that 200s are exercised too): ids of the region's records, a live tracking code.</summary>
    private sealed record Pools(string[] Ids, string[] TrackingCodes);

    private static async Task<Pools> PoolsAsync(HttpClient client)
    {
        var ids = new List<string>();
        foreach (var list in new[] { "services", "organizations", "taxonomies", "taxonomy_terms", "service_at_locations" })
        {
            var page = JsonNode.Parse(await client.GetStringAsync($"/api/hsds/litija/{list}?per_page=3"))!;
            ids.AddRange(page["contents"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        }

        var submitted = await client.PostAsJsonAsync("/api/v1/regions/litija/help-requests", new { category = "housing", description = "fuzz", languages = new[] { "sl" }, consent = true });
        var code = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString()!;
        return new Pools([.. ids], [code]);
    }

    private static async Task<(int Status, string? Problem)> CheckAsync(HttpClient client, Case request, Operation operation, SchemaBook schemas)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        foreach (var (key, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(key, value);
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body));
            message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType ?? "application/json");
        }

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message);
        }
        catch (Exception ex)
        {
            return (0, "the request failed: " + ex.GetType().Name + " " + ex.Message);
        }

        var status = (int)response.StatusCode;
        var statusText = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (status >= 500)
        {
            return (status, $"{status} {await response.Content.ReadAsStringAsync()}");
        }

        var documented = operation.Spec["responses"]!.AsObject();
        if (documented[statusText] is not JsonObject answer)
        {
            return (status, $"{status} is not documented (documented: {string.Join(", ", documented.Select(d => d.Key))}) {(await response.Content.ReadAsStringAsync())[..Math.Min(200, (int)(response.Content.Headers.ContentLength ?? 200))]}");
        }

        var media = response.Content.Headers.ContentType?.MediaType;
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length == 0 && answer["content"] is JsonObject { Count: > 0 } && request.Method != "HEAD")
        {
            return (status, $"{status} has an empty body, but the document promises {string.Join(", ", answer["content"]!.AsObject().Select(c => c.Key))}");
        }

        if (media is null || body.Length == 0 || !media.EndsWith("json", StringComparison.Ordinal))
        {
            return (status, null);
        }

        var schema = answer["content"]?[media]?["schema"] ?? answer["content"]?.AsObject().FirstOrDefault().Value?["schema"];
        if (schema is null)
        {
            return (status, $"{status} {media} has no schema in the document");
        }

        var result = schemas.Evaluate(schema, JsonNode.Parse(body));
        return (status, result is null ? null : $"{status} body does not match its schema: {result}; body {body[..Math.Min(body.Length, 300)]}");
    }

    // ------------------------------------------------------------------------ generators

    private static readonly Gen<JsonNode?> NoValue = Gen.Const((JsonNode?)null);

    private static readonly string[] Nasty =
    [
        "", " ", "x", "-1", "0", "99999999999999999999", "1e309", "NaN", "null", "true", "[]", "{}", "%00", "\u0000", "\t\r\n",
        "../../etc/passwd", "' OR 1=1 --", "\"; DROP TABLE Regions; --", "<script>alert(1)</script>", "${jndi:ldap://x}",
        "\u202Eevil", "𝕳𝖊𝖑𝖑𝖔 🙂", "Ω≈ç√", "ЛИТИЯ", "ليتيا", new string('a', 5000),
    ];

    private static Gen<Case> CaseGen(Operation operation, SchemaBook schemas, Pools pools)
    {
        var parameters = (operation.Spec["parameters"] as JsonArray ?? []).Select(p => p!.AsObject()).ToList();
        var parameterGens = parameters.Select(p => ParameterGen(p, schemas, pools)).ToArray();
        var bodySchema = operation.Spec["requestBody"]?["content"]?["application/json"]?["schema"];
        var bodyGen = bodySchema is null ? Gen.Const<(string?, string?)>((null, null)) : BodyGen(bodySchema, schemas);
        return Gen.Select(Sequence(parameterGens), bodyGen, (values, body) =>
        {
            var path = operation.Path;
            var query = new List<string>();
            var headers = new List<KeyValuePair<string, string>>();
            for (var i = 0; i < parameters.Count; i++)
            {
                if (values[i] is not { } value)
                {
                    continue;
                }

                var name = parameters[i]["name"]!.GetValue<string>();
                switch (parameters[i]["in"]!.GetValue<string>())
                {
                    case "path":
                        // The in-memory test client refuses a NUL in a path before sending it (Kestrel answers 400).
                        var segment = value.Replace("\0", "", StringComparison.Ordinal);
                        path = path.Replace("{" + name + "}", Uri.EscapeDataString(segment.Length == 0 ? "-" : segment), StringComparison.Ordinal);
                        break;
                    case "query":
                        query.Add(Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value));
                        break;
                    case "header":
                        headers.Add(KeyValuePair.Create(name, value.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\0", "", StringComparison.Ordinal)));
                        break;
                }
            }

            return new Case(operation.Method, path + (query.Count > 0 ? "?" + string.Join('&', query) : ""), headers, body.Item1, body.Item2);
        });
    }

    private static Gen<string?[]> Sequence(Gen<string?>[] gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<string?>()), (all, next) => Gen.Select(all, next, (a, b) => (string?[])[.. a, b]));

    /// <summary>A parameter's value: mostly valid for its schema, sometimes nasty; an optional one sometimes left out.</summary>
    private static Gen<string?> ParameterGen(JsonObject parameter, SchemaBook schemas, Pools pools)
    {
        var name = parameter["name"]!.GetValue<string>();
        var required = parameter["required"]?.GetValue<bool>() == true;
        var schema = schemas.Resolve(parameter["schema"]);
        Gen<string?> valid = name switch
        {
            "region" => Gen.Frequency((8, Gen.Const<string?>("litija")), (1, Gen.Const<string?>("louth")), (1, Gen.Const<string?>("atlantis"))),
            "id" or "organization_id" or "taxonomy_term_id" or "taxonomy_id" or "parent_id" => Gen.Frequency(
                (3, Gen.Int[0, pools.Ids.Length - 1].Select(i => (string?)pools.Ids[i])),
                (1, Gen.Guid.Select(g => (string?)g.ToString()))),
            "Tracking-Code" => Gen.Frequency((2, Gen.Const<string?>(pools.TrackingCodes[0])), (1, Gen.Const<string?>("AAAA-BBBB-CCCC-DDDD"))),
            _ => ValueGen(schema, schemas, depth: 0).Select(v => v is null ? null : v is JsonValue j && j.TryGetValue<string>(out var s) ? s : v.ToJsonString().Trim('"')),
        };
        var nasty = Gen.Int[0, Nasty.Length - 1].Select(i => (string?)Nasty[i]);
        var value = Gen.Frequency((3, valid), (1, nasty));
        return required ? value : Gen.Frequency((2, value), (1, Gen.Const((string?)null)));
    }

    /// <summary>A request body and its media type: from the schema, broken on purpose, or in the wrong form.</summary>
    private static Gen<(string?, string?)> BodyGen(JsonNode schema, SchemaBook schemas) => Gen.Frequency(
        (6, ValueGen(schemas.Resolve(schema), schemas, depth: 0).Select(v => ((string?)(v?.ToJsonString() ?? "null"), (string?)"application/json"))),
        (1, Gen.Int[0, Nasty.Length - 1].Select(i => ((string?)Nasty[i], (string?)"application/json"))),
        (1, Gen.Const(((string?)"{\"a\": ", (string?)"application/json"))),
        (1, Gen.OneOf(Gen.Const("text/plain"), Gen.Const("application/json; charset=bogus-x"), Gen.Const("application/x-www-form-urlencoded"), Gen.Const("application/json; charset=iso-8859-1"))
            .Select(t => ((string?)"{}", (string?)t))));

    /// <summary>A JSON value for a schema: usually of the right shape, sometimes of the wrong type or out of range.</summary>
    private static Gen<JsonNode?> ValueGen(JsonObject? schema, SchemaBook schemas, int depth)
    {
        if (schema is null || depth > 4)
        {
            return NoValue;
        }

        var wrong = Gen.OneOf(
            NoValue,
            Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.String.Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.Const<JsonNode?>(new JsonArray()),
            Gen.Const<JsonNode?>(new JsonObject()));

        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            var pick = Gen.Int[0, values.Count - 1].Select(i => values[i]?.DeepClone());
            return Gen.Frequency((5, pick), (1, Gen.String.Select(s => (JsonNode?)JsonValue.Create(s))));
        }

        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue single => [single.GetValue<string>()],
            _ => schema["properties"] is not null ? ["object"] : ["string"],
        };
        var type = types.FirstOrDefault(t => t != "null") ?? "null";
        Gen<JsonNode?> right = type switch
        {
            "integer" => IntegerGen(schema).Select(i => (JsonNode?)JsonValue.Create(i)),
            "number" => Gen.Double[-1e6, 1e6].Select(d => (JsonNode?)JsonValue.Create(d)),
            "boolean" => Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            "array" => ValueGen(schemas.Resolve(schema["items"]), schemas, depth + 1).Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items.Select(x => x?.DeepClone())])),
            "object" => ObjectGen(schema, schemas, depth),
            "null" => NoValue,
            _ => StringGen(schema).Select(s => (JsonNode?)JsonValue.Create(s)),
        };
        return Gen.Frequency((6, right), (1, wrong));
    }

    private static Gen<long> IntegerGen(JsonObject schema)
    {
        var min = schema["minimum"] is JsonValue lo && long.TryParse(lo.ToString(), out var a) ? a : -1000;
        var max = schema["maximum"] is JsonValue hi && long.TryParse(hi.ToString(), out var b) ? b : 100_000;
        return Gen.Frequency((4, Gen.Long[min, Math.Max(min, max)]), (1, Gen.OneOf(Gen.Const(min - 1), Gen.Const(max + 1), Gen.Const(long.MaxValue), Gen.Const(long.MinValue))));
    }

    private static readonly string[] Words = ["sl", "en", "uk", "ar", "housing", "health", "Litija", "Europe/Ljubljana", "ana@example.org", "+386 40 123 456", "normal", "high", "phone", "email", "none", "helped", "mon-evening", "https://example.org"];

    private static Gen<string> StringGen(JsonObject schema) => (schema["format"]?.GetValue<string>()) switch
    {
        "uuid" => Gen.Guid.Select(g => g.ToString()),
        "date-time" => Gen.DateTime.Select(d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        "email" => Gen.Const("ana@example.org"),
        _ => Gen.Frequency((3, Gen.Int[0, Words.Length - 1].Select(i => Words[i])), (2, Gen.String), (1, Gen.Int[0, Nasty.Length - 1].Select(i => Nasty[i]))),
    };

    private static Gen<JsonNode?> ObjectGen(JsonObject schema, SchemaBook schemas, int depth)
    {
        var properties = (schema["properties"] as JsonObject ?? []).Select(p => (p.Key, Schema: schemas.Resolve(p.Value))).ToList();
        var required = (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()).ToHashSet();
        var gens = properties.Select(p => Gen.Select(Gen.Int[0, 5], ValueGen(p.Schema, schemas, depth + 1), (present, value) => (p.Key, Present: required.Contains(p.Key) ? present > 0 : present > 1, value))).ToArray();
        return gens.Aggregate(Gen.Const(new List<(string, bool, JsonNode?)>()), (all, next) => Gen.Select(all, next, (a, b) => new List<(string, bool, JsonNode?)>([.. a, b])))
            .Select(fields =>
            {
                var result = new JsonObject();
                foreach (var (key, present, value) in fields)
                {
                    if (present)
                    {
                        result[key] = value?.DeepClone();
                    }
                }

                return (JsonNode?)result;
            });
    }

    /// <summary>The document's component schemas as one JSON Schema 2020-12 registry; resolves and evaluates.</summary>
    private sealed class SchemaBook
    {
        private readonly JsonObject _components;
        private readonly string _definitions;
        private readonly Dictionary<string, JsonSchema> _compiled = new(StringComparer.Ordinal);

        public int Evaluated { get; private set; }

        public SchemaBook(JsonObject document)
        {
            _components = document["components"]?["schemas"]?.AsObject() ?? [];
            _definitions = _components.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        }

        public JsonObject? Resolve(JsonNode? schema)
        {
            var current = schema as JsonObject;
            for (var i = 0; i < 10 && current?["$ref"] is JsonValue reference; i++)
            {
                current = _components[reference.GetValue<string>().Split('/')[^1]] as JsonObject;
            }

            return current;
        }

        /// <summary>Null when the value matches; else the first errors.</summary>
        public string? Evaluate(JsonNode schema, JsonNode? value)
        {
            var key = schema.ToJsonString();
            if (!_compiled.TryGetValue(key, out var compiled))
            {
                var root = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$defs\":" + _definitions + ",\"allOf\":[" +
                    key.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal) + "]}";
                compiled = _compiled[key] = JsonSchema.FromText(root, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://involvim.test/openapi/" + _compiled.Count));
            }

            Evaluated++;
            var result = compiled.Evaluate(JsonSerializer.SerializeToElement(value), new EvaluationOptions { OutputFormat = OutputFormat.List });
            return result.IsValid ? null : string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(3).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));
        }
    }
}
