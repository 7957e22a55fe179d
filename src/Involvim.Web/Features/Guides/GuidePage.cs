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

    private static readonly TextFields<GuideTranslation> Fieldset = new TextFields<GuideTranslation>()
        .Add(nameof(Title), GuideLimits.Title, t => t.Title, (t, v) => t.Title = v ?? "", required: true)
        .Add(nameof(Summary), GuideLimits.Summary, t => t.Summary, (t, v) => t.Summary = v)
        .Add(nameof(BodyMarkdown), GuideLimits.Body, t => t.BodyMarkdown, (t, v) => t.BodyMarkdown = v ?? "", paragraphs: true, required: true);

    protected override ITextFields Texts => Fieldset;
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
