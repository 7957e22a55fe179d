using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Accounts;

/// <summary>An invitation, sent by e-mail, to take a role in a region. Only the hash of its token is stored.</summary>
public sealed class StaffInvitation : IRegionScoped
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public string Email { get; set; } = "";

    public RegionRole Role { get; set; }

    public Guid? OrganizationId { get; set; }

    /// <summary>Language of the invitation e-mail and of the acceptance page.</summary>
    public string Language { get; set; } = "en";

    public string TokenHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public Guid CreatedByUserId { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public Guid? AcceptedByUserId { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsOpen(DateTime now) => AcceptedAt is null && RevokedAt is null && ExpiresAt > now;
}

internal sealed class StaffInvitationConfiguration : IEntityTypeConfiguration<StaffInvitation>
{
    public void Configure(EntityTypeBuilder<StaffInvitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Language).HasMaxLength(8);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.RegionId);
        builder.HasOne<Region>().WithMany().HasForeignKey(i => i.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
