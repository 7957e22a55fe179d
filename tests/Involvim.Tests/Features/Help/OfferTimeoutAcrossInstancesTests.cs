using System.Net.Http.Json;
using System.Text.Json;
using Involvim.Tests.Support;
using Involvim.Web.Features.Help;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Help;

/// <summary>Two app instances on one database run the offer timeout at once: each expired offer moves on exactly once.</summary>
public abstract class OfferTimeoutAcrossInstancesTests(DatabaseKind kind)
{
    [Fact]
    public async Task TwoInstances_ExpireEachOfferOnce_AndOfferTheNextCandidateOnce()
    {
        TestEnvironment.RequireOrSkip(TestDatabase.IsAvailable(kind), $"No PostgreSQL for tests: set {TestEnvironment.PostgresVariable}");
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var first = new InvolvimApp(database);
        _ = first.Server;
        await using var second = new InvolvimApp(database);
        _ = second.Server;

        var submitted = await first.Anonymous().PostAsJsonAsync("/api/v1/regions/litija/help-requests?lang=en", new { category = "housing", description = "Flat", languages = new[] { "sl" }, consent = true });
        var code = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString()!;
        var requestId = await HelpRequestTests.InRegionAsync(first, async (sp, db) =>
        {
            var request = await db.HelpRequests.Include(r => r.Offers).SingleAsync(r => r.TrackingCodeHash == TrackingCodes.Hash(code));
            var region = await db.Regions.SingleAsync(r => r.Id == request.RegionId);
            Assert.Equal(HelpOutcome.Done, await sp.GetRequiredService<HelpWorkflow>().OfferNextAsync(request, region, automatic: false, CancellationToken.None));
            return request.Id;
        });
        await first.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpOffers.IgnoreQueryFilters().Where(o => o.RequestId == requestId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        var runs = await Task.WhenAll(new[] { first, second }.Select(app => app.WithScopeAsync(sp => sp.GetRequiredService<HelpWorkflow>().ExpireOffersAsync(CancellationToken.None))));
        Assert.Equal(1, runs.Sum());
        var offers = await first.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpOffers.IgnoreQueryFilters().Where(o => o.RequestId == requestId).ToListAsync());
        Assert.Equal(1, offers.Count(o => o.Status == OfferStatus.Expired));
        Assert.Equal(1, offers.Count(o => o.Status == OfferStatus.Pending));
        Assert.NotEqual(offers.Single(o => o.Status == OfferStatus.Expired).VolunteerId, offers.Single(o => o.Status == OfferStatus.Pending).VolunteerId);
        Assert.Equal(1, await first.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpEvents.IgnoreQueryFilters().CountAsync(e => e.RequestId == requestId && e.Kind == HelpEventKinds.Expired)));
    }
}

public sealed class OfferTimeoutAcrossInstancesTests_Sqlite() : OfferTimeoutAcrossInstancesTests(DatabaseKind.Sqlite);

public sealed class OfferTimeoutAcrossInstancesTests_Postgres() : OfferTimeoutAcrossInstancesTests(DatabaseKind.Postgres);
