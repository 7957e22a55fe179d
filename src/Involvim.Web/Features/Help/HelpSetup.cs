using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Jobs;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Help;

public static class HelpSetup
{
    public const string TrackingHeader = "Tracking-Code";

    /// <summary>The rate-limit policy of tracking-code look-ups (page and API), per client address.</summary>
    public const string TrackingLookupPolicy = "tracking-lookup";

    public static WebApplicationBuilder AddHelp(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HelpLimitsOptions>().BindConfiguration(HelpLimitsOptions.Section);
        var limits = builder.Configuration.GetSection(HelpLimitsOptions.Section).Get<HelpLimitsOptions>() ?? new HelpLimitsOptions();
        builder.Services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o => o.AddPolicy(TrackingLookupPolicy, context =>
            System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(WebPlatform.ClientKey(context), _ => WebPlatform.PerMinute(limits.TrackingLookupsPerMinute))));
        builder.Services.AddScoped<HelpWorkflow>();
        builder.Services.AddScoped<Volunteers.IVolunteerCommitments, HelpVolunteerCommitments>();
        builder.Services.AddSingleton<HelpSubmissionWriter>();
        builder.Services.AddHostedService<HelpWarmUp>();
        builder.Services.AddScoped<HelpNotifications>();
        builder.Services.AddScoped<VolunteerRanking>();
        builder.Services.AddSingleton<ContactProtector>();
        builder.Services.AddScoped<Infrastructure.Outbox.IRecipientResolver, HelpContactResolver>();
        builder.Services.AddScoped<TrackingCodeDelivery>();
        builder.Services.AddSingleton<IRecurringJob, OfferTimeoutJob>();
        builder.Services.AddSingleton<IRecurringJob, UnmetRequestsJob>();
        builder.Services.AddSingleton<IRecurringJob, HelpRetentionJob>();
        return builder;
    }

    public static WebApplication MapHelp(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/regions/{region:slug}/help-requests").AllowAnonymous().WithTags("Help requests")
            .AddEndpointFilter(NoStore);
        api.MapPost("/", Submit)
            .RequireRateLimiting(RateLimits.Submission)
            .WithName("SubmitHelpRequest")
            .WithSummary("Submits an anonymous help request; answers with the tracking code (shown once, stored only as a hash). Rate limited per client.")
            .Accepts<HelpRequestDto>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/lost-code", LostCode)
            .RequireRateLimiting(RateLimits.Submission)
            .WithName("LostTrackingCode")
            .WithSummary("\"I lost my code\": every request of the region with this contact gets a new code, sent to that contact; the old code stops working. The same 202 whether or not such a request exists.")
            .Accepts<LostCodeDto>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        var track = api.MapGroup("/track").RequireRateLimiting(TrackingLookupPolicy);
        track.MapGet("/", Track)
            .WithName("TrackHelpRequest")
            .WithSummary("The request's status and messages; the code goes in the Tracking-Code header, never in the URL. A wrong and an unknown code both answer 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        track.MapPost("/messages", Message)
            .WithName("MessageOnHelpRequest")
            .WithSummary("Adds a message from the requester (Tracking-Code header).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        track.MapPost("/cancel", Cancel)
            .WithName("CancelHelpRequest")
            .WithSummary("The requester cancels the request (Tracking-Code header).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        track.MapPost("/feedback", Feedback)
            .WithName("HelpRequestFeedback")
            .WithSummary("Whether the help helped: helped, partly or not-helped (only when done, once).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public sealed record ContactDto(string? Method, string? Value);

    public sealed record HelpRequestDto(
        string? Category,
        string? Description,
        List<string>? Languages,
        string? Area,
        string? Urgency,
        List<string>? Times,
        ContactDto? Contact,
        bool? ShareContact,
        bool? Consent)
    {
        public HelpRequestInput ToInput() => new()
        {
            Category = Category,
            Description = Description,
            Languages = Languages ?? [],
            Area = Area,
            Urgency = Urgency,
            Times = Times ?? [],
            ContactMethod = Contact?.Method,
            ContactValue = Contact?.Value,
            ShareContact = ShareContact ?? false,
            Consent = Consent ?? false,
        };
    }

    /// <summary>Every answer about a request (the code itself, its status, its messages) stays out of every cache.</summary>
    private static ValueTask<object?> NoStore(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        context.HttpContext.Response.Headers.Pragma = "no-cache";
        return next(context);
    }

    /// <param name="CodeSentTo">The channel the code was also sent to (<c>email</c>, <c>sms</c>, …), or null.</param>
    public sealed record SubmittedDto(string TrackingCode, string TrackUrl, string Status, string? CodeSentTo = null);

    public sealed record LostCodeDto(string? Contact);

    public sealed record LostCodeAnswer(string Message);

    public sealed record MessageDto(string From, string Text, DateTime At);

    public sealed record TrackDto(
        string Status,
        string StatusText,
        string Category,
        DateTime CreatedAt,
        DateTime UpdatedAt,
        bool CanCancel,
        bool CanGiveFeedback,
        string? Feedback,
        IReadOnlyList<MessageDto> Messages);

    public sealed record TextDto(string? Text);

    public sealed record FeedbackDto(string? Feedback, string? Comment);

    private static async Task<Results<Created<SubmittedDto>, ValidationProblem, ProblemHttpResult>> Submit(
        [FromBody] HelpRequestDto body, RegionContext here, HelpWorkflow workflow, ContactProtector protector,
        TrackingCodeDelivery delivery, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var (data, problems) = HelpRequestRules.Check(body.ToInput(), region.Areas);
        if (data is null)
        {
            return TypedResults.ValidationProblem(
                problems.GroupBy(p => ApiField(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => t[p.Key].Value).Distinct().ToArray()),
                title: t["Error.400.Title"]);
        }

        var (request, code) = await workflow.SubmitAsync(region, data, here.Language, submissionKey: null, protector, ct);
        var trackUrl = $"/{region.Slug}/{here.Language}/help/track";
        var sentTo = request!.ContactCipher is null ? null : delivery.ChannelFor(request.ContactMethod);
        return TypedResults.Created(trackUrl, new SubmittedDto(code!, trackUrl, Code(request.Status), sentTo));
    }

    /// <summary>"I lost my code": the same 202 whether or not a request has this contact.</summary>
    private static async Task<Results<Accepted<LostCodeAnswer>, ValidationProblem>> LostCode(
        [FromBody] LostCodeDto body, RegionContext here, TrackingCodeDelivery delivery, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (TrackingCodeDelivery.Normalize(body.Contact) is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["contact"] = [t["Help.Lost.Invalid"]] }, title: t["Error.400.Title"]);
        }

        await delivery.ReissueAsync(here.RequiredRegion, body.Contact, ct);
        return TypedResults.Accepted((string?)null, new LostCodeAnswer(t["Help.Lost.Sent"]));
    }

    private static string ApiField(string field) => field switch
    {
        nameof(HelpRequestInput.ContactMethod) => "contact.method",
        nameof(HelpRequestInput.ContactValue) => "contact.value",
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };

    private static async Task<Results<Ok<TrackDto>, ProblemHttpResult>> Track(HttpRequest http, RegionContext here, HelpWorkflow workflow, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var request = await FindAsync(http, here, workflow, ct);
        return request is null ? NotFound(t) : TypedResults.Ok(ToDto(request, t));
    }

    private static async Task<Results<Created<TrackDto>, ValidationProblem, ProblemHttpResult>> Message(
        [FromBody] TextDto body, HttpRequest http, RegionContext here, HelpWorkflow workflow, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var request = await FindAsync(http, here, workflow, ct);
        if (request is null)
        {
            return NotFound(t);
        }

        return await workflow.AddMessageAsync(request, MessageAuthor.Requester, null, body.Text, ct) switch
        {
            HelpOutcome.Done => TypedResults.Created((string?)null, ToDto((await FindAsync(http, here, workflow, ct))!, t)),
            HelpOutcome.Invalid => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [t["Help.Error.Message"]] }, title: t["Error.400.Title"]),
            _ => Conflict(t),
        };
    }

    private static async Task<Results<Ok<TrackDto>, ProblemHttpResult>> Cancel(HttpRequest http, RegionContext here, HelpWorkflow workflow, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var request = await FindAsync(http, here, workflow, ct);
        if (request is null)
        {
            return NotFound(t);
        }

        return await workflow.CancelAsync(request, HelpActor.Requester, null, ct) == HelpOutcome.Done
            ? TypedResults.Ok(ToDto((await FindAsync(http, here, workflow, ct))!, t))
            : Conflict(t);
    }

    private static async Task<Results<Ok<TrackDto>, ValidationProblem, ProblemHttpResult>> Feedback(
        [FromBody] FeedbackDto body, HttpRequest http, RegionContext here, HelpWorkflow workflow, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var request = await FindAsync(http, here, workflow, ct);
        if (request is null)
        {
            return NotFound(t);
        }

        if (ParseFeedback(body.Feedback) is not { } feedback || body.Comment?.Length > HelpLimits.Message)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["feedback"] = [t["Help.Error.Feedback"]] }, title: t["Error.400.Title"]);
        }

        return await workflow.FeedbackAsync(request, feedback, body.Comment, ct) == HelpOutcome.Done
            ? TypedResults.Ok(ToDto((await FindAsync(http, here, workflow, ct))!, t))
            : Conflict(t);
    }

    public static HelpFeedback? ParseFeedback(string? text) => text switch
    {
        "helped" => HelpFeedback.Helped,
        "partly" => HelpFeedback.Partly,
        "not-helped" => HelpFeedback.NotHelped,
        _ => null,
    };

    public static string FeedbackCode(HelpFeedback feedback) => feedback switch
    {
        HelpFeedback.Helped => "helped",
        HelpFeedback.Partly => "partly",
        _ => "not-helped",
    };

    public static string Code(HelpStatus status) => status switch
    {
        HelpStatus.InProgress => "in_progress",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static async Task<HelpRequest?> FindAsync(HttpRequest http, RegionContext here, HelpWorkflow workflow, CancellationToken ct) =>
        await workflow.FindByCodeAsync(here.RequiredRegion.Id, http.Headers[TrackingHeader].ToString(), ct);

    private static TrackDto ToDto(HelpRequest r, IStringLocalizer t) => new(
        Code(r.Status),
        t[$"HelpStatus.{r.Status}.Explained"],
        r.Category,
        r.CreatedAt,
        r.UpdatedAt,
        HelpWorkflow.CanMove(r.Status, HelpStatus.Cancelled, HelpActor.Requester),
        r.Status == HelpStatus.Done && r.Feedback is null,
        r.Feedback is { } f ? FeedbackCode(f) : null,
        r.Messages.OrderBy(m => m.CreatedAt).Select(m => new MessageDto(m.Author.ToString().ToLowerInvariant(), m.Text, m.CreatedAt)).ToList());

    private static ProblemHttpResult NotFound(IStringLocalizer t) =>
        TypedResults.Problem(title: t["Help.Track.NotFound"], statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult Conflict(IStringLocalizer t) =>
        TypedResults.Problem(title: t["Help.Error.NotNow"], statusCode: StatusCodes.Status409Conflict);
}

/// <summary>Automatic offers a stopped process left unmade are made; offers nobody answered in time move on to the next candidate.</summary>
internal sealed class OfferTimeoutJob : IRecurringJob
{
    public string Name => "help-offer-timeout";

    public TimeSpan Interval => TimeSpan.FromMinutes(1);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var workflow = services.GetRequiredService<HelpWorkflow>();
        await workflow.OfferDueAsync(TimeSpan.FromMinutes(1), ct);
        await workflow.ExpireOffersAsync(ct);
    }
}

