using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Translations;

/// <summary>
/// A piece of translation work by one person: parts translated, reviewed or imported, with the time they say it took.
/// Translators are volunteers too: these hours count with the help tasks' hours (the coordinator's summary), and the
/// desk shows each person theirs.
/// </summary>
public sealed class TranslationWork : IRegionScoped
{
    public const string Translated = "translated";
    public const string Reviewed = "reviewed";
    public const string Imported = "imported";

    /// <summary>At most this many hours for one save (a long day).</summary>
    public const decimal MaxHours = 24;

    public long Id { get; set; }

    public Guid RegionId { get; set; }

    public Guid UserId { get; set; }

    public string Kind { get; set; } = "";

    public Guid ItemId { get; set; }

    public string Language { get; set; } = "";

    public string Action { get; set; } = Translated;

    public int Segments { get; set; }

    /// <summary>Time spent, as the person gave it; null when they gave none.</summary>
    public decimal? Hours { get; set; }

    public DateTime At { get; set; }
}

/// <summary>One person's translation work in a period.</summary>
public sealed record TranslationWorkSummary(Guid UserId, int Translated, int Reviewed, decimal Hours);

public static class TranslationWorkLog
{
    /// <summary>The months the desk and the translators' page sum over.</summary>
    public const int Months = 12;

    /// <summary>Adds the work to the unit of work (the caller's commit saves it with the translation).</summary>
    public static void Record(AppDbContext db, Guid regionId, Guid userId, string kind, Guid itemId, string language, string action, int segments, decimal? hours, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Add(new TranslationWork
        {
            RegionId = regionId,
            UserId = userId,
            Kind = kind,
            ItemId = itemId,
            Language = language,
            Action = action,
            Segments = segments,
            Hours = hours is { } h ? decimal.Round(h, 2) : null,
            At = now,
        });
    }

    /// <summary>Each person's parts and hours in the region since <paramref name="since"/>.</summary>
    public static async Task<IReadOnlyDictionary<Guid, TranslationWorkSummary>> ByPersonAsync(AppDbContext db, Guid regionId, DateTime since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.TranslationWork.AsNoTracking().IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(w => w.RegionId == regionId && w.At >= since)
            .Select(w => new { w.UserId, w.Action, w.Segments, w.Hours })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.UserId).ToDictionary(
            g => g.Key,
            g => new TranslationWorkSummary(
                g.Key,
                g.Where(r => r.Action != TranslationWork.Reviewed).Sum(r => r.Segments),
                g.Where(r => r.Action == TranslationWork.Reviewed).Sum(r => r.Segments),
                g.Sum(r => r.Hours ?? 0)));
    }

    /// <summary>The hours everyone gave to translation in the region since <paramref name="since"/>.</summary>
    public static async Task<decimal> HoursAsync(AppDbContext db, Guid regionId, DateTime since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hours = await db.TranslationWork.AsNoTracking().IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(w => w.RegionId == regionId && w.At >= since && w.Hours != null)
            .Select(w => w.Hours!.Value)
            .ToListAsync(ct);
        return hours.Sum();
    }
}

internal sealed class TranslationWorkConfiguration : IEntityTypeConfiguration<TranslationWork>
{
    public void Configure(EntityTypeBuilder<TranslationWork> builder)
    {
        builder.ToTable("TranslationWork");
        builder.Property(w => w.Kind).HasMaxLength(24);
        builder.Property(w => w.Language).HasMaxLength(8);
        builder.Property(w => w.Action).HasMaxLength(16);
        builder.Property(w => w.Hours).HasPrecision(6, 2);
        builder.HasIndex(w => new { w.RegionId, w.At });
        builder.HasOne<Region>().WithMany().HasForeignKey(w => w.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
