using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Guides;

/// <summary>
/// An information page in the region's tree of guides ("Getting a residence permit", "Enrolling a child in school").
/// The body is Markdown, rendered and sanitized on the way out.
/// </summary>
public sealed class GuidePage : IRegionScoped, IListing
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>The organisation that keeps the page (its org-editors may edit it); null for the region's own pages.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>URL name, unique in the region, e.g. <c>residence-permit</c>.</summary>
    public string Slug { get; set; } = "";

    public int SortOrder { get; set; }

    public List<string> Categories { get; set; } = [];

    public PublicationStatus Status { get; set; } = PublicationStatus.Draft;

    public bool IsDemo { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? PendingChange { get; set; }

    public Guid? PendingChangeBy { get; set; }

    public DateTime? PendingChangeAt { get; set; }

    public List<GuideTranslation> Translations { get; set; } = [];
}

public sealed class GuideTranslation : ContentTranslation
{
    public Guid GuideId { get; set; }

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string BodyMarkdown { get; set; } = "";

    private static readonly TextField[] TextFields = [new(nameof(Title), GuideLimits.Title, Required: true), new(nameof(Summary), GuideLimits.Summary), new(nameof(BodyMarkdown), GuideLimits.Body, Paragraphs: true, Required: true)];

    public override IReadOnlyList<TextField> Fields() => TextFields;

    public override string? GetText(string field) => field switch
    {
        nameof(Title) => Title,
        nameof(Summary) => Summary,
        nameof(BodyMarkdown) => BodyMarkdown,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public override void SetText(string field, string? value)
    {
        switch (field)
        {
            case nameof(Title):
                Title = value ?? "";
                break;
            case nameof(Summary):
                Summary = value;
                break;
            case nameof(BodyMarkdown):
                BodyMarkdown = value ?? "";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field));
        }
    }
}

public static class GuideLimits
{
    public const int Title = 200;
    public const int Summary = 500;
    public const int Body = 40_000;
}

internal sealed class GuidePageConfiguration : IEntityTypeConfiguration<GuidePage>
{
    public void Configure(EntityTypeBuilder<GuidePage> builder)
    {
        builder.ToTable("Guides");
        builder.Property(g => g.Slug).HasMaxLength(80);
        builder.HasIndex(g => new { g.RegionId, g.Slug }).IsUnique();
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(g => g.PendingChange).HasMaxLength(100_000);
        builder.HasOne<Region>().WithMany().HasForeignKey(g => g.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<GuidePage>().WithMany().HasForeignKey(g => g.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(g => g.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(g => g.Translations).WithOne().HasForeignKey(t => t.GuideId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GuideTranslationConfiguration : IEntityTypeConfiguration<GuideTranslation>
{
    public void Configure(EntityTypeBuilder<GuideTranslation> builder)
    {
        builder.ConfigureText("GuideTranslations", t => new { t.GuideId, t.Language });
        builder.Property(t => t.Title).HasMaxLength(GuideLimits.Title);
        builder.Property(t => t.Summary).HasMaxLength(GuideLimits.Summary);
        builder.Property(t => t.BodyMarkdown).HasMaxLength(GuideLimits.Body);
    }
}
