using Involvim.Tests.Support;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Jobs;
using Involvim.Web.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Involvim.Tests.Infrastructure;

public sealed class RecurringJobTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private InvolvimApp App => fixture.App;

    [Fact]
    public async Task OutboxCleanup_DeletesOldSentMessagesOnly_AndRecordsTheRun()
    {
        var now = DateTime.UtcNow;
        var (old, recent, pending) = await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            OutboxMessage Message(DateTime? sentAt) => new() { To = "x@example.com", Subject = "s", BodyText = "b", Kind = "test", CreatedAt = now.AddDays(-40), NextAttemptAt = now, SentAt = sentAt };
            var o = Message(now.AddDays(-31));
            var r = Message(now.AddDays(-1));
            var p = Message(null);
            db.OutboxMessages.AddRange(o, r, p);
            await db.SaveChangesAsync();
            return (o.Id, r.Id, p.Id);
        });

        var runner = App.Services.GetRequiredService<RecurringJobRunner>();
        var job = App.Services.GetServices<IRecurringJob>().OfType<OutboxCleanupJob>().Single();
        Assert.True(await runner.RunOnceAsync(job, default));

        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.Id == old));
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.Id == recent));
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.Id == pending));
            var lease = await db.JobLeases.SingleAsync(l => l.Name == job.Name);
            Assert.NotNull(lease.LastFinishedAt);
            Assert.Null(lease.LastError);
        });
    }

    [Fact]
    public void OpenTelemetry_IsOffWithoutAnEndpoint() =>
        Assert.Null(App.Services.GetService<TracerProvider>());
}

public sealed class TelemetryOnTests(TelemetryOnTests.Fixture fixture) : IClassFixture<TelemetryOnTests.Fixture>
{
    public sealed class Fixture() : AppFixture(DatabaseKind.Sqlite)
    {
        protected override IReadOnlyDictionary<string, string?> Overrides => new Dictionary<string, string?> { ["OpenTelemetry:OtlpEndpoint"] = "http://127.0.0.1:4317" };
    }

    [Fact]
    public void OpenTelemetry_IsOnWhenAnEndpointIsConfigured() =>
        Assert.NotNull(fixture.App.Services.GetService<TracerProvider>());
}
