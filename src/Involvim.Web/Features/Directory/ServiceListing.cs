using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Directory;

/// <summary>
/// A service an organisation offers (a Slovenian course, help with permits, a football club). Named so as not to
/// collide with DI "services". Readers see the published text; an org-editor's change waits in
/// <see cref="PendingChange"/> until a coordinator approves it.
/// </summary>
public sealed class ServiceListing : IRegionScoped, IListing
{
    public const int MaxCategories = 5;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public Guid OrganizationId { get; set; }

    public PublicationStatus Status { get; set; } = PublicationStatus.Draft;

    /// <summary>Codes from <see cref="Categories"/>.</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>Languages in which the service is delivered (ISO 639-1 codes, not limited to the UI languages).</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Codes from <see cref="AccessModes"/>.</summary>
    public List<string> AccessModes { get; set; } = [];

    public bool IsFree { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public DateTime? LastVerifiedAt { get; set; }

    public bool IsDemo { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>A proposed change (JSON of the proposed listing) waiting for a coordinator; null when none.</summary>
    public string? PendingChange { get; set; }

    public Guid? PendingChangeBy { get; set; }

    public DateTime? PendingChangeAt { get; set; }

    public Organization? Organization { get; set; }

    public List<ServiceTranslation> Translations { get; set; } = [];

    public List<ServiceLocation> Locations { get; set; } = [];

    public List<OpeningRule> OpeningRules { get; set; } = [];

    public List<ScheduleException> ScheduleExceptions { get; set; } = [];
}

/// <summary>The reader-facing text of a service in one language.</summary>
public sealed class ServiceTranslation : ContentTranslation
{
    public Guid ServiceId { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string? Eligibility { get; set; }

    /// <summary>What it costs, when it is not simply free.</summary>
    public string? Fees { get; set; }

    /// <summary>How to get the service: what to bring, whom to call.</summary>
    public string? HowToApply { get; set; }

    public string? Accessibility { get; set; }

    private static readonly TextFields<ServiceTranslation> Fieldset = new TextFields<ServiceTranslation>()
        .Add(nameof(Name), ServiceLimits.Name, t => t.Name, (t, v) => t.Name = v ?? "", required: true)
        .Add(nameof(Description), ServiceLimits.LongText, t => t.Description, (t, v) => t.Description = v, paragraphs: true)
        .Add(nameof(Eligibility), ServiceLimits.ShortText, t => t.Eligibility, (t, v) => t.Eligibility = v, paragraphs: true)
        .Add(nameof(Fees), ServiceLimits.ShortText, t => t.Fees, (t, v) => t.Fees = v)
        .Add(nameof(HowToApply), ServiceLimits.ShortText, t => t.HowToApply, (t, v) => t.HowToApply = v, paragraphs: true)
        .Add(nameof(Accessibility), ServiceLimits.ShortText, t => t.Accessibility, (t, v) => t.Accessibility = v, paragraphs: true);

    protected override ITextFields Texts => Fieldset;
}

/// <summary>A service offered at a location (HSDS service_at_location).</summary>
public sealed class ServiceLocation : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public Guid ServiceId { get; set; }

    public Guid LocationId { get; set; }

    public Location? Location { get; set; }
}

/// <summary>Open on a weekday between two times, in the region's timezone.</summary>
public sealed class OpeningRule
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ServiceId { get; set; }

    public DayOfWeek Day { get; set; }

    public TimeOnly Opens { get; set; }

    public TimeOnly Closes { get; set; }
}

/// <summary>A date that differs from the weekly rules: closed (holiday), or other hours.</summary>
public sealed class ScheduleException
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ServiceId { get; set; }

    public DateOnly Date { get; set; }

    public bool Closed { get; set; }

    public TimeOnly? Opens { get; set; }

    public TimeOnly? Closes { get; set; }

    public string? Note { get; set; }
}

internal sealed class ServiceListingConfiguration : IEntityTypeConfiguration<ServiceListing>
{
    public void Configure(EntityTypeBuilder<ServiceListing> builder)
    {
        builder.ToTable("Services");
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Phone).HasMaxLength(40);
        builder.Property(s => s.Website).HasMaxLength(300);
        builder.Property(s => s.PendingChange).HasMaxLength(64_000);
        // Paging a region's published services in id order (HSDS lists) walks this index without sorting.
        builder.HasIndex(s => new { s.RegionId, s.Status, s.Id });
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Translations).WithOne().HasForeignKey(t => t.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Locations).WithOne().HasForeignKey(l => l.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.OpeningRules).WithOne().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.ScheduleExceptions).WithOne().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceTranslationConfiguration : IEntityTypeConfiguration<ServiceTranslation>
{
    public void Configure(EntityTypeBuilder<ServiceTranslation> builder)
    {
        builder.ConfigureText("ServiceTranslations", t => new { t.ServiceId, t.Language });
        builder.Property(t => t.Name).HasMaxLength(ServiceLimits.Name);
        builder.Property(t => t.Description).HasMaxLength(ServiceLimits.LongText);
        builder.Property(t => t.Eligibility).HasMaxLength(ServiceLimits.ShortText);
        builder.Property(t => t.Fees).HasMaxLength(ServiceLimits.ShortText);
        builder.Property(t => t.HowToApply).HasMaxLength(ServiceLimits.ShortText);
        builder.Property(t => t.Accessibility).HasMaxLength(ServiceLimits.ShortText);
    }
}

internal sealed class ServiceLocationConfiguration : IEntityTypeConfiguration<ServiceLocation>
{
    public void Configure(EntityTypeBuilder<ServiceLocation> builder)
    {
        builder.HasIndex(l => new { l.ServiceId, l.LocationId }).IsUnique();
        builder.HasOne(l => l.Location).WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OpeningRuleConfiguration : IEntityTypeConfiguration<OpeningRule>
{
    public void Configure(EntityTypeBuilder<OpeningRule> builder) => builder.HasIndex(r => r.ServiceId);
}

internal sealed class ScheduleExceptionConfiguration : IEntityTypeConfiguration<ScheduleException>
{
    public void Configure(EntityTypeBuilder<ScheduleException> builder)
    {
        builder.HasIndex(e => new { e.ServiceId, e.Date });
        builder.Property(e => e.Note).HasMaxLength(200);
    }
}

/// <summary>Size limits of service text, shared by the EF model, the forms and the importer.</summary>
public static class ServiceLimits
{
    public const int Name = 200;
    public const int ShortText = 2000;
    public const int LongText = 8000;
}
