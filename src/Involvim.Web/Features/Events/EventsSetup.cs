using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Jobs;
using Involvim.Web.Infrastructure.Outbox;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Events;

public static class EventsSetup
{
    /// <summary>The rate-limit policy of registration-code look-ups, per client address.</summary>
    public const string CodeLookupPolicy = "event-code-lookup";

    /// <summary>Events, their dates and registrations, a kind of listing (ADR 0016); the pages are Razor Pages in this folder.</summary>
    public static WebApplicationBuilder AddEvents(this WebApplicationBuilder builder)
    {
        builder.Services.AddListingKind<EventKind, EventListing, EventForm>();
        builder.Services.AddSingleton(new Infrastructure.Content.ReadablePages("events"));
        builder.Services.AddSingleton<RegistrationProtector>();
        builder.Services.AddScoped<EventRegistrations>();
        builder.Services.AddScoped<EventQueries>();
        builder.Services.AddScoped<EventDates>();
        builder.Services.AddScoped<Regions.IRegionHomeSection, EventsThisWeek>();
        builder.Services.AddScoped<IRecipientResolver, RegistrationContactResolver>();
        builder.Services.AddSingleton<IRecurringJob, EventHoldsJob>();
        builder.Services.AddSingleton<IRecurringJob, EventHorizonJob>();
        var perMinute = builder.Configuration.GetValue("Security:TrackingLookupsPerMinute", 10);
        builder.Services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o => o.AddPolicy(CodeLookupPolicy, context =>
            System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(WebPlatform.ClientKey(context), _ => WebPlatform.PerMinute(perMinute))));
        return builder;
    }

    public static WebApplication MapEvents(this WebApplication app)
    {
        app.MapGet("/{region:slug}/{lang:lang}/events/{id:guid}/calendar.ics", EventFile).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>The .ics of one event: its coming dates (cancelled ones marked), with the same UIDs as every feed.</summary>
    private static async Task<IResult> EventFile(Guid id, RegionContext here, EventQueries queries, PublicLinks links, HttpContext http, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var e = await queries.PublishedAsync(region, id, ct);
        if (e is null)
        {
            return TypedResults.NotFound();
        }

        var dates = await queries.DatesAsync(e, 200, includeCancelled: true, ct);
        var (title, summary, _) = EventCalendar.Text(e, here.Language, region.DefaultLanguage);
        var url = links.Absolute(here.To($"events/{e.Id}"));
        var text = EventCalendar.Write(dates.Select(o => new CalendarItem(e, o, title, summary, EventCalendar.Place(e), url)), title);
        http.Response.Headers.ContentDisposition = "attachment; filename=\"event.ics\"";
        return TypedResults.Text(text, EventCalendar.MediaType);
    }
}

/// <summary>What the public pages read: published events of the region and their coming dates.</summary>
public sealed class EventQueries(AppDbContext db, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<EventListing?> PublishedAsync(RegionSnapshot region, Guid id, CancellationToken ct) =>
        db.Events.AsNoTracking().Include(e => e.Translations).Include(e => e.Location)
            .FirstOrDefaultAsync(e => e.Id == id && e.RegionId == region.Id && e.Status == PublicationStatus.Published, ct);

    /// <summary>The event's dates that have not ended yet, first first.</summary>
    public async Task<IReadOnlyList<EventOccurrence>> DatesAsync(EventListing e, int max, bool includeCancelled, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var now = Now;
        return await db.EventOccurrences.AsNoTracking()
            .Where(o => o.EventId == e.Id && o.EndsAt > now && (includeCancelled || o.Status == OccurrenceStatus.Scheduled))
            .OrderBy(o => o.StartsAt).Take(max).ToListAsync(ct);
    }

    /// <summary>The region's dates in [from, to) of published events, with their events, first first.</summary>
    public async Task<IReadOnlyList<(EventOccurrence Date, EventListing Event)>> UpcomingAsync(RegionSnapshot region, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        var now = Now;
        var from = fromUtc > now ? fromUtc : now;
        var rows = await db.EventOccurrences.AsNoTracking()
            .Where(o => o.RegionId == region.Id && o.EndsAt > from && o.StartsAt < toUtc)
            .Join(db.Events.Where(e => e.Status == PublicationStatus.Published), o => o.EventId, e => e.Id, (o, e) => o)
            .OrderBy(o => o.StartsAt).Take(2000).ToListAsync(ct);
        var ids = rows.Select(o => o.EventId).Distinct().ToList();
        var events = await db.Events.AsNoTracking().Include(e => e.Translations).Include(e => e.Location)
            .Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        return rows.Where(o => events.ContainsKey(o.EventId)).Select(o => (o, events[o.EventId])).ToList();
    }
}
