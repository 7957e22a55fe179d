using System.Collections.Concurrent;
using System.Net;
using Involvim.BrowserTests.Infrastructure;
using Involvim.Web;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(BrowserFixture))]

namespace Involvim.BrowserTests.Infrastructure;

/// <summary>
/// One real app (Kestrel on a free loopback port, SQLite file in a temp folder, demo data seeded) and one
/// headless Chromium for the whole test run. Each test opens its own browser context.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; <c>INVOLVIM_CHROMIUM</c> overrides it (e.g. to check the "not installed" path).</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("INVOLVIM_CHROMIUM") is { Length: > 0 } path
        ? path
        : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "involvim-browser-" + Guid.NewGuid().ToString("N"));
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _accountGates = new(StringComparer.OrdinalIgnoreCase);
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The app's origin with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Where the app drops e-mails (pickup folder).</summary>
    public string MailDirectory => Path.Combine(_directory, "mail");

    /// <summary>The running app's services (database, identity, ...), e.g. to read the state a test expects.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app is not running.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            // Nothing to drive: don't start the app either. Each test then fails (CI) or skips.
            return;
        }

        Directory.CreateDirectory(MailDirectory);
        // The port is chosen first, so that links in e-mails (Mail:PublicBaseUrl) point at this very server.
        var port = FreeLoopbackPort();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:Involvim", $"Data Source={Path.Combine(_directory, "browser.db")}");
            b.UseSetting("DataDirectory", _directory);
            b.UseSetting("Database:MigrateOnStart", "true");
            b.UseSetting("Database:SeedDemo", "true");
            b.UseSetting("Security:RequireHttps", "false");
            b.UseSetting("Security:AnonymousPostsPerMinute", "1000");
            b.UseSetting("Security:SignedInPostsPerMinute", "1000");
            b.UseSetting("Security:SubmissionsPerMinute", "1000");
            b.UseSetting("Security:TrackingLookupsPerMinute", "1000");
            b.UseSetting("Mail:PickupDirectory", MailDirectory);
            b.UseSetting("Mail:PublicBaseUrl", $"http://127.0.0.1:{port}");
            b.UseSetting("Jobs:Enabled", "false");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        _factory = factory;

        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The test server reports no address.");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A fresh browser context (own cookies) whose relative URLs resolve against the app. Without Chromium the
    /// test fails when <c>CI=true</c> (a CI run must not pass by skipping) and is skipped otherwise.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true)
    {
        if (_browser is null)
        {
            var reason = $"Chromium not installed: {ChromiumPath} does not exist (apt-get install chromium; test.sh installs it).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

        // Generous, because two test classes run at once and axe is heavy: on a loaded two-core CI machine a
        // sign-in and redirect once took longer than 15 s. A real failure still fails, only later.
        context.SetDefaultTimeout(DefaultTimeoutMs);
        return context;
    }

    public const float DefaultTimeoutMs = 45_000;

    /// <summary>A UI string as the app shows it in <paramref name="language"/> (from the app's own resources).</summary>
    public string Text(string language, string key, params object[] arguments)
    {
        var services = _factory?.Services ?? throw new InvalidOperationException("The app is not running.");
        var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        using var culture = new CultureScope(language);
        return localizer[key, arguments].Value;
    }

    /// <summary>
    /// Exclusive use of a demo account's sign-in settings until the lease is disposed. The database is shared by
    /// all tests, which run in parallel: a test that changes or relies on an account's two-step sign-in (the
    /// coordinator's first sign-in sets it up) holds the lease while it does so.
    /// </summary>
    public async Task<IAsyncDisposable> LeaseAccountAsync(string email)
    {
        var gate = _accountGates.GetOrAdd(email, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken))
        {
            throw new TimeoutException($"Another test held {email} for two minutes.");
        }

        return new AccountLease(gate);
    }

    /// <summary>
    /// Turns on two-step sign-in for the account (as if its person had set it up) unless it is on already, and
    /// returns the authenticator key (Base32) to compute codes from. Hold <see cref="LeaseAccountAsync"/>.
    /// </summary>
    public async Task<string> EnableTwoStepSignInAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            Succeeded(await users.ResetAuthenticatorKeyAsync(user), email);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"No authenticator key for {email}.");
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            Succeeded(await users.SetTwoFactorEnabledAsync(user, true), email);
        }

        return key;
    }

    /// <summary>Turns two-step sign-in off and forgets the key, so the next sign-in is a first one. Hold <see cref="LeaseAccountAsync"/>.</summary>
    public async Task ResetTwoStepSignInAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        Succeeded(await users.SetTwoFactorEnabledAsync(user, false), email);
        Succeeded(await users.ResetAuthenticatorKeyAsync(user), email);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL file for a moment; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void Succeeded(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Changing the sign-in of {email} failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private sealed class AccountLease(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
