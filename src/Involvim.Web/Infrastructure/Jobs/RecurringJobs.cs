using Involvim.Web.Infrastructure.Data;

namespace Involvim.Web.Infrastructure.Jobs;

/// <summary>Work that runs every <see cref="Interval"/> on exactly one instance (retention, timeouts, clean-up).</summary>
public interface IRecurringJob
{
    string Name { get; }

    TimeSpan Interval { get; }

    Task RunAsync(IServiceProvider services, CancellationToken ct);
}

public sealed class JobOptions
{
    public const string Section = "Jobs";

    public bool Enabled { get; set; } = true;
}

/// <summary>Runs every registered <see cref="IRecurringJob"/> when it is due and its lease can be taken.</summary>
internal sealed partial class RecurringJobRunner(
    IServiceScopeFactory scopes,
    IEnumerable<IRecurringJob> jobs,
    TimeProvider clock,
    InstanceIdentity instance,
    ILogger<RecurringJobRunner> log) : BackgroundService
{
    private readonly Dictionary<string, DateTime> _nextRun = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5), clock);
        do
        {
            await RunDueAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunDueAsync(CancellationToken ct)
    {
        foreach (var job in jobs)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (_nextRun.TryGetValue(job.Name, out var next) && next > now)
            {
                continue;
            }

            _nextRun[job.Name] = now + job.Interval;
            await RunOnceAsync(job, ct);
        }
    }

    public async Task<bool> RunOnceAsync(IRecurringJob job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        // The lease outlives a normal run; if this instance dies, another takes over after it expires.
        if (!await JobLeases.TryAcquireAsync(db, job.Name, instance.Id, job.Interval + TimeSpan.FromMinutes(5), now, ct))
        {
            return false;
        }

        string? error = null;
        try
        {
            await job.RunAsync(scope.ServiceProvider, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error = $"{ex.GetType().Name}: {ex.Message}";
            LogJobFailed(log, ex, job.Name);
        }

        await JobLeases.ReleaseAsync(db, job.Name, instance.Id, clock.GetUtcNow().UtcDateTime, error?[..Math.Min(error.Length, 1000)], CancellationToken.None, holdUntil: now + job.Interval);
        return error is null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Recurring job {Job} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception ex, string job);
}
