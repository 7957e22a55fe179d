using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Infrastructure.Audit;

/// <summary>
/// One staff action, append-only. Each entry carries the hash of the previous one, so that a changed or
/// deleted entry breaks the chain (<see cref="AuditChain.VerifyAsync"/>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, 1, 2, 3...; the key, so two writers cannot both append the same link.</summary>
    public long Sequence { get; set; }

    public DateTime At { get; set; }

    public Guid? RegionId { get; set; }

    public Guid? ActorUserId { get; set; }

    /// <summary>What happened, e.g. <c>region.settings.updated</c>.</summary>
    public string Action { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string? EntityId { get; set; }

    /// <summary>Short JSON with what changed; never contact details of newcomers.</summary>
    public string? Details { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.HasIndex(e => new { e.RegionId, e.At });
        builder.Property(e => e.Action).HasMaxLength(80);
        builder.Property(e => e.EntityType).HasMaxLength(60);
        builder.Property(e => e.EntityId).HasMaxLength(80);
        builder.Property(e => e.Details).HasMaxLength(4000);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
    }
}
