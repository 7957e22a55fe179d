using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Events.Manage;

/// <summary>
/// The organiser's list of one date: who signed up (names decrypted for them; each look audited), party sizes, the
/// waiting list in order, check-in by code at the door or by name from the list (no JavaScript), the counts of who
/// came and who did not; prints as a sheet to tick on paper.
/// </summary>
[Authorize(Policy = Policies.RegionEditor)]
public sealed class AttendanceModel(AppDbContext db, RegionPermissions permissions, RegionContext here, EventDates dates, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : EventDatesPage(db, permissions, here)
{
    public EventOccurrence Date { get; private set; } = null!;

    public IReadOnlyList<(EventRegistration Registration, string Name)> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    public bool IsOver => Date.StartsAt <= clock.GetUtcNow().UtcDateTime;

    public int Expected => Rows.Where(r => r.Registration.Status == RegistrationStatus.Confirmed).Sum(r => r.Registration.PartySize);

    public int CameIn => Rows.Where(r => r.Registration.Status == RegistrationStatus.Confirmed && r.Registration.CheckedIn).Sum(r => r.Registration.PartySize);

    public int NoShows => IsOver ? Expected - CameIn : 0;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid date, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, date, ct))
        {
            return NotFound();
        }

        Message = done is "in" or "out" ? t[$"ManageEvents.Done.Check.{done}"].Value : null;
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id, Guid date, Guid registration, bool present, CancellationToken ct)
    {
        if (!await LoadAsync(id, date, ct, list: false) || !await dates.CheckInAsync(Event, Date, registration, present, ActorId, ct))
        {
            return NotFound();
        }

        return Redirect(Here.To($"manage/events/{id}/dates/{date}") + $"?done={(present ? "in" : "out")}");
    }

    public async Task<IActionResult> OnPostCodeAsync(Guid id, Guid date, CancellationToken ct)
    {
        if (!await LoadAsync(id, date, ct, list: false))
        {
            return NotFound();
        }

        if (await dates.ByCodeAsync(Date, Code, ct) is { Status: RegistrationStatus.Confirmed } found && await dates.CheckInAsync(Event, Date, found.Id, true, ActorId, ct))
        {
            return Redirect(Here.To($"manage/events/{id}/dates/{date}") + "?done=in");
        }

        ModelState.AddModelError(nameof(Code), t["Events.Error.Code"]);
        await LoadAsync(id, date, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Guid date, CancellationToken ct, bool list = true)
    {
        if (!await LoadEventAsync(id, ct) || await dates.FindAsync(Event, date, ct) is not { } occurrence)
        {
            return false;
        }

        Date = occurrence;
        if (list)
        {
            Rows = await dates.AttendanceAsync(Event, occurrence, ActorId, ct);
        }

        return true;
    }
}