/// <summary>Open requests nobody took within the region's limit are marked unmet (they count in the insights).</summary>
internal sealed class UnmetRequestsJob(TimeProvider clock) : IRecurringJob
{
    public string Name => "help-unmet";

    public TimeSpan Interval => TimeSpan.FromMinutes(30);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var workflow = services.GetRequiredService<HelpWorkflow>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var region in await db.Regions.AsNoTracking().Select(r => new { r.Id, r.UnmetAfterDays }).ToListAsync(ct))
        {
            var before = now.AddDays(-Math.Max(1, region.UnmetAfterDays));
            var ids = await db.HelpRequests.IgnoreQueryFilters([AppDbContext.RegionFilter])
                .Where(r => r.RegionId == region.Id && HelpWorkflow.OpenStatuses.Contains(r.Status) && r.CreatedAt < before)
                .Select(r => r.Id).Take(500).ToListAsync(ct);
            foreach (var id in ids)
            {
                db.ChangeTracker.Clear();
                var request = await db.HelpRequests.IgnoreQueryFilters([AppDbContext.RegionFilter]).FirstAsync(r => r.Id == id, ct);
                await workflow.MarkUnmetAsync(request, HelpActor.System, ct);
            }
        }
    }
}

/// <summary>
/// Erases what could identify a requester once the region's retention period after closing has passed: the contact,
/// the description, the messages and the feedback comment. What remains (category, languages, dates, outcome) feeds
/// the anonymous insights.
/// </summary>
internal sealed class HelpRetentionJob(TimeProvider clock) : IRecurringJob
{
    public string Name => "help-retention";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var region in await db.Regions.AsNoTracking().Select(r => new { r.Id, r.RetentionDays }).ToListAsync(ct))
        {
            var before = now.AddDays(-region.RetentionDays);
            var due = await db.HelpRequests.IgnoreQueryFilters([AppDbContext.RegionFilter])
                .Where(r => r.RegionId == region.Id && r.ClosedAt != null && r.ClosedAt < before && r.ContactErasedAt == null)
                .Take(500).ToListAsync(ct);
            foreach (var request in due)
            {
                request.ContactCipher = null;
                request.ContactLookup = null;
                request.ContactMethod = ContactMethod.None;
                request.ContactSharedWithVolunteer = false;
                request.Description = "";
                request.FeedbackComment = null;
                request.ContactErasedAt = now;
                request.Version = Guid.NewGuid();
                db.HelpEvents.Add(new HelpEvent { RequestId = request.Id, RegionId = request.RegionId, At = now, Kind = HelpEventKinds.ContactErased });
            }

            var ids = due.Select(r => r.Id).ToList();
            await db.HelpMessages.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(m => ids.Contains(m.RequestId)).ExecuteDeleteAsync(ct);
            await db.SaveChangesAsync(ct);
        }
    }
}

/// <summary>Limits that only help requests need; read from the <c>Security</c> section like the other limits.</summary>
public sealed class HelpLimitsOptions
{
    public const string Section = "Security";

    /// <summary>Tracking-code look-ups (page and API) allowed per client address and minute, so codes cannot be guessed.</summary>
    public int TrackingLookupsPerMinute { get; set; } = 20;
}
