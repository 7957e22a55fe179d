using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Accounts;

/// <summary>What a person may do in one region. <c>platform-admin</c> is global and lives on <see cref="AppUser"/>.</summary>
public enum RegionRole
{
    /// <summary>Runs the region: approves, triages, matches, sees insights, edits settings.</summary>
    Coordinator,

    /// <summary>Keeps one organisation's listings, guides and events current.</summary>
    OrgEditor,

    /// <summary>Helps newcomers; sees offered tasks.</summary>
    Volunteer,

    /// <summary>Translates content into a language.</summary>
    Translator,
}

public static class RegionRoles
{
    /// <summary>The role as written in URLs, forms and the README (<c>org-editor</c>).</summary>
    public static string Code(this RegionRole role) => role switch
    {
        RegionRole.Coordinator => "coordinator",
        RegionRole.OrgEditor => "org-editor",
        RegionRole.Volunteer => "volunteer",
        RegionRole.Translator => "translator",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static RegionRole? FromCode(string? code) => code switch
    {
        "coordinator" => RegionRole.Coordinator,
        "org-editor" => RegionRole.OrgEditor,
        "volunteer" => RegionRole.Volunteer,
        "translator" => RegionRole.Translator,
        _ => null,
    };

    /// <summary>Roles whose holders must use two-factor sign-in.</summary>
    public static bool RequiresTwoFactor(this RegionRole role) => role == RegionRole.Coordinator;
}

/// <summary>One role of one user in one region (an org-editor also names the organisation).</summary>
public sealed class RegionRoleAssignment : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public Guid RegionId { get; set; }

    public RegionRole Role { get; set; }

    public Guid? OrganizationId { get; set; }

    public DateTime CreatedAt { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public AppUser? User { get; set; }
}

internal sealed class RegionRoleAssignmentConfiguration : IEntityTypeConfiguration<RegionRoleAssignment>
{
    public void Configure(EntityTypeBuilder<RegionRoleAssignment> builder)
    {
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => new { a.UserId, a.RegionId, a.Role }).IsUnique();
        builder.HasIndex(a => a.RegionId);
        builder.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
