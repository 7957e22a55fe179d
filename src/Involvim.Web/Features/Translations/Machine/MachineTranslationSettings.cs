using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Translations.Machine;

/// <summary>The machine translation providers a region can use (ADR 0015).</summary>
public static class MachineProviders
{
    /// <summary>A LibreTranslate server (<c>POST /translate</c>, <c>GET /languages</c>): self-hostable, so text need not leave the region's own server.</summary>
    public const string LibreTranslate = "libretranslate";

    /// <summary>The DeepL API (<c>POST /v2/translate</c>, <c>GET /v2/usage</c>).</summary>
    public const string DeepL = "deepl";

    /// <summary>A stand-in that marks text instead of translating it; only for demo regions, never in a real region.</summary>
    public const string DemoFake = "demo-fake";

    public static readonly string[] All = [LibreTranslate, DeepL, DemoFake];
}

/// <summary>How a region uses machine translation; one row per region, none when it does not.</summary>
public sealed class MachineTranslationSettings : IRegionScoped
{
    public const int MaxBudget = 100_000_000;

    public Guid RegionId { get; set; }

    /// <summary>One of <see cref="MachineProviders"/>.</summary>
    public string Provider { get; set; } = "";

    /// <summary>The provider's base address, e.g. <c>https://translate.litija.si</c> or <c>https://api-free.deepl.com</c>.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>The API key, encrypted with the app's Data Protection keys; null when the provider needs none.</summary>
    public string? ProtectedApiKey { get; set; }

    /// <summary>The provider runs on the region's own (or a contracted, data-processing) server: it may see personal data (the triage aid).</summary>
    public bool IsPrivate { get; set; }

    /// <summary>Characters per calendar month (UTC); warn at 80 %, stop at 100 %.</summary>
    public int MonthlyCharacterBudget { get; set; }

    /// <summary>Whether machine drafts may be saved (and so published, marked as machine translated) without a person checking them first.</summary>
    public bool PublishMachineDrafts { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// One call to a provider: for the budget and for accountability. Holds no text — only what was translated
/// (content kind and id, or "triage"), how many characters, who asked, and whether it was charged.
/// </summary>
public sealed class MachineTranslationCall : IRegionScoped
{
    public long Id { get; set; }

    public Guid RegionId { get; set; }

    public DateTime At { get; set; }

    public string Provider { get; set; } = "";

    public string SourceLanguage { get; set; } = "";

    public string TargetLanguage { get; set; } = "";

    /// <summary>The content's kind (<c>guide</c>, <c>service</c>) or <c>triage</c> for a help request read by staff.</summary>
    public string Purpose { get; set; } = "";

    public Guid? ItemId { get; set; }

    public Guid? TriggeredBy { get; set; }

    public int Characters { get; set; }

    /// <summary>Characters counted against the budget: those of a successful call; 0 for a failed one.</summary>
    public int Charged { get; set; }

    /// <summary>Null when the call succeeded; otherwise a short reason (<c>429</c>, <c>503</c>, <c>timeout</c>, <c>malformed</c>, <c>budget</c>).</summary>
    public string? Failure { get; set; }
}

/// <summary>A machine translation of one content segment, kept by the hash of its source text, so unchanged text costs nothing again.</summary>
public sealed class MachineTranslationCacheEntry : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public string Provider { get; set; } = "";

    public string SourceLanguage { get; set; } = "";

    public string TargetLanguage { get; set; } = "";

    public string SourceHash { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

internal sealed class MachineTranslationSettingsConfiguration : IEntityTypeConfiguration<MachineTranslationSettings>
{
    public void Configure(EntityTypeBuilder<MachineTranslationSettings> builder)
    {
        builder.HasKey(s => s.RegionId);
        builder.Property(s => s.Provider).HasMaxLength(24);
        builder.Property(s => s.Endpoint).HasMaxLength(300);
        builder.Property(s => s.ProtectedApiKey).HasMaxLength(2000);
        builder.HasOne<Region>().WithOne().HasForeignKey<MachineTranslationSettings>(s => s.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MachineTranslationCallConfiguration : IEntityTypeConfiguration<MachineTranslationCall>
{
    public void Configure(EntityTypeBuilder<MachineTranslationCall> builder)
    {
        builder.ToTable("MachineTranslationLedger");
        builder.Property(c => c.Provider).HasMaxLength(24);
        builder.Property(c => c.SourceLanguage).HasMaxLength(8);
        builder.Property(c => c.TargetLanguage).HasMaxLength(8);
        builder.Property(c => c.Purpose).HasMaxLength(24);
        builder.Property(c => c.Failure).HasMaxLength(40);
        builder.HasIndex(c => new { c.RegionId, c.At });
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MachineTranslationCacheEntryConfiguration : IEntityTypeConfiguration<MachineTranslationCacheEntry>
{
    public void Configure(EntityTypeBuilder<MachineTranslationCacheEntry> builder)
    {
        builder.ToTable("MachineTranslationCache");
        builder.Property(c => c.Provider).HasMaxLength(24);
        builder.Property(c => c.SourceLanguage).HasMaxLength(8);
        builder.Property(c => c.TargetLanguage).HasMaxLength(8);
        builder.Property(c => c.SourceHash).HasMaxLength(32);
        builder.HasIndex(c => new { c.RegionId, c.Provider, c.SourceLanguage, c.TargetLanguage, c.SourceHash }).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
