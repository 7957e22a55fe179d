using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Search;

/// <summary>
/// Counts searches that found nothing (text and language only), so coordinators see what is missing. Anyone can
/// search, so what is kept is bounded: at most <see cref="MaxNewPerDay"/> new texts per region and day (repeats are
/// still counted), nothing that looks like a contact or a code (an e-mail address, six digits or more), and no row
/// older than <see cref="RetentionDays"/> days since it was last seen (<see cref="FailedSearchRetentionJob"/>).
/// </summary>
public static partial class FailedSearches
{
    public const int MaxQueryLength = 200;

    public const int MaxNewPerDay = 500;

    public const int RetentionDays = 180;

    /// <summary>Whether a query may be kept: not a contact, a tracking code, an ID or a phone number someone typed.</summary>
    public static bool MayKeep(string text) => !text.Contains('@', StringComparison.Ordinal) && !ManyDigits().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d[\s\-./]*){6,}")]
    private static partial System.Text.RegularExpressions.Regex ManyDigits();

    public static async Task RecordAsync(AppDbContext db, Guid regionId, string language, string query, DateOnly today, CancellationToken ct)
    {
        var text = query.Trim();
        if (text.Length == 0 || !MayKeep(text))
        {
            return;
        }

        text = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var updated = await db.FailedSearches
                .Where(f => f.RegionId == regionId && f.Language == language && f.Query == text)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.Count, f => f.Count + 1).SetProperty(f => f.LastSeen, today), ct);
            if (updated > 0)
            {
                return;
            }

            if (await db.FailedSearches.CountAsync(f => f.RegionId == regionId && f.FirstSeen == today, ct) >= MaxNewPerDay)
            {
                return;
            }

            db.FailedSearches.Add(new FailedSearch { RegionId = regionId, Language = language, Query = text, Count = 1, FirstSeen = today, LastSeen = today });
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException)
            {
                // Someone else counted the same text first; count again on their row.
                db.ChangeTracker.Clear();
            }
        }
    }
}

/// <summary>Deletes failed searches not seen for <see cref="FailedSearches.RetentionDays"/> days.</summary>
internal sealed class FailedSearchRetentionJob(TimeProvider clock) : Infrastructure.Jobs.IRecurringJob
{
    public string Name => "failed-search-retention";

    public TimeSpan Interval => TimeSpan.FromHours(12);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var before = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-FailedSearches.RetentionDays);
        await services.GetRequiredService<AppDbContext>().FailedSearches.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(f => f.LastSeen < before).ExecuteDeleteAsync(ct);
    }
}
