using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Matching;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Involvim.Web.Features.Volunteers;

public enum VolunteerApproval
{
    Pending,
    Approved,
    Rejected,
    Withdrawn,
}

/// <summary>A language a volunteer speaks and how well.</summary>
public sealed record VolunteerLanguage(string Code, LanguageLevel Level);

/// <summary>
/// A volunteer in one region: what they can offer and when. The account gets the <c>volunteer</c> role when a
/// coordinator approves the profile; only approved, active profiles are ever offered tasks.
/// </summary>
public sealed class VolunteerProfile : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public Guid UserId { get; set; }

    public VolunteerApproval Approval { get; set; }

    /// <summary>Checked (e.g. a criminal-record certificate) for home visits and work with children.</summary>
    public bool Vetted { get; set; }

    /// <summary>Coordinators' note on the vetting (what was checked, when); never shown to others.</summary>
    public string? VettingNote { get; set; }

    /// <summary>What the person wrote when signing up.</summary>
    public string? Motivation { get; set; }

    public List<VolunteerLanguage> Languages { get; set; } = [];

    /// <summary>Category codes the volunteer can help with.</summary>
    public List<string> Skills { get; set; } = [];

    /// <summary>Areas (municipalities or parts of the region) served; empty = the whole region.</summary>
    public List<string> Areas { get; set; } = [];

    /// <summary>Weekly availability as a <see cref="WeeklySlots"/> mask.</summary>
    public int AvailableSlots { get; set; }

    public int MaxActiveTasks { get; set; } = 2;

    /// <summary>On holiday or paused until this date (inclusive), in the region's calendar.</summary>
    public DateOnly? PausedUntil { get; set; }

    public DateTime? LastOfferedAt { get; set; }

    public int AcceptedCount { get; set; }

    public int CompletedCount { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public AppUser? User { get; set; }

    /// <summary>The volunteer stops: what they told us about themselves is erased; the anonymous counts stay.</summary>
    public void Withdraw(DateTime now)
    {
        Approval = VolunteerApproval.Withdrawn;
        Languages = [];
        Skills = [];
        Areas = [];
        AvailableSlots = 0;
        PausedUntil = null;
        Motivation = null;
        Vetted = false;
        VettingNote = null;
        UpdatedAt = now;
    }
}

public static class VolunteerQueries
{
    /// <summary>Ends the volunteer role that goes with a profile (rejected or stopped) and the person's sessions; effective at once.</summary>
    public static async Task EndVolunteerRoleAsync(this AppDbContext db, VolunteerProfile profile, CancellationToken ct)
    {
        await db.RoleAssignments.Where(a => a.UserId == profile.UserId && a.RegionId == profile.RegionId && a.Role == RegionRole.Volunteer).ExecuteDeleteAsync(ct);
        await db.EndAllSessionsAsync(profile.UserId, ct);
    }
}

public static class VolunteerLimits
{
    public const int Text = 1000;
    public const int MaxTasks = 10;
    public const int MaxAreas = 10;
}

internal sealed class VolunteerProfileConfiguration : IEntityTypeConfiguration<VolunteerProfile>
{
    public void Configure(EntityTypeBuilder<VolunteerProfile> builder)
    {
        builder.Property(v => v.Approval).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.VettingNote).HasMaxLength(VolunteerLimits.Text);
        builder.Property(v => v.Motivation).HasMaxLength(VolunteerLimits.Text);
        // "uk:native,en:fluent" — short, readable in the database, and the same on both providers.
        builder.Property(v => v.Languages).HasMaxLength(400).HasConversion(
            new ValueConverter<List<VolunteerLanguage>, string>(v => FormatLanguages(v), v => ParseLanguages(v)),
            new ValueComparer<List<VolunteerLanguage>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, l) => HashCode.Combine(h, l)), v => v.ToList()));
        builder.HasIndex(v => new { v.RegionId, v.UserId }).IsUnique();
        builder.HasIndex(v => new { v.RegionId, v.Approval });
        builder.HasOne(v => v.User).WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(v => v.RegionId).OnDelete(DeleteBehavior.Cascade);
    }

    public static string FormatLanguages(List<VolunteerLanguage> languages) =>
        string.Join(',', languages.Select(l => l.Code + ":" + l.Level.ToString().ToLowerInvariant()));

    public static List<VolunteerLanguage> ParseLanguages(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split(':'))
            .Where(p => p.Length == 2 && EnumText.TryParse<LanguageLevel>(p[1], out _))
            .Select(p => new VolunteerLanguage(p[0], EnumText.ReadOr(p[1], LanguageLevel.Basic)))
            .ToList();
}
