using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Search;

/// <summary>Counts searches that found nothing (text and language only), so coordinators see what is missing.</summary>
public static class FailedSearches
{
    public const int MaxQueryLength = 200;

    public static async Task RecordAsync(AppDbContext db, Guid regionId, string language, string query, DateOnly today, CancellationToken ct)
    {
        var text = query.Trim();
        if (text.Length == 0)
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
