using System.Net;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OtpNet;

namespace Involvim.Tests.Support;

/// <summary>
/// The real application on a real database (SQLite file or PostgreSQL), migrated and seeded with the demo,
/// with background dispatch off so that tests decide when mail leaves.
/// </summary>
public class InvolvimApp(TestDatabase database, IReadOnlyDictionary<string, string?>? overrides = null, string environment = "Testing") : WebApplicationFactory<Program>
{
    public const string DemoPassword = "demo-involvim-2026";

    /// <summary>The public address links in e-mails start with (Mail:PublicBaseUrl).</summary>
    public const string PublicBaseUrl = "https://involvim.example";

    private readonly Dictionary<string, string> _totpSecrets = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public TestDatabase Database { get; } = database;

    public string MailDirectory => Path.Combine(Database.Directory, "mail");

    public IReadOnlyDictionary<string, string?> Settings => BuildSettings();

    /// <summary>Errors the server logged (unhandled exceptions are bugs: a test may assert there are none).</summary>
    public ErrorLog ServerErrors { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureLogging(logging => logging.AddProvider(ServerErrors));
        foreach (var (key, value) in BuildSettings())
        {
            builder.UseSetting(key, value);
        }
    }

    private Dictionary<string, string?> BuildSettings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Kind == DatabaseKind.Postgres ? "Postgres" : "Sqlite",
            ["ConnectionStrings:Involvim"] = Database.ConnectionString,
            ["DataDirectory"] = Database.Directory,
            ["Database:MigrateOnStart"] = "true",
            ["Database:SeedDemo"] = "true",
            ["Security:RequireHttps"] = "false",
            ["Security:AnonymousPostsPerMinute"] = "100000",
            ["Security:SignedInPostsPerMinute"] = "100000",
            ["Security:SubmissionsPerMinute"] = "100000",
            ["Security:TrackingLookupsPerMinute"] = "100000",
            ["Mail:PickupDirectory"] = MailDirectory,
            ["Mail:PublicBaseUrl"] = PublicBaseUrl,
            // Tests send hosts such as involvim.test; HostsTests checks the derived, strict default.
            ["AllowedHosts"] = "*",
            ["Mail:DispatcherEnabled"] = "false",
            ["Jobs:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A UI string as the app says it in <paramref name="language"/> (what a page or answer must contain).</summary>
    public string Text(string language, string key, params object[] args)
    {
        var t = Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Involvim.Web.SharedResource>>();
        using var _ = new Involvim.Web.Infrastructure.Localization.CultureScope(language);
        return t[key, args].Value;
    }

    public HttpClient Anonymous(string? acceptLanguage = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return client;
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithScopeAsync(Func<IServiceProvider, Task> work) =>
        WithScopeAsync<bool>(async sp =>
        {
            await work(sp);
            return true;
        });

    /// <summary>Switches on two-step sign-in for a demo account and remembers its secret.</summary>
    public async Task<string> EnableTwoFactorAsync(string email)
    {
        await _gate.WaitAsync();
        try
        {
            if (_totpSecrets.TryGetValue(email, out var known))
            {
                return known;
            }

            var secret = await WithScopeAsync(async sp =>
            {
                var users = sp.GetRequiredService<UserManager<AppUser>>();
                var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}");
                await users.ResetAuthenticatorKeyAsync(user);
                await users.SetTwoFactorEnabledAsync(user, true);
                return (await users.GetAuthenticatorKeyAsync(user))!;
            });
            _totpSecrets[email] = secret;
            return secret;
        }
        finally
        {
            _gate.Release();
        }
    }

    public static string TotpCode(string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp();

    /// <summary>Signs a demo account in through the real pages (password, then the TOTP step when it is on).</summary>
    public async Task<HttpClient> SignInAsync(string email, string region = "litija", string language = "en", bool withTwoFactor = true)
    {
        if (withTwoFactor && NeedsTwoFactor(email))
        {
            await EnableTwoFactorAsync(email);
        }

        var client = Anonymous();
        var signIn = $"/{region}/{language}/account/signin";
        var response = await Forms.PostAsync(client, signIn, new() { ["Input.Email"] = email, ["Input.Password"] = DemoPassword });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var location = response.Headers.Location!.OriginalString;
        if (location.Contains("/account/signin/two-factor", StringComparison.Ordinal))
        {
            var secret = _totpSecrets[email];
            var second = await Forms.PostAsync(client, location, new() { ["Code"] = TotpCode(secret) });
            if (second.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Two-factor step of {email} answered {(int)second.StatusCode}");
            }
        }

        return client;
    }

    private static bool NeedsTwoFactor(string email) =>
        email.StartsWith("coordinator@", StringComparison.Ordinal) || email.StartsWith("admin@", StringComparison.Ordinal);

    public async Task<AppDbContext> NewDbContextAsync()
    {
        var scope = Services.CreateAsyncScope();
        await Task.CompletedTask;
        return scope.ServiceProvider.GetRequiredService<AppDbContext>();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _gate.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>One app per test class and database engine; PostgreSQL classes skip (or fail in CI) without a cluster.</summary>
public abstract class AppFixture(DatabaseKind kind) : IAsyncLifetime
{
    private InvolvimApp? _app;
    private TestDatabase? _database;

    public DatabaseKind Kind { get; } = kind;

    protected virtual IReadOnlyDictionary<string, string?>? Overrides => null;

    /// <summary>The started app; skips the test when this engine is not available outside CI.</summary>
    public InvolvimApp App
    {
        get
        {
            TestEnvironment.RequireOrSkip(TestDatabase.IsAvailable(Kind), $"No PostgreSQL for tests: set {TestEnvironment.PostgresVariable} (test.sh does)");
            return _app ?? throw new InvalidOperationException("The app did not start.");
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!TestDatabase.IsAvailable(Kind))
        {
            return;
        }

        _database = await TestDatabase.CreateAsync(Kind);
        _app = new InvolvimApp(_database, Overrides);
        _ = _app.Server; // start: migrate and seed now, not inside the first test
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteFixture() : AppFixture(DatabaseKind.Sqlite);

public sealed class PostgresFixture() : AppFixture(DatabaseKind.Postgres);
