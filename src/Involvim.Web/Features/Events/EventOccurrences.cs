using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Events;

/// <summary>
/// Keeps an event's dates for the coming year in step with its schedule, without losing what belongs to one date:
/// a date the schedule still has keeps its seats, registrations and note (and its time, if the organiser moved it);
/// a date the schedule no longer has is cancelled when people signed up for it (so they can be told) and removed
/// otherwise; a date the organiser cancelled stays cancelled. Past dates are never touched.
/// </summary>
public static class EventOccurrences
{
    public static async Task<IReadOnlySet<DateOnly>> HolidaysAsync(AppDbContext db, Guid regionId, CancellationToken ct)
    {
        var days = await db.RegionHolidays.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(h => h.RegionId == regionId).Select(h => h.Date).ToListAsync(ct);
        return days.ToHashSet();
    }

    /// <summary>Brings the event's future dates in step with its schedule (in the caller's unit of work); true when readers see a difference.</summary>
    public static async Task<bool> SyncAsync(AppDbContext db, EventListing e, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var holidays = await HolidaysAsync(db, e.RegionId, ct);
        var dates = EventSchedule.Dates(ScheduleSpec.Of(e), e.TimeZone, now, now.AddDays(EventLimits.HorizonDays), holidays, EventLimits.MaxOccurrences);
        var existing = await db.EventOccurrences.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(o => o.EventId == e.Id && o.EndsAt > now).ToListAsync(ct);
        existing.AddRange(db.ChangeTracker.Entries<EventOccurrence>().Where(x => x.State == EntityState.Added && x.Entity.EventId == e.Id).Select(x => x.Entity));
        var byKey = existing.DistinctBy(o => o.Id).ToDictionary(o => o.RecurrenceKey, StringComparer.Ordinal);
        var registered = await db.EventRegistrations.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(r => r.EventId == e.Id && r.Status != RegistrationStatus.Cancelled).Select(r => r.OccurrenceId).Distinct().ToListAsync(ct);
        var changed = false;
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var date in dates)
        {
            wanted.Add(date.Key);
            if (byKey.TryGetValue(date.Key, out var o))
            {
                var restore = o.Status == OccurrenceStatus.Cancelled && !o.CancelledByOrganiser;
                var move = !o.Moved && (o.StartsAt != date.StartsAt || o.EndsAt != date.EndsAt);
                if (restore || move)
                {
                    o.Status = o.CancelledByOrganiser ? OccurrenceStatus.Cancelled : OccurrenceStatus.Scheduled;
                    if (!o.Moved)
                    {
                        (o.StartsAt, o.EndsAt) = (date.StartsAt, date.EndsAt);
                    }

                    o.Sequence++;
                    o.UpdatedAt = now;
                    changed = true;
                }
            }
            else
            {
                db.EventOccurrences.Add(new EventOccurrence
                {
                    RegionId = e.RegionId,
                    EventId = e.Id,
                    RecurrenceKey = date.Key,
                    StartsAt = date.StartsAt,
                    EndsAt = date.EndsAt,
                    UpdatedAt = now,
                });
                changed = true;
            }
        }

        foreach (var o in byKey.Values.Where(o => !wanted.Contains(o.RecurrenceKey) && o.StartsAt > now))
        {
            if (registered.Contains(o.Id) || o.Taken > 0)
            {
                if (o.Status != OccurrenceStatus.Cancelled)
                {
                    o.Status = OccurrenceStatus.Cancelled;
                    o.Sequence++;
                    o.UpdatedAt = now;
                    changed = true;
                }
            }
            else
            {
                db.EventOccurrences.Remove(o);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// Registrations of dates that ended more than <see cref="EventLimits.KeepRegistrationsDays"/> days ago are deleted
    /// (names and contacts with them); the date keeps how many came and how many did not.
    /// </summary>
    public static async Task<int> ForgetAsync(AppDbContext db, DateTime now, CancellationToken ct)
    {
        var before = now.AddDays(-EventLimits.KeepRegistrationsDays);
        var dates = await db.EventOccurrences.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(o => o.EndsAt < before && db.EventRegistrations.Any(r => r.OccurrenceId == o.Id)).Select(o => o.Id).Take(1000).ToListAsync(ct);
        foreach (var id in dates)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var registrations = db.EventRegistrations.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(r => r.OccurrenceId == id);
            var came = await registrations.Where(r => r.Status == RegistrationStatus.Confirmed && r.CheckedIn).SumAsync(r => r.PartySize, ct);
            var missed = await registrations.Where(r => r.Status == RegistrationStatus.Confirmed && !r.CheckedIn).SumAsync(r => r.PartySize, ct);
            await db.EventOccurrences.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(o => o.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Attended, o => o.Attended + came).SetProperty(o => o.NoShows, o => o.NoShows + missed), ct);
            await registrations.ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return dates.Count;
    }
}

/// <summary>
/// Once a day, every published event's dates are extended to a year ahead (a weekly café keeps showing its next
/// dates) and holidays added since are applied. One instance runs it (a lease).
/// </summary>
internal sealed class EventHorizonJob(TimeProvider clock) : IRecurringJob
{
    public string Name => "events-horizon";

    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = await db.Events.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(e => e.Status == Listings.PublicationStatus.Published && e.Recurrence != null).Select(e => e.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            var e = await db.Events.IgnoreQueryFilters([AppDbContext.RegionFilter]).FirstAsync(x => x.Id == id, ct);
            if (await EventOccurrences.SyncAsync(db, e, now, ct))
            {
                await db.SaveChangesAsync(ct);
            }

            db.ChangeTracker.Clear();
        }

        await EventOccurrences.ForgetAsync(db, now, ct);
    }
}
