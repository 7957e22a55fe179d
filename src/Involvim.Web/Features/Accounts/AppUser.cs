using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Accounts;

/// <summary>A person who signs in: staff, volunteers and platform administrators. Newcomers need no account.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>Language for e-mails to this person.</summary>
    public string PreferredLanguage { get; set; } = "en";

    /// <summary>Creates regions and may act in every region.</summary>
    public bool IsPlatformAdmin { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(8);
    }
}
