using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Infrastructure.Jobs;

/// <summary>Who runs a recurring job right now. With several instances only the lease holder runs it.</summary>
public sealed class JobLease
{
    public string Name { get; set; } = "";

    public string? Holder { get; set; }

    public DateTime LeaseUntil { get; set; }

    public DateTime? LastStartedAt { get; set; }

    public DateTime? LastFinishedAt { get; set; }

    public string? LastError { get; set; }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(100);
        builder.Property(l => l.LastError).HasMaxLength(1000);
    }
}
