using Involvim.Web.Infrastructure.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Regions;

/// <summary>A tenant: a municipality or wider area with its own languages, timezone, coordinators and data.</summary>
public sealed class Region
{
    public const int SlugMaxLength = 40;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Lower-case URL name, e.g. <c>litija</c>.</summary>
    public string Slug { get; set; } = "";

    public string DefaultLanguage { get; set; } = "en";

    /// <summary>UI and content languages offered in this region, the default first.</summary>
    public List<string> EnabledLanguages { get; set; } = [];

    /// <summary>IANA timezone id, e.g. <c>Europe/Ljubljana</c>.</summary>
    public string TimeZone { get; set; } = "Europe/Ljubljana";

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public string? Website { get; set; }

    /// <summary>Days after a case is closed before personal contact details are erased.</summary>
    public int RetentionDays { get; set; } = 180;

    /// <summary>Offer new help requests to the best volunteer without waiting for a coordinator.</summary>
    public bool AutoOffer { get; set; }

    /// <summary>Hours a volunteer has to answer an offer before it moves on to the next candidate.</summary>
    public int OfferTimeoutHours { get; set; } = 24;

    /// <summary>Days after which an open help request nobody took is marked unmet.</summary>
    public int UnmetAfterDays { get; set; } = 14;

    /// <summary>Within how many days a coordinator answers a new help request (told to the requester).</summary>
    public int AnswerWithinDays { get; set; } = 2;

    /// <summary>Parts of the region (municipalities, villages) that requesters and volunteers choose from.</summary>
    public List<string> Areas { get; set; } = [];

    /// <summary>Demo data, created by <c>seed-demo</c>; shown as such on every page.</summary>
    public bool IsDemo { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<RegionTranslation> Translations { get; set; } = [];
}

public static class RegionQueries
{
    /// <summary>The full row of the request's region (settings the cached snapshot does not carry), read-only.</summary>
    public static Task<Region> CurrentRegionAsync(this Infrastructure.Data.AppDbContext db, Infrastructure.Regions.RegionContext here, CancellationToken ct) =>
        db.Regions.AsNoTracking().FirstAsync(r => r.Id == here.RequiredRegion.Id, ct);
}

/// <summary>The region's name and short introduction in one language.</summary>
public sealed class RegionTranslation : ContentTranslation
{
    public Guid RegionId { get; set; }

    public string Name { get; set; } = "";

    public string? Introduction { get; set; }

    private static readonly TextFields<RegionTranslation> Fieldset = new TextFields<RegionTranslation>()
        .Add(nameof(Name), 120, t => t.Name, (t, v) => t.Name = v ?? "", required: true)
        .Add(nameof(Introduction), 2000, t => t.Introduction, (t, v) => t.Introduction = v, paragraphs: true);

    protected override ITextFields Texts => Fieldset;
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.Property(r => r.Slug).HasMaxLength(Region.SlugMaxLength);
        builder.Property(r => r.DefaultLanguage).HasMaxLength(8);
        builder.Property(r => r.TimeZone).HasMaxLength(64);
        builder.Property(r => r.ContactEmail).HasMaxLength(254);
        builder.Property(r => r.ContactPhone).HasMaxLength(40);
        builder.Property(r => r.Website).HasMaxLength(300);
        builder.Property(r => r.AnswerWithinDays).HasDefaultValue(2).ValueGeneratedNever();
        builder.HasMany(r => r.Translations).WithOne().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegionTranslationConfiguration : IEntityTypeConfiguration<RegionTranslation>
{
    public void Configure(EntityTypeBuilder<RegionTranslation> builder)
    {
        builder.HasKey(t => new { t.RegionId, t.Language });
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Name).HasMaxLength(120);
        builder.Property(t => t.Introduction).HasMaxLength(2000);
    }
}
