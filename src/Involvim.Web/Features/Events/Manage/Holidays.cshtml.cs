using System.Globalization;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Events.Manage;

/// <summary>
/// The region's holiday calendar (one day per line, <c>2026-12-25 Christmas</c>): recurring events that skip
/// holidays leave these days out at once when it is saved.
/// </summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class HolidaysModel(AppDbContext db, RegionContext here, AuditLog audit, Listings.DirectoryChangeLog changes, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? Days { get; set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        var days = await db.RegionHolidays.AsNoTracking().Where(h => h.RegionId == here.RequiredRegion.Id).OrderBy(h => h.Date).ToListAsync(ct);
        Days = string.Join('\n', days.Select(h => $"{h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {h.Name}".TrimEnd()));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var parsed = Parse(Days);
        if (parsed is null)
        {
            ModelState.AddModelError(nameof(Days), t["ManageEvents.Error.Holidays"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.RegionHolidays.Where(h => h.RegionId == region.Id).ExecuteDeleteAsync(ct);
        db.RegionHolidays.AddRange(parsed.Select(p => new RegionHoliday { RegionId = region.Id, Date = p.Date, Name = p.Name }));
        await db.SaveChangesAsync(ct);
        var events = await db.Events.Where(e => e.RegionId == region.Id && e.SkipHolidays).ToListAsync(ct);
        foreach (var e in events)
        {
            await EventOccurrences.SyncAsync(db, e, now, ct);
        }

        audit.Record("region.holidays.updated", "Region", region.Id.ToString(), region.Id, new { days = parsed.Count, events = events.Count }, User.UserId());
        await changes.CommitManyAsync(region.Id, Listings.DirectoryChanges.Event, events.Select(e => e.Id), now, ct);
        return Redirect(here.To("manage/events/holidays") + "?saved=true");
    }

    /// <summary>Days and names from the text; null when a line is not <c>yyyy-MM-dd</c> with an optional name, or there are too many.</summary>
    public static List<(DateOnly Date, string Name)>? Parse(string? text)
    {
        var result = new List<(DateOnly, string)>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (EventSchedule.ParseDay(parts[0]) is not { } day || (parts.Length > 1 && (parts[1].Length > 100 || parts[1].Any(char.IsControl))))
            {
                return null;
            }

            result.Add((day, parts.Length > 1 ? parts[1] : ""));
        }

        return result.Count > 1000 ? null : result.DistinctBy(r => r.Item1).ToList();
    }
}
