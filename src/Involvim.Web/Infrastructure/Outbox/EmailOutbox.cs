using Involvim.Web.Infrastructure.Data;

namespace Involvim.Web.Infrastructure.Outbox;

/// <summary>Queues an e-mail (or a text) in the current unit of work; it leaves when the caller's SaveChanges commits.</summary>
public sealed class EmailOutbox(AppDbContext db, TimeProvider clock)
{
    public OutboxMessage Enqueue(string to, string subject, string bodyText, string kind, Guid? regionId = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            To = to,
            Subject = subject,
            BodyText = bodyText,
            Kind = kind,
            RegionId = regionId,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>Queues a text; <paramref name="recipientReference"/> is resolved to the number only when it is sent.</summary>
    public OutboxMessage EnqueueText(string channel, string recipientReference, string text, string kind, Guid? regionId = null)
    {
        var message = Enqueue(recipientReference, "", text, kind, regionId);
        message.Channel = channel;
        return message;
    }
}
