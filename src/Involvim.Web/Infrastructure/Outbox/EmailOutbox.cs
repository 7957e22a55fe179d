using Involvim.Web.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Involvim.Web.Infrastructure.Outbox;

/// <summary>Queues an e-mail (or a text) in the current unit of work; it leaves when the caller's SaveChanges commits.</summary>
public sealed class EmailOutbox(AppDbContext db, TimeProvider clock, OutboxSeal seal)
{
    public OutboxMessage Enqueue(string to, string subject, string bodyText, string kind, Guid? regionId = null)
    {
        var message = Create(to, subject, bodyText, kind, regionId);
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>
    /// A message that carries a secret (a tracking code): the body is encrypted until it is sent and blanked after.
    /// Not added to the context: the caller stores it with the change it belongs to.
    /// </summary>
    public OutboxMessage CreateSealed(string channel, string recipientReference, string subject, string bodyText, string kind, Guid? regionId)
    {
        var message = Create(recipientReference, subject, seal.Protect(bodyText), kind, regionId);
        message.Channel = channel;
        message.Sealed = true;
        return message;
    }

    /// <summary>An e-mail not yet added to the context: the caller stores it with the change it belongs to.</summary>
    public OutboxMessage Create(string to, string subject, string bodyText, string kind, Guid? regionId)
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

/// <summary>Encrypts the bodies of sealed outbox messages (Data Protection) and opens them when they are sent.</summary>
public sealed class OutboxSeal(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Involvim.Outbox.Sealed.v1");

    public string Protect(string body) => _protector.Protect(body);

    /// <summary>The body, or null when it cannot be read any more (keys lost): such a message is undeliverable.</summary>
    public string? Open(string cipher)
    {
        try
        {
            return _protector.Unprotect(cipher);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
