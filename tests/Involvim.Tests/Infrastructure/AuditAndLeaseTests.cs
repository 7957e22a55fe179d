using Involvim.Tests.Support;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Infrastructure;

/// <summary>The hash-chained audit log and the job leases, on each database engine.</summary>
public abstract class AuditAndLeaseTests(AppFixture fixture)
{
    private InvolvimApp App => fixture.App;

    private Task RecordAsync(string action) =>
        App.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<AuditLog>().Record(action, "Test", null, null, new { note = "ščž" });
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });

    [Fact]
    public async Task Chain_OfRealEntries_IsIntact()
    {
        await RecordAsync("test.one");
        await RecordAsync("test.two");
        var verification = await App.WithScopeAsync(sp => AuditChain.VerifyAsync(sp.GetRequiredService<AppDbContext>()));
        Assert.True(verification.Intact, $"broken at {verification.BrokenAt}");
        Assert.True(verification.EntriesChecked >= 2);
    }

    [Fact]
    public async Task ConcurrentWriters_AppendWithoutForkingTheChain()
    {
        var before = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync());
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => RecordAsync($"test.concurrent.{i}"))));
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            Assert.Equal(before + 12, await db.AuditEntries.CountAsync());
            var sequences = await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
            Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
            Assert.True((await AuditChain.VerifyAsync(db)).Intact);
        });
    }

    /// <summary>
    /// Issue 9: a staff action must never fail because another one was saved at the same moment. 50 audited writes
    /// at once (each in its own scope, as 50 requests would be) while every core is kept busy by a CPU burner: all
    /// succeed, the sequence has no gaps or forks, and the chain verifies.
    /// </summary>
    [Fact]
    public async Task FiftyConcurrentStaffWrites_UnderCpuLoad_AllSucceed_AndTheChainVerifies()
    {
        using var burn = new CancellationTokenSource();
        var burners = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Factory.StartNew(
            () =>
            {
                var x = 0UL;
                while (!burn.IsCancellationRequested)
                {
                    x = (x * 6364136223846793005UL) + 1442695040888963407UL;
                }

                return x;
            },
            TaskCreationOptions.LongRunning)).ToList();
        try
        {
            var before = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync());
            var marker = Guid.NewGuid().ToString("N")[..8];
            var writes = Enumerable.Range(0, 50).Select(i => Task.Run(() => RecordAsync($"test.load.{marker}.{i}"))).ToList();
            await Task.WhenAll(writes);
            Assert.All(writes, w => Assert.True(w.IsCompletedSuccessfully));
            await App.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                Assert.Equal(50, await db.AuditEntries.CountAsync(e => e.Action.StartsWith($"test.load.{marker}.")));
                Assert.True(await db.AuditEntries.CountAsync() >= before + 50);
                var sequences = await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
                Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
                var verification = await AuditChain.VerifyAsync(db);
                Assert.True(verification.Intact, $"broken at {verification.BrokenAt}");
            });
        }
        finally
        {
            await burn.CancelAsync();
            await Task.WhenAll(burners);
        }
    }

    /// <summary>An audited write inside a caller's own transaction takes the same append lock and commits with it, or not at all.</summary>
    [Fact]
    public async Task AuditedWriteInACallersTransaction_CommitsWithIt_OrNotAtAll()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await using (var rolledBack = await db.Database.BeginTransactionAsync())
            {
                sp.GetRequiredService<AuditLog>().Record($"test.tx.{marker}.rolled-back", "Test", null, null);
                await db.SaveChangesAsync();
                await rolledBack.RollbackAsync();
            }

            db.ChangeTracker.Clear();
            await using var committed = await db.Database.BeginTransactionAsync();
            sp.GetRequiredService<AuditLog>().Record($"test.tx.{marker}.committed", "Test", null, null);
            await db.SaveChangesAsync();
            await committed.CommitAsync();
        });
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => RecordAsync($"test.tx.{marker}.after.{i}"))));
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var actions = await db.AuditEntries.Where(e => e.Action.StartsWith($"test.tx.{marker}.")).Select(e => e.Action).ToListAsync();
            Assert.DoesNotContain($"test.tx.{marker}.rolled-back", actions);
            Assert.Contains($"test.tx.{marker}.committed", actions);
            Assert.Equal(9, actions.Count);
            Assert.True((await AuditChain.VerifyAsync(db)).Intact);
        });
    }

    [Fact]
    public void ChangedEntry_NoLongerMatchesItsHash()
    {
        var entry = new AuditEntry { Sequence = 7, At = DateTime.UtcNow, Action = "region.settings.updated", EntityType = "Region", PreviousHash = AuditChain.Genesis };
        entry.Hash = AuditChain.ComputeHash(entry);
        entry.Details = "{\"changed\":[\"contactPhone\"]}";
        Assert.NotEqual(entry.Hash, AuditChain.ComputeHash(entry));
    }

    [Fact]
    public async Task Lease_IsHeldByOneInstanceUntilReleasedOrExpired()
    {
        var name = "test-lease-" + Guid.NewGuid().ToString("N")[..6];
        var now = DateTime.UtcNow;
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            Assert.True(await JobLeases.TryAcquireAsync(db, name, "instance-a", TimeSpan.FromMinutes(1), now, default));
            Assert.False(await JobLeases.TryAcquireAsync(db, name, "instance-b", TimeSpan.FromMinutes(1), now, default));
            Assert.True(await JobLeases.TryAcquireAsync(db, name, "instance-a", TimeSpan.FromMinutes(1), now, default));
            Assert.True(await JobLeases.TryAcquireAsync(db, name, "instance-b", TimeSpan.FromMinutes(1), now.AddMinutes(2), default));
            await JobLeases.ReleaseAsync(db, name, "instance-b", now.AddMinutes(2), null, default);
            Assert.True(await JobLeases.TryAcquireAsync(db, name, "instance-a", TimeSpan.FromMinutes(1), now.AddMinutes(2).AddSeconds(1), default));
        });
    }

    [Fact]
    public async Task Lease_ContendedByManyAtOnce_HasExactlyOneWinner()
    {
        var name = "test-race-" + Guid.NewGuid().ToString("N")[..6];
        var now = DateTime.UtcNow;
        var wins = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            App.WithScopeAsync(sp => JobLeases.TryAcquireAsync(sp.GetRequiredService<AppDbContext>(), name, $"instance-{i}", TimeSpan.FromMinutes(1), now, default)))));
        Assert.Equal(1, wins.Count(w => w));
    }
}

public sealed class AuditAndLeaseTests_Sqlite(SqliteFixture fixture) : AuditAndLeaseTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AuditAndLeaseTests_Postgres(PostgresFixture fixture) : AuditAndLeaseTests(fixture), IClassFixture<PostgresFixture>;
