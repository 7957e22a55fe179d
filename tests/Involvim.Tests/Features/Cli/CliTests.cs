using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Cli;

/// <summary>The CLI verbs as an operator runs them: a separate process on the same database, exit codes and one-line reasons.</summary>
public sealed class CliTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => CliProcess.RunAsync(_database, args);

    [Fact]
    public async Task Migrate_ThenAgain_AppliesOnceAndSaysItIsUpToDate()
    {
        var first = await RunAsync("migrate");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("applied ", first.Output, StringComparison.Ordinal);
        Assert.Contains("_Initial", first.Output, StringComparison.Ordinal);
        var second = await RunAsync("migrate");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRegion_Valid_CreatesIt_Invalid_FailsWithOneLine()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        var created = await RunAsync("create-region", "--slug", "seinajoki", "--name", "Seinäjoki", "--default-language", "fi", "--languages", "fi,en,uk", "--timezone", "Europe/Helsinki");
        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Contains("created 'seinajoki'", created.Output, StringComparison.Ordinal);

        var again = await RunAsync("create-region", "--slug", "seinajoki", "--name", "X", "--default-language", "fi", "--languages", "fi");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Single(again.Error.Trim().Split('\n'));
        Assert.Contains("Slug", again.Error, StringComparison.Ordinal);

        var badLanguage = await RunAsync("create-region", "--slug", "elsewhere", "--name", "X", "--default-language", "xx", "--languages", "xx");
        Assert.NotEqual(0, badLanguage.ExitCode);
        Assert.StartsWith("error: ", badLanguage.Error, StringComparison.Ordinal);

        var missing = await RunAsync("create-region", "--slug", "nameless");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Single(missing.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task CreateAdmin_PrintsAOneTimePasswordThatWorks_AndRefusesBadAddresses()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        var created = await RunAsync("create-admin", "--email", "ops@involvim.example");
        Assert.Equal(0, created.ExitCode);
        var password = created.Output.Split("(shown once): ")[1].Split('\n')[0].Trim();
        Assert.Equal(20, password.Length);

        await using var app = new InvolvimApp(_database, new Dictionary<string, string?> { ["Database:SeedDemo"] = "false" });
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync("ops@involvim.example");
            Assert.NotNull(user);
            Assert.True(user.IsPlatformAdmin);
            Assert.True(await users.CheckPasswordAsync(user, password));
        });

        var again = await RunAsync("create-admin", "--email", "ops@involvim.example");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("password unchanged", again.Output, StringComparison.Ordinal);

        var bad = await RunAsync("create-admin", "--email", "not an address");
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Single(bad.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task SeedDemo_IsIdempotent()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        var first = await RunAsync("seed-demo");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("coordinator@litija.example", first.Output, StringComparison.Ordinal);
        var second = await RunAsync("seed-demo");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("already there", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_FailsWithTheListOfVerbs()
    {
        var result = await RunAsync("frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("create-region", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRegion_WhileTheAppRuns_IsServedByTheRunningApp()
    {
        await using var app = new InvolvimApp(_database, new Dictionary<string, string?> { ["Regions:CacheSeconds"] = "1" });
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ennis/en/")).StatusCode);

        var created = await RunAsync("create-region", "--slug", "ennis", "--name", "Ennis", "--default-language", "en", "--languages", "en,pl", "--timezone", "Europe/Dublin");
        Assert.True(created.ExitCode == 0, created.Error);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        do
        {
            await Task.Delay(300);
            status = (await client.GetAsync("/ennis/pl/")).StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(e => e.Action == "region.created")));
    }
}
