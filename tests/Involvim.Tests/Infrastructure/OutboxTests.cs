using Involvim.Tests.Support;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Infrastructure;

/// <summary>The e-mail outbox on a real database: sent once, retried with backoff, and nothing lost across a restart.</summary>
public abstract class OutboxTests(DatabaseKind kind)
{
    private async Task<(TestDatabase Database, InvolvimApp App)> StartAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        TestEnvironment.RequireOrSkip(TestDatabase.IsAvailable(kind), $"No PostgreSQL for tests: set {TestEnvironment.PostgresVariable}");
        var database = await TestDatabase.CreateAsync(kind);
        var app = new InvolvimApp(database, overrides);
        _ = app.Server;
        return (database, app);
    }

    private static async Task<Guid> EnqueueAsync(InvolvimApp app, string to)
    {
        return await app.WithScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<EmailOutbox>();
            var message = outbox.Enqueue(to, "Pozdravljeni", "Vsebina sporočila", "test");
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
            return message.Id;
        });
    }

    private static string[] Mails(InvolvimApp app) =>
        Directory.Exists(app.MailDirectory) ? Directory.GetFiles(app.MailDirectory, "*.eml") : [];

    [Fact]
    public async Task QueuedMessage_IsSentOnceToThePickupFolder()
    {
        var (database, app) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        var id = await EnqueueAsync(app, "ram@example.com");
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();

        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        Assert.Equal(0, await dispatcher.DispatchDueAsync());

        var file = Assert.Single(Mails(app));
        var mail = await File.ReadAllTextAsync(file);
        Assert.Contains("To: ram@example.com", mail, StringComparison.Ordinal);
        Assert.Contains($"Message-Id: <{id:N}@involvim>", mail, StringComparison.OrdinalIgnoreCase);
        await app.WithScopeAsync(async sp =>
        {
            var row = await sp.GetRequiredService<AppDbContext>().OutboxMessages.SingleAsync(m => m.Id == id);
            Assert.NotNull(row.SentAt);
            Assert.Null(row.LockedBy);
        });
    }

    [Fact]
    public async Task QueuedBeforeACrash_IsSentAfterTheRestart_Once()
    {
        TestEnvironment.RequireOrSkip(TestDatabase.IsAvailable(kind), $"No PostgreSQL for tests: set {TestEnvironment.PostgresVariable}");
        await using var database = await TestDatabase.CreateAsync(kind);

        // First life: the message is acknowledged (committed), then the process goes away before any dispatch.
        Guid id;
        await using (var first = new InvolvimApp(database))
        {
            _ = first.Server;
            id = await EnqueueAsync(first, "olena@example.com");
        }

        // Second life on the same database, with the background dispatcher running as in production.
        await using var second = new InvolvimApp(database, new Dictionary<string, string?> { ["Mail:DispatcherEnabled"] = "true", ["Mail:PollSeconds"] = "1" });
        _ = second.Server;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Mails(second).Length == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        await Task.Delay(2500); // give a duplicate every chance to appear
        var file = Assert.Single(Mails(second));
        Assert.Contains(id.ToString("N"), file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoDispatchersAtOnce_SendEachMessageExactlyOnce()
    {
        var (database, app) = await StartAsync();
        await using var ownedDatabase = database;
        await using var ownedApp = app;
        await using var other = new InvolvimApp(database); // a second instance on the same database
        _ = other.Server;
        for (var i = 0; i < 20; i++)
        {
            await EnqueueAsync(app, $"person{i}@example.com");
        }

        var a = app.Services.GetRequiredService<OutboxDispatcher>();
        var b = other.Services.GetRequiredService<OutboxDispatcher>();
        var results = await Task.WhenAll(a.DispatchDueAsync(), b.DispatchDueAsync(), a.DispatchDueAsync(), b.DispatchDueAsync());

        Assert.Equal(20, results.Sum());
        Assert.Equal(20, Mails(app).Length);
    }

    [Fact]
    public async Task FailedSend_IsRetriedLaterWithBackoffAndTheErrorKept()
    {
        var (database, app) = await StartAsync(new Dictionary<string, string?>
        {
            // An SMTP server that does not exist: every attempt fails quickly.
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = "1",
            ["Mail:Smtp:Security"] = "None",
        });
        await using var _ = database;
        await using var __ = app;
        var id = await EnqueueAsync(app, "sabina@example.com");
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();

        Assert.Equal(0, await dispatcher.DispatchDueAsync());
        Assert.Equal(0, await dispatcher.DispatchDueAsync()); // not due again yet

        await app.WithScopeAsync(async sp =>
        {
            var row = await sp.GetRequiredService<AppDbContext>().OutboxMessages.SingleAsync(m => m.Id == id);
            Assert.Equal(1, row.Attempts);
            Assert.Null(row.SentAt);
            Assert.Null(row.FailedAt);
            Assert.NotNull(row.LastError);
            Assert.True(row.NextAttemptAt > DateTime.UtcNow.AddSeconds(20), $"next attempt {row.NextAttemptAt:O}");
        });
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(5, 480)]
    [InlineData(20, 21600)]
    public void Backoff_DoublesAndIsCapped(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxDispatcher.Backoff(attempts));
}

public sealed class OutboxTests_Sqlite() : OutboxTests(DatabaseKind.Sqlite);

public sealed class OutboxTests_Postgres() : OutboxTests(DatabaseKind.Postgres);
