using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Search;

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
