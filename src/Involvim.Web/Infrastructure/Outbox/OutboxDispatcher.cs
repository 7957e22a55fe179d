using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Involvim.Web.Infrastructure.Outbox;

/// <summary>
/// Sends due outbox messages. Each message is claimed with a short lease (a conditional UPDATE), so several
/// instances can dispatch side by side without sending a message twice; a failed send is retried with
/// exponential backoff, and a crash mid-send only delays the message until the lease runs out.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    InstanceIdentity instance,
    IOptions<MailOptions> options,
    ILogger<OutboxDispatcher> log) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), clock);
        do
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogDispatchFailed(log, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends what is due now; returns how many messages were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();
        var now = clock.GetUtcNow().UtcDateTime;

        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(25)
            .ToListAsync(ct);

        var sent = 0;
        foreach (var id in due)
        {
            now = clock.GetUtcNow().UtcDateTime;
            var lockedUntil = now + Lease;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.SentAt == null && m.FailedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, instance.Id).SetProperty(m => m.LockedUntil, lockedUntil), ct);
            if (claimed == 0)
            {
                continue;
            }

            var message = await db.OutboxMessages.AsNoTracking().FirstAsync(m => m.Id == id, ct);
            try
            {
                // What actually leaves: the address behind a reference, the body behind a seal (never stored opened).
                var outgoing = await OpenAsync(scope.ServiceProvider, message, ct);
                if (message.Channel == OutboxChannels.Email)
                {
                    await transport.SendAsync(outgoing, ct);
                }
                else
                {
                    await SendTextAsync(scope.ServiceProvider, outgoing, ct);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await RecordFailureAsync(db, message, ex, ct);
                continue;
            }

            var sentAt = clock.GetUtcNow().UtcDateTime;
            var body = message.Sealed ? "" : message.BodyText;
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.BodyText, body)
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LockedBy, (string?)null)
                .SetProperty(m => m.LockedUntil, (DateTime?)null)
                .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
            sent++;
        }

        return sent;
    }

    /// <summary>
    /// A copy of the message as it is sent: a recipient reference (<c>help-request:…</c>) resolved to the address, a
    /// sealed body opened. Texts always go by reference; e-mails to plain addresses stay as they are.
    /// </summary>
    private static async Task<OutboxMessage> OpenAsync(IServiceProvider services, OutboxMessage message, CancellationToken ct)
    {
        var to = message.To;
        var resolver = services.GetServices<IRecipientResolver>().FirstOrDefault(r => r.Handles(message.To));
        if (resolver is not null)
        {
            to = await resolver.ResolveAsync(message.To, ct) ?? throw new UndeliverableException("The recipient's contact is no longer stored.");
        }
        else if (message.Channel != OutboxChannels.Email)
        {
            throw new UndeliverableException("Unknown recipient reference.");
        }

        var body = message.BodyText;
        if (message.Sealed)
        {
            body = services.GetRequiredService<OutboxSeal>().Open(message.BodyText) ?? throw new UndeliverableException("The sealed body can no longer be opened.");
        }

        return new OutboxMessage
        {
            Id = message.Id,
            To = to,
            Channel = message.Channel,
            Subject = message.Subject,
            BodyText = body,
            Kind = message.Kind,
            RegionId = message.RegionId,
            CreatedAt = message.CreatedAt,
            Attempts = message.Attempts,
        };
    }

    private static async Task SendTextAsync(IServiceProvider services, OutboxMessage message, CancellationToken ct)
    {
        var gateway = services.GetRequiredService<ITextGateway>();
        if (!gateway.IsConfigured)
        {
            throw new UndeliverableException("No messaging gateway is configured.");
        }

        await gateway.SendAsync(new TextMessage(message.Id, message.Channel, message.To, message.BodyText), ct);
    }

    /// <summary>30 s, 1 min, 2 min... capped at 6 hours.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Max(0, attempts - 1)), TimeSpan.FromHours(6).TotalSeconds));

    private async Task RecordFailureAsync(AppDbContext db, OutboxMessage message, Exception ex, CancellationToken ct)
    {
        var attempts = message.Attempts + 1;
        var now = clock.GetUtcNow().UtcDateTime;
        var error = $"{ex.GetType().Name}: {ex.Message}";
        error = error[..Math.Min(error.Length, 1000)];
        DateTime? failedAt = attempts >= OutboxMessage.MaxAttempts || ex is UndeliverableException ? now : null;
        var next = now + Backoff(attempts);
        // A sealed body that will never be sent is not kept either.
        var body = message.Sealed && failedAt is not null ? "" : message.BodyText;
        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.BodyText, body)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.FailedAt, failedAt)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.LockedBy, (string?)null)
            .SetProperty(m => m.LockedUntil, (DateTime?)null), ct);
        LogSendFailed(log, ex, message.Id, attempts);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} could not be sent (attempt {Attempt})")]
    private static partial void LogSendFailed(ILogger logger, Exception ex, Guid messageId, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch round failed")]
    private static partial void LogDispatchFailed(ILogger logger, Exception ex);
}

/// <summary>Deletes sent messages after 30 days and failed ones after 90: the outbox is not an archive of personal data.</summary>
internal sealed class OutboxCleanupJob(TimeProvider clock) : IRecurringJob
{
    public string Name => "outbox-cleanup";

    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var sentBefore = now.AddDays(-30);
        var failedBefore = now.AddDays(-90);
        await db.OutboxMessages
            .Where(m => (m.SentAt != null && m.SentAt < sentBefore) || (m.FailedAt != null && m.FailedAt < failedBefore))
            .ExecuteDeleteAsync(ct);
    }
}

public static class OutboxSetup
{
    public static WebApplicationBuilder AddOutboxAndJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        PublicAddressValidation.Configure(builder);
        builder.Services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section);
        builder.Services.AddSingleton<InstanceIdentity>();
        builder.Services.AddScoped<EmailOutbox>();
        builder.Services.AddSingleton<OutboxSeal>();
        builder.Services.AddScoped<PublicLinks>();
        builder.Services.AddSingleton<IMailTransport, MailTransport>();
        builder.Services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.Section);
        builder.Services.AddHttpClient<ITextGateway, WebhookTextGateway>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddSingleton<IRecurringJob, OutboxCleanupJob>();
        builder.Services.AddSingleton<RecurringJobRunner>();

        // The dispatcher obeys Mail:DispatcherEnabled; recurring jobs obey Jobs:Enabled.
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        var jobs = builder.Configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        if (jobs.Enabled)
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<RecurringJobRunner>());
        }

        return builder;
    }
}
