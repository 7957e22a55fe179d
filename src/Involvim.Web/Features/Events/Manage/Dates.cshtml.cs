using System.Globalization;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Events.Manage;

/// <summary>The organiser's dates of one event: seats taken and waiting, and per date cancel, bring back, move or note.</summary>
[Authorize(Policy = Policies.RegionEditor)]
public sealed class DatesModel(AppDbContext db, RegionPermissions permissions, RegionContext here, EventDates dates, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : EventDatesPage(db, permissions, here)
{
    public sealed record Row(EventOccurrence Date, DateTime Starts, int Waiting);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty]
    public string? NewStart { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await LoadEventAsync(id, ct))
        {
            return NotFound();
        }

        Message = done is "cancelled" or "restored" or "changed" ? t[$"ManageEvents.Done.{done}"].Value : null;
        await LoadRowsAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostCancelAsync(Guid id, Guid date, CancellationToken ct) =>
        ActAsync(id, date, (e, o) => dates.CancelAsync(e, o, ActorId, ct), "cancelled", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, Guid date, CancellationToken ct) =>
        ActAsync(id, date, (e, o) => dates.RestoreAsync(e, o, ActorId, ct), "restored", ct);

    public async Task<IActionResult> OnPostChangeAsync(Guid id, Guid date, CancellationToken ct)
    {
        DateTime? start = null;
        if (!string.IsNullOrWhiteSpace(NewStart))
        {
            if (EventSchedule.ParseLocal(NewStart) is not { } local)
            {
                ModelState.AddModelError(nameof(NewStart), t["Events.Error.DateTimes"]);
            }
            else
            {
                start = TimeZoneInfo.ConvertTimeToUtc(local, Here.RequiredRegion.TimeZoneInfo);
            }
        }

        if (Note?.Length > EventLimits.Note)
        {
            ModelState.AddModelError(nameof(Note), t["Validation.TooLong"]);
        }

        if (!ModelState.IsValid)
        {
            if (!await LoadEventAsync(id, ct))
            {
                return NotFound();
            }

            await LoadRowsAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return await ActAsync(id, date, (e, o) => dates.ChangeAsync(e, o, start, Listings.ListingTexts.Blank(Note), ActorId, ct), "changed", ct);
    }

    private async Task<IActionResult> ActAsync(Guid id, Guid date, Func<EventListing, EventOccurrence, Task> action, string done, CancellationToken ct)
    {
        if (!await LoadEventAsync(id, ct) || await dates.FindAsync(Event, date, ct) is not { } occurrence)
        {
            return NotFound();
        }

        await action(Event, occurrence);
        return Redirect(Here.To($"manage/events/{id}/dates") + $"?done={done}");
    }

    private async Task LoadRowsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var region = Here.RequiredRegion;
        var occurrences = await Db.EventOccurrences.AsNoTracking().Where(o => o.EventId == Event.Id && o.EndsAt > now).OrderBy(o => o.StartsAt).Take(100).ToListAsync(ct);
        var ids = occurrences.Select(o => o.Id).ToList();
        var waiting = await Db.EventRegistrations.AsNoTracking().Where(r => ids.Contains(r.OccurrenceId) && r.Status == RegistrationStatus.Waiting)
            .GroupBy(r => r.OccurrenceId).Select(g => new { g.Key, People = g.Sum(r => r.PartySize) }).ToDictionaryAsync(x => x.Key, x => x.People, ct);
        Rows = occurrences.Select(o => new Row(o, region.Local(o.StartsAt), waiting.GetValueOrDefault(o.Id))).ToList();
    }

    public static string Local(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
