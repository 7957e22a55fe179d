using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Search;

/// <summary>
/// One change to searchable content (a service, organisation or guide), written in the same transaction as the
/// change. Every instance's in-memory index follows this log, so an edit on one instance or an import by the CLI
/// is searchable everywhere within seconds.
/// </summary>
public sealed class DirectoryChange
{
    public long Id { get; set; }

    public Guid RegionId { get; set; }

    /// <summary><c>service</c>, <c>organization</c> or <c>guide</c>.</summary>
    public string EntityType { get; set; } = "";

    public Guid EntityId { get; set; }

    public DateTime At { get; set; }
}

/// <summary>A search that found nothing, counted per region, language and text. No address, no user, no time of day.</summary>
public sealed class FailedSearch : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public string Language { get; set; } = "";

    /// <summary>The query as typed (trimmed, at most 200 characters).</summary>
    public string Query { get; set; } = "";

    public int Count { get; set; }

    public DateOnly FirstSeen { get; set; }

    public DateOnly LastSeen { get; set; }
}

internal sealed class DirectoryChangeConfiguration : IEntityTypeConfiguration<DirectoryChange>
{
    public void Configure(EntityTypeBuilder<DirectoryChange> builder)
    {
        builder.Property(c => c.EntityType).HasMaxLength(16);
        builder.HasIndex(c => c.At);
    }
}

internal sealed class FailedSearchConfiguration : IEntityTypeConfiguration<FailedSearch>
{
    public void Configure(EntityTypeBuilder<FailedSearch> builder)
    {
        builder.Property(f => f.Language).HasMaxLength(8);
        builder.Property(f => f.Query).HasMaxLength(200);
        builder.HasIndex(f => new { f.RegionId, f.Language, f.Query }).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(f => f.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
