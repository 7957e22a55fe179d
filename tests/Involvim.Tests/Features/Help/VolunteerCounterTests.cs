using Involvim.Tests.Support;
using Involvim.Web.Features.Help;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Help;

/// <summary>
/// Issue 9, read-then-write races: a volunteer's counts of accepted and done tasks (which the matcher's fairness
/// uses) are increments in the database in the same transaction as the change, so two tasks of one volunteer
/// accepted, then done, at the same moment both count.
/// </summary>
public abstract class VolunteerCounterTests(AppFixture fixture)
{
    private InvolvimApp App => fixture.App;

    private Task<Guid> NewRequestAsync() =>
        HelpRequestTests.SubmitForIdAsync(App, new { category = "housing", description = "A flat for a family of four", languages = new[] { "sl" }, consent = true });

    [Fact]
    public async Task TwoTasksOfOneVolunteer_AcceptedAndDoneAtOnce_BothCount()
    {
        var requests = new[] { await NewRequestAsync(), await NewRequestAsync() };

        // The best candidate for the first request gets room for both tasks and is offered both.
        var volunteerId = await HelpRequestTests.InRegionAsync(App, async (sp, db) =>
        {
            var request = await db.HelpRequests.SingleAsync(r => r.Id == requests[0]);
            var region = await db.Regions.SingleAsync(r => r.Id == request.RegionId);
            var best = (await sp.GetRequiredService<VolunteerRanking>().RankAsync(request, region, take: 1, CancellationToken.None)).Ranked[0].VolunteerId;
            await db.Volunteers.Where(v => v.Id == best).ExecuteUpdateAsync(s => s.SetProperty(v => v.MaxActiveTasks, 5));
            foreach (var id in requests)
            {
                db.ChangeTracker.Clear();
                var r = await db.HelpRequests.Include(x => x.Offers).SingleAsync(x => x.Id == id);
                Assert.Equal(HelpOutcome.Done, await sp.GetRequiredService<HelpWorkflow>().OfferAsync(r, region, [best], CancellationToken.None));
            }

            return best;
        });
        var before = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().Where(v => v.Id == volunteerId).Select(v => new { v.AcceptedCount, v.CompletedCount }).SingleAsync());

        // Both accepted at the same moment, each in its own request scope.
        var accepted = await Task.WhenAll(requests.Select(id => Task.Run(() => HelpRequestTests.InRegionAsync(App, async (sp, db) =>
        {
            var volunteer = await db.Volunteers.SingleAsync(v => v.Id == volunteerId);
            var offer = await db.HelpOffers.SingleAsync(o => o.RequestId == id && o.VolunteerId == volunteerId);
            return await sp.GetRequiredService<HelpWorkflow>().AcceptAsync(offer.Id, volunteer, CancellationToken.None);
        }))));
        Assert.All(accepted, a => Assert.Equal(HelpOutcome.Done, a));

        var done = await Task.WhenAll(requests.Select(id => Task.Run(() => HelpRequestTests.InRegionAsync(App, async (sp, db) =>
        {
            var volunteer = await db.Volunteers.SingleAsync(v => v.Id == volunteerId);
            var request = await db.HelpRequests.SingleAsync(r => r.Id == id);
            return await sp.GetRequiredService<HelpWorkflow>().CompleteAsync(request, volunteer, HelpActor.Volunteer, 1.5m, CancellationToken.None);
        }))));
        Assert.All(done, d => Assert.Equal(HelpOutcome.Done, d));

        var after = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().Where(v => v.Id == volunteerId).Select(v => new { v.AcceptedCount, v.CompletedCount }).SingleAsync());
        Assert.Equal(before.AcceptedCount + 2, after.AcceptedCount);
        Assert.Equal(before.CompletedCount + 2, after.CompletedCount);
    }
}

public sealed class VolunteerCounterTests_Sqlite(SqliteFixture fixture) : VolunteerCounterTests(fixture), IClassFixture<SqliteFixture>;

public sealed class VolunteerCounterTests_Postgres(PostgresFixture fixture) : VolunteerCounterTests(fixture), IClassFixture<PostgresFixture>;
