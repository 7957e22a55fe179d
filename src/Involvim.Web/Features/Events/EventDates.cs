using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Events;

/// <summary>
/// What an organiser does with one date: call it off (people signed up are told), bring it back, move it, give it a
/// note (another room), and check people in. Every step is audited as <c>event.date.*</c>; a change readers see is
/// logged for every instance's caches in the same commit (ADR 0014).
/// </summary>
public sealed class EventDates(AppDbContext db, AuditLog audit, DirectoryChangeLog changes, EventRegistrations registrations, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<EventOccurrence?> FindAsync(EventListing e, Guid occurrenceId, CancellationToken ct) =>
        db.EventOccurrences.FirstOrDefaultAsync(o => o.Id == occurrenceId && o.EventId == e.Id, ct);

    public async Task CancelAsync(EventListing e, EventOccurrence o, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(o);
        if (o.Status == OccurrenceStatus.Cancelled)
        {
            return;
        }

        (o.Status, o.CancelledByOrganiser) = (OccurrenceStatus.Cancelled, true);
        Touch(o);
        var told = await registrations.TellAsync(e, o, "Mail.Events.DateCancelled", ct);
        audit.Record("event.date.cancelled", nameof(EventOccurrence), o.Id.ToString(), e.RegionId, new { eventId = e.Id, date = o.RecurrenceKey, told }, actor);
        await changes.CommitAsync(e.RegionId, DirectoryChanges.Event, e.Id, publicChange: true, Now, ct);
    }

    public async Task RestoreAsync(EventListing e, EventOccurrence o, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(o);
        if (o.Status == OccurrenceStatus.Scheduled)
        {
            return;
        }

        (o.Status, o.CancelledByOrganiser) = (OccurrenceStatus.Scheduled, false);
        Touch(o);
        audit.Record("event.date.restored", nameof(EventOccurrence), o.Id.ToString(), e.RegionId, new { eventId = e.Id, date = o.RecurrenceKey }, actor);
        await changes.CommitAsync(e.RegionId, DirectoryChanges.Event, e.Id, publicChange: true, Now, ct);
    }

    /// <summary>Moves the date (it no longer follows the schedule) and gives it a note; people signed up are told of a new time.</summary>
    public async Task ChangeAsync(EventListing e, EventOccurrence o, DateTime? startsAt, string? note, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(o);
        var moved = startsAt is { } start && start != o.StartsAt;
        if (moved)
        {
            var length = o.EndsAt - o.StartsAt;
            (o.StartsAt, o.EndsAt, o.Moved) = (startsAt!.Value, startsAt.Value + length, true);
        }

        var noteChanged = o.Note != note;
        o.Note = note;
        if (!moved && !noteChanged)
        {
            return;
        }

        Touch(o);
        var told = moved ? await registrations.TellAsync(e, o, "Mail.Events.DateMoved", ct) : 0;
        audit.Record("event.date.changed", nameof(EventOccurrence), o.Id.ToString(), e.RegionId, new { eventId = e.Id, date = o.RecurrenceKey, moved, noteChanged, told }, actor);
        await changes.CommitAsync(e.RegionId, DirectoryChanges.Event, e.Id, publicChange: true, Now, ct);
    }

    /// <summary>The date's registrations (names read for the organiser: the look is audited).</summary>
    public async Task<IReadOnlyList<(EventRegistration Registration, string Name)>> AttendanceAsync(EventListing e, EventOccurrence o, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(o);
        var rows = await db.EventRegistrations.AsNoTracking().Where(r => r.OccurrenceId == o.Id && r.Status != RegistrationStatus.Cancelled)
            .OrderBy(r => r.Status).ThenBy(r => r.WaitingTicket).ThenBy(r => r.CreatedAt).ToListAsync(ct);
        audit.Record("event.attendance.viewed", nameof(EventOccurrence), o.Id.ToString(), e.RegionId, new { eventId = e.Id, date = o.RecurrenceKey, count = rows.Count }, actor);
        await db.SaveChangesAsync(ct);
        return rows.Select(r => (r, registrations.NameOf(r) ?? "?")).OrderBy(x => x.r.Status).ThenBy(x => x.Item2, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Marks a confirmed party as come (or not); by its code or from the list.</summary>
    public async Task<bool> CheckInAsync(EventListing e, EventOccurrence o, Guid registrationId, bool present, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(o);
        var registration = await db.EventRegistrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.OccurrenceId == o.Id && r.Status == RegistrationStatus.Confirmed, ct);
        if (registration is null)
        {
            return false;
        }

        registration.CheckedIn = present;
        registration.UpdatedAt = Now;
        audit.Record(present ? "event.checked-in" : "event.check-in.undone", nameof(EventRegistration), registration.Id.ToString(), e.RegionId, new { eventId = e.Id, date = o.RecurrenceKey }, actor);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The registration of a code on this date, for check-in at the door; null for another date's or a wrong code.</summary>
    public Task<EventRegistration?> ByCodeAsync(EventOccurrence o, string? code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(o);
        var hash = Infrastructure.Security.SecretCodes.Hash(EventRegistrations.CodePurpose, code);
        return db.EventRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.CodeHash == hash && r.OccurrenceId == o.Id, ct);
    }

    private void Touch(EventOccurrence o)
    {
        o.Sequence++;
        o.UpdatedAt = Now;
    }
}
