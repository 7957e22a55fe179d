using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Translations;

/// <summary>A translator of a region may translate from one language into another (e.g. sl→uk); the coordinator assigns it.</summary>
public sealed class TranslatorPair : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public Guid UserId { get; set; }

    public string SourceLanguage { get; set; } = "";

    public string TargetLanguage { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// A translator has taken one item's translation into one language for 48 hours, so that two people do not
/// translate the same text at once. An expired claim is as good as none.
/// </summary>
public sealed class TranslationClaim : IRegionScoped
{
    public static readonly TimeSpan Duration = TimeSpan.FromHours(48);

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public string Kind { get; set; } = "";

    public Guid ItemId { get; set; }

    public string Language { get; set; } = "";

    public Guid UserId { get; set; }

    public DateTime ClaimedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}

/// <summary>
/// The region's translation memory: a human translation of a source segment, found again for the same or a similar
/// segment anywhere in the region's content. Keyed by the hash of the normalised source text.
/// </summary>
public sealed class TranslationMemoryEntry : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public string SourceLanguage { get; set; } = "";

    public string TargetLanguage { get; set; } = "";

    public string SourceHash { get; set; } = "";

    /// <summary>Length of the source text, so that near matches are looked for among texts of a similar length only.</summary>
    public int SourceLength { get; set; }

    public string SourceText { get; set; } = "";

    public string TargetText { get; set; } = "";

    public DateTime UpdatedAt { get; set; }
}

internal sealed class TranslatorPairConfiguration : IEntityTypeConfiguration<TranslatorPair>
{
    public void Configure(EntityTypeBuilder<TranslatorPair> builder)
    {
        builder.Property(p => p.SourceLanguage).HasMaxLength(8);
        builder.Property(p => p.TargetLanguage).HasMaxLength(8);
        builder.HasIndex(p => new { p.RegionId, p.UserId, p.SourceLanguage, p.TargetLanguage }).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TranslationClaimConfiguration : IEntityTypeConfiguration<TranslationClaim>
{
    public void Configure(EntityTypeBuilder<TranslationClaim> builder)
    {
        builder.Property(c => c.Kind).HasMaxLength(24);
        builder.Property(c => c.Language).HasMaxLength(8);
        builder.HasIndex(c => new { c.Kind, c.ItemId, c.Language }).IsUnique();
        builder.HasIndex(c => c.RegionId);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TranslationMemoryEntryConfiguration : IEntityTypeConfiguration<TranslationMemoryEntry>
{
    public void Configure(EntityTypeBuilder<TranslationMemoryEntry> builder)
    {
        builder.ToTable("TranslationMemory");
        builder.Property(e => e.SourceLanguage).HasMaxLength(8);
        builder.Property(e => e.TargetLanguage).HasMaxLength(8);
        builder.Property(e => e.SourceHash).HasMaxLength(32);
        builder.HasIndex(e => new { e.RegionId, e.SourceLanguage, e.TargetLanguage, e.SourceHash }).IsUnique();
        builder.HasIndex(e => new { e.RegionId, e.SourceLanguage, e.TargetLanguage, e.SourceLength });
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
