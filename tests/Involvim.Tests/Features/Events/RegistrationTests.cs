using Involvim.Tests.Support;
using Involvim.Web.Features.Events;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Events;

/// <summary>
/// Seats and the waiting list (ADR 0016) on SQLite and PostgreSQL, with the app's own services and real databases:
/// concurrent sign-ups never overbook, the waiting list is served in order by the first party that fits, a hold that
/// nobody takes up passes on exactly once even when two instances run the job, and nothing is half-written.
/// </summary>
public abstract class RegistrationTests(AppFixture fixture)
{
    private InvolvimApp App => fixture.App;

    /// <summary>A published event of the demo region with one date two days ahead.</summary>
    private async Task<(Guid Event, Guid Date)> EventAsync(int? capacity, bool waitingList = true, int closesHours = 0, int startsInHours = 48)
    {
        return await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var region = await db.Regions.SingleAsync(r => r.Slug == "litija");
            var organization = await db.Organizations.IgnoreQueryFilters().Where(o => o.RegionId == region.Id).Select(o => o.Id).FirstAsync();
            var zone = TimeZoneInfo.FindSystemTimeZoneById(region.TimeZone);
            var start = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddHours(startsInHours), zone);
            var now = DateTime.UtcNow;
            var e = new EventListing
            {
                RegionId = region.Id,
                OrganizationId = organization,
                Status = PublicationStatus.Published,
                Categories = ["community-culture"],
                TimeZone = region.TimeZone,
                StartDate = DateOnly.FromDateTime(start),
                StartTime = new TimeOnly(start.Hour, start.Minute),
                DurationMinutes = 60,
                Registration = RegistrationMode.Required,
                Capacity = capacity,
                WaitingList = waitingList,
                RegistrationClosesHours = closesHours,
                PlaceText = "Test room",
                CreatedAt = now,
                UpdatedAt = now,
            };
            e.Uid = $"{e.Id:N}@involvim";
            e.Translations.Add(new EventTranslation { EventId = e.Id, Language = "sl", Status = Web.Infrastructure.Content.TranslationStatus.Source, Title = "Test " + e.Id, UpdatedAt = now });
            db.Events.Add(e);
            await EventOccurrences.SyncAsync(db, e, now, CancellationToken.None);
            await db.SaveChangesAsync();
            var date = await db.EventOccurrences.IgnoreQueryFilters().Where(o => o.EventId == e.Id).Select(o => o.Id).SingleAsync();
            return (e.Id, date);
        });
    }

    private Task<SignUpResult> SignUpAsync(Guid eventId, Guid dateId, int party, string? email = null) =>
        App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var region = (await sp.GetRequiredService<RegionDirectory>().FindAsync("litija"))!;
            var e = await db.Events.IgnoreQueryFilters().Include(x => x.Translations).AsNoTracking().SingleAsync(x => x.Id == eventId);
            var o = await db.EventOccurrences.IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == dateId);
            return await sp.GetRequiredService<EventRegistrations>().SignUpAsync(region, e, o, new SignUpInput("Guest", email, party, "uk"), CancellationToken.None);
        });

    private Task<T> WithRegistrationsAsync<T>(Func<EventRegistrations, AppDbContext, Task<T>> work) =>
        App.WithScopeAsync(sp => work(sp.GetRequiredService<EventRegistrations>(), sp.GetRequiredService<AppDbContext>()));

    private Task<EventRegistration> RegistrationAsync(Guid id) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EventRegistrations.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id));

    private Task<int> TakenAsync(Guid date) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EventOccurrences.IgnoreQueryFilters().Where(o => o.Id == date).Select(o => o.Taken).SingleAsync());

    [Fact]
    public async Task FiftyConcurrentSignUps_ForTenSeats_SeatExactlyTen_AndTheRestWaitInOrder()
    {
        var (eventId, date) = await EventAsync(capacity: 10);
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, 50).Select(async _ =>
        {
            await start.WaitAsync();
            return await SignUpAsync(eventId, date, 1);
        }).ToList();
        start.Release(50);
        var results = await Task.WhenAll(tasks);

        Assert.Equal(10, results.Count(r => r.Outcome == SignUpOutcome.Confirmed));
        Assert.Equal(40, results.Count(r => r.Outcome == SignUpOutcome.Waiting));
        Assert.Equal(10, await TakenAsync(date));
        var rows = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EventRegistrations.IgnoreQueryFilters().Where(r => r.OccurrenceId == date).ToListAsync());
        Assert.Equal(50, rows.Count);
        Assert.Equal(10, rows.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(Enumerable.Range(1, 40), rows.Where(r => r.Status == RegistrationStatus.Waiting).Select(r => r.WaitingTicket).Order());
        Assert.Equal(50, results.Select(r => r.Code).Distinct().Count());
    }

    [Fact]
    public async Task FreedSeats_GoToTheFirstPartyThatFits_AndAnUntakenHoldPassesOnExactlyOnce()
    {
        var (eventId, date) = await EventAsync(capacity: 5);
        var a = await SignUpAsync(eventId, date, 3);
        var b = await SignUpAsync(eventId, date, 3);
        var c = await SignUpAsync(eventId, date, 1);
        var d = await SignUpAsync(eventId, date, 2);
        Assert.Equal([SignUpOutcome.Confirmed, SignUpOutcome.Waiting, SignUpOutcome.Confirmed, SignUpOutcome.Waiting], new[] { a, b, c, d }.Select(r => r.Outcome));
        Assert.Equal(4, await TakenAsync(date));

        // A cancels: 4 seats free; B (3, first in line) fits and is offered them; D (2) does not fit the 1 left.
        Assert.True(await WithRegistrationsAsync((r, _) => r.CancelAsync(a.Registration!, CancellationToken.None)));
        Assert.False(await WithRegistrationsAsync((r, _) => r.CancelAsync(a.Registration!, CancellationToken.None)));
        var offered = await RegistrationAsync(b.Registration!.Id);
        Assert.Equal(RegistrationStatus.Offered, offered.Status);
        Assert.NotNull(offered.HoldUntil);
        Assert.True(offered.HoldUntil <= DateTime.UtcNow.AddHours(24.1));
        Assert.Equal(RegistrationStatus.Waiting, (await RegistrationAsync(d.Registration!.Id)).Status);
        Assert.Equal(4, await TakenAsync(date));

        // B's hold passes. Two instances run the job at once: the hold ends once, D is offered once.
        await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EventRegistrations.IgnoreQueryFilters().Where(r => r.Id == offered.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HoldUntil, DateTime.UtcNow.AddMinutes(-1))));
        var expired = await Task.WhenAll(
            WithRegistrationsAsync((r, _) => r.ExpireHoldsAsync(CancellationToken.None)),
            WithRegistrationsAsync((r, _) => r.ExpireHoldsAsync(CancellationToken.None)));
        Assert.Equal(1, expired.Sum());
        Assert.Equal(RegistrationStatus.Cancelled, (await RegistrationAsync(b.Registration.Id)).Status);
        Assert.Equal(RegistrationStatus.Offered, (await RegistrationAsync(d.Registration.Id)).Status);
        Assert.Equal(3, await TakenAsync(date));

        // D takes the seats; a late accept of B's passed hold does nothing.
        Assert.True(await WithRegistrationsAsync((r, _) => r.AcceptAsync(d.Registration, CancellationToken.None)));
        Assert.False(await WithRegistrationsAsync((r, _) => r.AcceptAsync(b.Registration, CancellationToken.None)));
        Assert.Equal(RegistrationStatus.Confirmed, (await RegistrationAsync(d.Registration.Id)).Status);
    }

    [Fact]
    public async Task ThePartySize_GrowsOnlyIntoFreeSeats_AndShrinkingFreesThemForTheList()
    {
        var (eventId, date) = await EventAsync(capacity: 4);
        var a = await SignUpAsync(eventId, date, 2);
        var b = await SignUpAsync(eventId, date, 2);
        var c = await SignUpAsync(eventId, date, 1);
        Assert.Equal(SignUpOutcome.Waiting, c.Outcome);
        var e = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Events.IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == eventId));
        Assert.False(await WithRegistrationsAsync((r, _) => r.ChangePartyAsync(a.Registration!, e, 3, CancellationToken.None)));
        Assert.Equal(2, (await RegistrationAsync(a.Registration!.Id)).PartySize);
        Assert.True(await WithRegistrationsAsync((r, _) => r.ChangePartyAsync(a.Registration!, e, 1, CancellationToken.None)));
        Assert.Equal(RegistrationStatus.Offered, (await RegistrationAsync(c.Registration!.Id)).Status);
        Assert.Equal(4, await TakenAsync(date));
    }

    [Fact]
    public async Task AFullDateWithoutAWaitingList_AndAClosedWindow_WriteNothing()
    {
        var (full, fullDate) = await EventAsync(capacity: 1, waitingList: false);
        Assert.Equal(SignUpOutcome.Confirmed, (await SignUpAsync(full, fullDate, 1)).Outcome);
        Assert.Equal(SignUpOutcome.Full, (await SignUpAsync(full, fullDate, 1)).Outcome);
        var (closed, closedDate) = await EventAsync(capacity: 10, closesHours: 72);
        var result = await SignUpAsync(closed, closedDate, 1);
        Assert.Equal((SignUpOutcome.Closed, "Events.Closed.Over"), (result.Outcome, result.ClosedReason));
        var counts = await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return (await db.EventRegistrations.IgnoreQueryFilters().CountAsync(r => r.OccurrenceId == fullDate), await db.EventRegistrations.IgnoreQueryFilters().CountAsync(r => r.OccurrenceId == closedDate));
        });
        Assert.Equal((1, 0), counts);
        Assert.Equal(1, await TakenAsync(fullDate));
        Assert.Equal(0, await TakenAsync(closedDate));
    }

    [Fact]
    public async Task ThirtyDaysAfterADate_ItsRegistrationsAreDeleted_AndOnlyTheCountsStay()
    {
        var (eventId, date) = await EventAsync(capacity: 10);
        var came = await SignUpAsync(eventId, date, 3, "came@example.com");
        await SignUpAsync(eventId, date, 2);
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.EventRegistrations.IgnoreQueryFilters().Where(r => r.Id == came.Registration!.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.CheckedIn, true));
            await db.EventOccurrences.IgnoreQueryFilters().Where(o => o.Id == date)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.StartsAt, DateTime.UtcNow.AddDays(-32)).SetProperty(o => o.EndsAt, DateTime.UtcNow.AddDays(-32).AddHours(1)));
        });
        var forgotten = await App.WithScopeAsync(sp => EventOccurrences.ForgetAsync(sp.GetRequiredService<AppDbContext>(), DateTime.UtcNow, CancellationToken.None));
        Assert.True(forgotten >= 1);
        var (left, occurrence) = await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return (await db.EventRegistrations.IgnoreQueryFilters().CountAsync(r => r.OccurrenceId == date), await db.EventOccurrences.IgnoreQueryFilters().SingleAsync(o => o.Id == date));
        });
        Assert.Equal(0, left);
        Assert.Equal((3, 2), (occurrence.Attended, occurrence.NoShows));
    }

    [Fact]
    public async Task TheCodeAndTheAddress_AreNeverStoredInTheClear()
    {
        var (eventId, date) = await EventAsync(capacity: 10);
        var result = await SignUpAsync(eventId, date, 2, "ram@example.com");
        var (row, message) = await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var r = await db.EventRegistrations.IgnoreQueryFilters().SingleAsync(x => x.Id == result.Registration!.Id);
            var m = await db.OutboxMessages.IgnoreQueryFilters().SingleAsync(x => x.To == "event-registration:" + r.Id.ToString("N"));
            return (r, m);
        });
        Assert.DoesNotContain("ram@example.com", row.EmailCipher!, StringComparison.Ordinal);
        Assert.DoesNotContain("Guest", row.NameCipher, StringComparison.Ordinal);
        Assert.NotEqual(result.Code, row.CodeHash);
        Assert.True(message.Sealed);
        Assert.DoesNotContain(result.Code!, message.BodyText, StringComparison.Ordinal);
        var found = await WithRegistrationsAsync((r, _) => r.FindAsync(row.RegionId, result.Code!.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), CancellationToken.None));
        Assert.Equal(row.Id, found!.Value.Registration.Id);
        Assert.Null(await WithRegistrationsAsync((r, _) => r.FindAsync(row.RegionId, "0000-0000-0000-0000", CancellationToken.None)));
    }
}

public sealed class RegistrationTests_Sqlite(SqliteFixture fixture) : RegistrationTests(fixture), IClassFixture<SqliteFixture>;

public sealed class RegistrationTests_Postgres(PostgresFixture fixture) : RegistrationTests(fixture), IClassFixture<PostgresFixture>;
