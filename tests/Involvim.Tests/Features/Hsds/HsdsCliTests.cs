using System.Net;
using System.Text.Json.Nodes;
using Involvim.Tests.Support;

namespace Involvim.Tests.Features.Hsds;

/// <summary>import-hsds and export-hsds as an operator runs them: a separate process on the database of a running app.</summary>
public sealed class HsdsCliTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => CliProcess.RunAsync(_database, args);

    /// <summary>
    /// Writes a file in the process's working folder and returns its relative name. (An absolute path such as
    /// /tmp/x.json followed by a --Key=value switch would be read by the host's configuration as the switch
    /// "/tmp/x.json" taking the next argument as its value, so the tests pass files as an operator would: by name.)
    /// </summary>
    private string WriteFile(string name, string content)
    {
        File.WriteAllText(Path.Combine(_database.Directory, name), content);
        return name;
    }

    [Fact]
    public async Task ImportThenExport_ByTheCli_WhileTheAppRuns_TheAppServesTheImport()
    {
        await using var app = new InvolvimApp(_database);
        using var client = app.Anonymous();
        var ids = new TestIds();
        var s1 = ids.Text("s1");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/hsds/litija/services/{s1}")).StatusCode);

        var file = WriteFile("litija.json", HsdsTestData.Litija(ids));
        var import = await RunAsync("import-hsds", "--region", "litija", "--language", "sl", file);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("services 4 created, 0 updated, 0 unchanged", import.Output, StringComparison.Ordinal);

        // The running app reads the database directly: the service is there at once (or within seconds).
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var response = await client.GetAsync($"/api/hsds/litija/services/{s1}");
        while (response.StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            response = await client.GetAsync($"/api/hsds/litija/services/{s1}");
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tečaj slovenščine za odrasle", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var english = WriteFile("litija.en.json", HsdsTestData.LitijaEn(ids));
        var translated = await RunAsync("import-hsds", "--region", "litija", "--language", "en", english);
        Assert.True(translated.ExitCode == 0, translated.Error);
        Assert.Contains("services 0 created, 3 updated", translated.Output, StringComparison.Ordinal);
        Assert.Contains("Slovenian course for adults", await client.GetStringAsync($"/api/hsds/litija/services/{s1}?lang=en"), StringComparison.Ordinal);

        var again = await RunAsync("import-hsds", "--region", "litija", "--language", "sl", file);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("0 created, 0 updated, 4 unchanged", again.Output, StringComparison.Ordinal);
        Assert.Contains("(nothing changed)", again.Output, StringComparison.Ordinal);

        var target = "export.json";
        var export = await RunAsync("export-hsds", "--region", "litija", "--language", "sl", target);
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains("services written to", export.Output, StringComparison.Ordinal);
        var exported = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_database.Directory, target)))!.AsArray();
        Assert.Superset(new HashSet<string>([s1, ids.Text("s2"), ids.Text("s3"), ids.Text("s4")]), exported.Select(e => e!["id"]!.GetValue<string>()).ToHashSet());
        for (var i = 0; i < exported.Count; i++)
        {
            HsdsSchemas.AssertValid("service", exported[i], $"exported item {i}");
        }

        Assert.Empty(Directory.GetFiles(_database.Directory, "export.json.tmp-*"));

        var toStdout = await RunAsync("export-hsds", "--region", "litija", "--language", "en", "-");
        Assert.True(toStdout.ExitCode == 0, toStdout.Error);
        var fromStdout = JsonNode.Parse(toStdout.Output)!.AsArray();
        Assert.Equal("Slovenian course for adults", fromStdout.Single(e => e!["id"]!.GetValue<string>() == s1)!["name"]!.GetValue<string>());
        Assert.Contains("export-hsds: litija [en]", toStdout.Error, StringComparison.Ordinal);

        // The export imports back as it is: for these services nothing changes. (Demo services of the region are
        // in the export too; imported, they stop being demo data, and after that nothing changes either.)
        var mine = new JsonArray([.. exported.Where(e => e!["id"]!.GetValue<string>() is var id && ids.Knows(id)).Select(e => e!.DeepClone())]);
        var back = await RunAsync("import-hsds", "--region", "litija", "--language", "sl", WriteFile("mine.json", mine.ToJsonString()));
        Assert.True(back.ExitCode == 0, back.Error);
        Assert.Contains("0 created, 0 updated, 4 unchanged", back.Output, StringComparison.Ordinal);
        Assert.Contains("(nothing changed)", back.Output, StringComparison.Ordinal);
        var whole = await RunAsync("import-hsds", "--region", "litija", "--language", "sl", target);
        Assert.True(whole.ExitCode == 0, whole.Error);
        var wholeAgain = await RunAsync("import-hsds", "--region", "litija", "--language", "sl", target);
        Assert.True(wholeAgain.ExitCode == 0, wholeAgain.Error);
        Assert.Contains("(nothing changed)", wholeAgain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failures_AreOneLine_AndNonZero_AndStoreNothing()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync("seed-demo")).ExitCode);
        var ids = new TestIds();
        var good = WriteFile("good.json", HsdsTestData.Litija(ids));
        var items = JsonNode.Parse(HsdsTestData.Litija(ids))!.AsArray();
        items[1]!.AsObject().Remove("name");
        var broken = WriteFile("broken.json", items.ToJsonString());

        var cases = new (string[] Args, string Expected)[]
        {
            (["import-hsds", "--region", "nowhere", "--language", "sl", good], "unknown region 'nowhere'"),
            (["import-hsds", "--region", "litija", "--language", "pl", good], "does not offer language 'pl'"),
            (["import-hsds", "--region", "litija", "--language", "sl", "missing.json"], "missing.json: cannot be read"),
            (["import-hsds", "--region", "litija", "--language", "sl", broken], $"broken.json: record 2 (id {ids.Text("s2")}): field name: missing or empty"),
            (["export-hsds", "--region", "nowhere", "--language", "sl", "-"], "unknown region 'nowhere'"),
            (["export-hsds", "--region", "louth", "--language", "sl", "-"], "does not offer language 'sl'"),
            (["export-hsds", "--region", "litija", "--language", "sl", "no-such-folder/out.json"], "cannot be written"),
            (["import-hsds", "--region", "litija", good], "--language"),
        };
        foreach (var (args, expected) in cases)
        {
            var result = await RunAsync(args);
            Assert.True(result.ExitCode != 0, $"{string.Join(' ', args)} succeeded");
            Assert.Single(result.Error.Trim().Split('\n'));
            Assert.Contains(expected, result.Error, StringComparison.Ordinal);
            Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        }

        // Nothing of the broken file was stored: its first record would export otherwise.
        var export = await RunAsync("export-hsds", "--region", "litija", "--language", "sl", "-");
        Assert.Equal(0, export.ExitCode);
        Assert.DoesNotContain(ids.Text("s1"), export.Output, StringComparison.Ordinal);
    }
}
