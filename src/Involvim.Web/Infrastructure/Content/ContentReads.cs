using System.Collections.Concurrent;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Infrastructure.Content;

/// <summary>
/// How often a public content page was read in a month: a count per region, page path (<c>guides/vrtec</c>,
/// <c>services/{id}</c>) and month, nothing about who read it. What the translator's queue and the coverage page
/// weigh by (ADR 0015).
/// </summary>
public sealed class ContentRead
{
    public long Id { get; set; }

    public string RegionSlug { get; set; } = "";

    public string Path { get; set; } = "";

    /// <summary>The first day of the month (UTC).</summary>
    public DateOnly Month { get; set; }

    public long Count { get; set; }
}

/// <summary>A kind of public page whose reads are counted: the first path segment below the region and language.</summary>
public sealed record ReadablePages(string Segment);

/// <summary>
/// Counts reads of public content pages in memory (a cached page too: the middleware sits before the output cache)
/// and adds them to <see cref="ContentRead"/> every minute and at shutdown. Per instance; the counts add up.
/// </summary>
public sealed class ContentReadCounter(IEnumerable<ReadablePages> readable)
{
    private readonly HashSet<string> _segments = readable.Select(r => r.Segment).ToHashSet(StringComparer.Ordinal);
    private ConcurrentDictionary<(string Region, string Path), long> _counts = new();

    /// <summary>
    /// Counts <c>/{region}/{lang}/{segment}/{key}</c> when the segment is readable, and the region's home
    /// <c>/{region}/{lang}/</c> (path <c>""</c>) when <see cref="Home"/> is; other paths are ignored.
    /// </summary>
    public void Count(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 4 && _segments.Contains(parts[2]) && parts[3].Length <= 100)
        {
            _counts.AddOrUpdate((parts[0], $"{parts[2]}/{parts[3]}"), 1, (_, n) => n + 1);
        }
        else if (parts.Length == 2 && _segments.Contains(Home) && Localization.UiLanguages.IsSupported(parts[1]))
        {
            _counts.AddOrUpdate((parts[0], Home), 1, (_, n) => n + 1);
        }
    }

    /// <summary>The readable "segment" of a region's home page (its texts are translated like any content).</summary>
    public const string Home = "";

    /// <summary>Adds the counts so far to the database and starts again from zero.</summary>
    public async Task FlushAsync(AppDbContext db, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counts = Interlocked.Exchange(ref _counts, new ConcurrentDictionary<(string, string), long>());
        if (counts.IsEmpty)
        {
            return;
        }

        var month = new DateOnly(now.Year, now.Month, 1);
        foreach (var ((region, path), count) in counts)
        {
            var updated = await db.ContentReads.Where(r => r.RegionSlug == region && r.Path == path && r.Month == month)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Count, r => r.Count + count), ct);
            if (updated == 0)
            {
                db.ContentReads.Add(new ContentRead { RegionSlug = region, Path = path, Month = month, Count = count });
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance added the same month's row meanwhile: these counts go back for the next flush.
            foreach (var entry in db.ChangeTracker.Entries<ContentRead>().Where(e => e.State == EntityState.Added).ToList())
            {
                _counts.AddOrUpdate((entry.Entity.RegionSlug, entry.Entity.Path), entry.Entity.Count, (_, n) => n + entry.Entity.Count);
                entry.State = EntityState.Detached;
            }
        }
    }

    /// <summary>Reads per page path of a region since <paramref name="since"/> (months from then on).</summary>
    public static async Task<IReadOnlyDictionary<string, long>> SinceAsync(AppDbContext db, string regionSlug, DateTime since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var from = new DateOnly(since.Year, since.Month, 1);
        var rows = await db.ContentReads.AsNoTracking().Where(r => r.RegionSlug == regionSlug && r.Month >= from)
            .GroupBy(r => r.Path).Select(g => new { Path = g.Key, Count = g.Sum(r => r.Count) }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Path, r => r.Count, StringComparer.Ordinal);
    }
}

/// <summary>Flushes <see cref="ContentReadCounter"/> every minute on every instance, and once more at shutdown.</summary>
internal sealed class ContentReadFlusher(ContentReadCounter counter, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ContentReadFlusher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }

        await FlushAsync(CancellationToken.None);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await counter.FlushAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), clock.GetUtcNow().UtcDateTime, ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            log.LogWarning(e, "Could not save the content read counts; they are kept for the next try");
        }
    }
}

internal sealed class ContentReadConfiguration : IEntityTypeConfiguration<ContentRead>
{
    public void Configure(EntityTypeBuilder<ContentRead> builder)
    {
        builder.Property(r => r.RegionSlug).HasMaxLength(64);
        builder.Property(r => r.Path).HasMaxLength(120);
        builder.HasIndex(r => new { r.RegionSlug, r.Path, r.Month }).IsUnique();
        builder.HasIndex(r => new { r.RegionSlug, r.Month });
    }
}
