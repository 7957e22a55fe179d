using System.Collections.Concurrent;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Help;

/// <summary>
/// Group commit for new help requests. When many people submit at once (a bus of workers after a shift, a
/// partner's chat service), each caller queues its request. Whoever holds the flush lock writes everything that is
/// queued in one transaction. A request is acknowledged only after the transaction that holds it has committed,
/// so nothing acknowledged can be lost; a burst costs a few commits instead of one per request (bench/README.md).
/// A batch that fails is retried one request at a time, so one bad request (a replayed form) cannot sink the others.
/// </summary>
public sealed class HelpSubmissionWriter(IServiceScopeFactory scopes)
{
    private const int MaxBatch = 256;
    private readonly ConcurrentQueue<Pending> _queue = new();
    private readonly SemaphoreSlim _flush = new(1, 1);

    private sealed record Pending(HelpRequest Request, IReadOnlyList<Infrastructure.Outbox.OutboxMessage> Messages)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// Stores the request (with its events) and the messages that belong to it (the code to the requester) in one
    /// commit; false when a unique key refused it (the same form sent twice), and then nothing of it is stored.
    /// </summary>
    public async Task<bool> WriteAsync(HelpRequest request, IReadOnlyList<Infrastructure.Outbox.OutboxMessage> messages, CancellationToken ct)
    {
        var pending = new Pending(request, messages);
        _queue.Enqueue(pending);
        await _flush.WaitAsync(ct);
        try
        {
            while (!pending.Done.Task.IsCompleted)
            {
                var batch = new List<Pending>();
                while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
                {
                    batch.Add(next);
                }

                if (batch.Count == 0)
                {
                    break;
                }

                // Once a batch is taken it is written to the end, whatever happens to this caller.
                await WriteBatchAsync(batch, CancellationToken.None);
            }
        }
        finally
        {
            _flush.Release();
        }

        return await pending.Done.Task;
    }

    private async Task WriteBatchAsync(List<Pending> batch, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

            // Only inserts, into a context thrown away afterwards: no change detection and no accepting of changes
            // (together a fifth of the CPU of a submission in the profile, bench/README.md).
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.HelpRequests.AddRange(batch.Select(p => p.Request));
            db.OutboxMessages.AddRange(batch.SelectMany(p => p.Messages));
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            batch.ForEach(p => p.Done.TrySetResult(true));
        }
        catch (DbUpdateException) when (batch.Count > 1)
        {
            foreach (var pending in batch)
            {
                await WriteBatchAsync([pending], ct);
            }
        }
        catch (DbUpdateException)
        {
            batch[0].Done.TrySetResult(false);
        }
        catch (Exception ex)
        {
            batch.ForEach(p => p.Done.TrySetException(ex));
        }
    }
}
