using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Infrastructure.Outbox;

/// <summary>
/// An e-mail or a text waiting to be sent. It is written in the same transaction as the change that caused it, and sent
/// later by <see cref="OutboxDispatcher"/> with retries, so that a crash loses no message (DESIGN.md §5).
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 10;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>An e-mail address, or for texts a recipient reference resolved at send time (<see cref="IRecipientResolver"/>).</summary>
    public string To { get; set; } = "";

    /// <summary><see cref="OutboxChannels"/>: e-mail or a text through the messaging gateway.</summary>
    public string Channel { get; set; } = OutboxChannels.Email;

    public string Subject { get; set; } = "";

    public string BodyText { get; set; } = "";

    /// <summary>
    /// The body is encrypted (Data Protection) and readable only when it is sent; it is blanked once sent or given up.
    /// For messages that carry a secret, such as a tracking code.
    /// </summary>
    public bool Sealed { get; set; }

    /// <summary>What caused the message (e.g. <c>password-reset</c>); for operators, never personal data.</summary>
    public string Kind { get; set; } = "";

    public Guid? RegionId { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>Instance that holds the lease; another instance may take over once <see cref="LockedUntil"/> passes.</summary>
    public string? LockedBy { get; set; }

    public DateTime? LockedUntil { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Set when the message gave up after <see cref="MaxAttempts"/>.</summary>
    public DateTime? FailedAt { get; set; }

    public string? LastError { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(254);
        builder.Property(m => m.Channel).HasMaxLength(16).HasDefaultValue(OutboxChannels.Email);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.BodyText).HasMaxLength(20_000);
        builder.Property(m => m.Kind).HasMaxLength(40);
        builder.Property(m => m.LockedBy).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
    }
}
