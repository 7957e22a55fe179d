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

/// <summary>Ends every session of a person at once (the security stamp is checked on each request).</summary>
public static class AccountSessions
{
    /// <summary>A new random stamp, written with the caller's other changes; every cookie issued before stops working.</summary>
    public static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));

    public static Task EndAllSessionsAsync(this Infrastructure.Data.AppDbContext db, Guid userId, CancellationToken ct)
    {
        var stamp = NewStamp();
        var concurrency = Guid.NewGuid().ToString();
        return db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, stamp).SetProperty(u => u.ConcurrencyStamp, concurrency), ct);
    }
}
