using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Features.Help;

namespace Involvim.Tests.Features.Help;

/// <summary>The transition table, tracking codes and the tracking rate limit.</summary>
public sealed class HelpRulesTests
{
    public static TheoryData<HelpStatus, HelpStatus, HelpActor, bool> Transitions() => new()
    {
        { HelpStatus.New, HelpStatus.Triaged, HelpActor.Coordinator, true },
        { HelpStatus.New, HelpStatus.Triaged, HelpActor.Volunteer, false },
        { HelpStatus.New, HelpStatus.Triaged, HelpActor.Requester, false },
        { HelpStatus.New, HelpStatus.Offered, HelpActor.System, true },
        { HelpStatus.Triaged, HelpStatus.Offered, HelpActor.Coordinator, true },
        { HelpStatus.Triaged, HelpStatus.Offered, HelpActor.Volunteer, false },
        { HelpStatus.Offered, HelpStatus.Accepted, HelpActor.Volunteer, true },
        { HelpStatus.Offered, HelpStatus.Accepted, HelpActor.Coordinator, false },
        { HelpStatus.New, HelpStatus.Accepted, HelpActor.Volunteer, false },
        { HelpStatus.Accepted, HelpStatus.InProgress, HelpActor.Volunteer, true },
        { HelpStatus.Accepted, HelpStatus.Done, HelpActor.Volunteer, true },
        { HelpStatus.InProgress, HelpStatus.Done, HelpActor.Coordinator, true },
        { HelpStatus.InProgress, HelpStatus.Done, HelpActor.Requester, false },
        { HelpStatus.Offered, HelpStatus.Done, HelpActor.Volunteer, false },
        { HelpStatus.New, HelpStatus.Cancelled, HelpActor.Requester, true },
        { HelpStatus.InProgress, HelpStatus.Cancelled, HelpActor.Requester, true },
        { HelpStatus.InProgress, HelpStatus.Cancelled, HelpActor.Volunteer, false },
        { HelpStatus.Done, HelpStatus.Cancelled, HelpActor.Requester, false },
        { HelpStatus.Done, HelpStatus.Cancelled, HelpActor.Coordinator, false },
        { HelpStatus.Cancelled, HelpStatus.New, HelpActor.Coordinator, false },
        { HelpStatus.Offered, HelpStatus.Unmet, HelpActor.System, true },
        { HelpStatus.Accepted, HelpStatus.Unmet, HelpActor.System, false },
        { HelpStatus.Unmet, HelpStatus.Offered, HelpActor.Coordinator, false },
        { HelpStatus.Offered, HelpStatus.Triaged, HelpActor.Requester, false },
        { HelpStatus.Accepted, HelpStatus.Triaged, HelpActor.Volunteer, true },
        { HelpStatus.InProgress, HelpStatus.Triaged, HelpActor.Volunteer, true },
        { HelpStatus.Accepted, HelpStatus.Triaged, HelpActor.Coordinator, false },
        { HelpStatus.Done, HelpStatus.Triaged, HelpActor.Volunteer, false },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_IsAllowedOnlyForTheRightActor(HelpStatus from, HelpStatus to, HelpActor actor, bool allowed) =>
        Assert.Equal(allowed, HelpWorkflow.CanMove(from, to, actor));

    [Fact]
    public void TrackingCodes_AreUnique_AndTolerateHowPeopleTypeThem()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => TrackingCodes.New()).ToHashSet();
        Assert.Equal(10_000, codes.Count);
        var code = codes.First();
        Assert.Equal(TrackingCodes.Hash(code), TrackingCodes.Hash(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
        Assert.Equal(TrackingCodes.Hash("0000-1111-2222-3333"), TrackingCodes.Hash("oooo-iiii-2222-3333"));
        Assert.Null(TrackingCodes.Normalize("1234"));
        Assert.Null(TrackingCodes.Normalize("<script>alert(1)</script>"));
        Assert.NotEqual(TrackingCodes.Hash("x"), TrackingCodes.Hash("y"));
    }

    [Theory]
    [InlineData("+386 40 123 456", "+38640123456")]
    [InlineData("040/123-456", "040123456")]
    [InlineData("(01) 234 5678", "012345678")]
    [InlineData("12345", null)]
    [InlineData("call me", null)]
    [InlineData("+386+40123456", null)]
    [InlineData("1234567890123456", null)]
    public void Phone_IsNormalizedOrRejected(string input, string? expected) =>
        Assert.Equal(expected, HelpRequestRules.NormalizePhone(input));
}

/// <summary>Tracking-code look-ups are rate limited per client (so codes cannot be guessed), in the API and on the page.</summary>
public sealed class TrackingRateLimitTests(TrackingRateLimitTests.LowLimitFixture fixture) : IClassFixture<TrackingRateLimitTests.LowLimitFixture>
{
    public sealed class LowLimitFixture() : AppFixture(DatabaseKind.Sqlite)
    {
        protected override IReadOnlyDictionary<string, string?> Overrides => new Dictionary<string, string?> { ["Security:TrackingLookupsPerMinute"] = "3" };
    }

    [Fact]
    public async Task TheFourthLookupInAMinute_Is429()
    {
        var client = fixture.App.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions/litija/help-requests/track");
            request.Headers.Add(HelpSetup.TrackingHeader, $"AAAA-AAAA-AAAA-AAA{i}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        var page = await client.PostAsync("/litija/en/help/track", new FormUrlEncodedContent([new("Code", "AAAA-AAAA-AAAA-AAAA")]));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
    }
}
