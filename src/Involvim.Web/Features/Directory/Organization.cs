using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Directory;

/// <summary>The kinds of actors named in the study-visit report (DESIGN.md §1).</summary>
public enum OrganizationKind
{
    Municipality,
    Employer,
    School,
    AdultEducation,
    Ngo,
    PublicService,
    CounsellingOffice,
    ReligiousCommunity,
    Other,
}

/// <summary>
/// A provider in a region: municipality, employer, school, NGO, info point... Org-editors are bound to one.
/// The service directory (issue 3) hangs services, locations and guides from it.
/// </summary>
public sealed class Organization : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public OrganizationKind Kind { get; set; }

    public string? Website { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool IsDemo { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<OrganizationTranslation> Translations { get; set; } = [];
}

public sealed class OrganizationTranslation : ContentTranslation
{
    public Guid OrganizationId { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    private static readonly TextFields<OrganizationTranslation> Fieldset = new TextFields<OrganizationTranslation>()
        .Add(nameof(Name), 200, t => t.Name, (t, v) => t.Name = v ?? "", required: true)
        .Add(nameof(Description), 4000, t => t.Description, (t, v) => t.Description = v, paragraphs: true);

    protected override ITextFields Texts => Fieldset;
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Kind).HasEnumText(OrganizationKind.Other, maxLength: 24);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.Phone).HasMaxLength(40);
        builder.HasIndex(o => o.RegionId);
        builder.HasOne<Region>().WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Translations).WithOne().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // An org-editor's role names the organisation; the role is configured here so that Accounts need not know organisations.
        builder.HasMany<Accounts.RegionRoleAssignment>().WithOne().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganizationTranslationConfiguration : IEntityTypeConfiguration<OrganizationTranslation>
{
    public void Configure(EntityTypeBuilder<OrganizationTranslation> builder)
    {
        builder.HasKey(t => new { t.OrganizationId, t.Language });
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Description).HasMaxLength(4000);
    }
}
