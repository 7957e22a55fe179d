using Involvim.Web.Features.Regions;
using Involvim.Web.Features.Volunteers;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Help;

/// <summary>What a coordinator may correct on a request.</summary>
public sealed record HelpTriage(string Category, bool NeedsVetting, string? Area, string? Urgency, IReadOnlyList<string?> Languages);

/// <summary>Who acts on a request.</summary>
public enum HelpActor
{
    Requester,
    Coordinator,
    Volunteer,
    System,
}

/// <summary>The answer to an attempted step; the pages and the API turn it into a message or a status code.</summary>
public enum HelpOutcome
{
    Done,
    NotFound,

    /// <summary>The step is not allowed from the request's current status or for this actor.</summary>
    NotAllowed,

    /// <summary>Someone else acted first (another volunteer accepted, the offer expired).</summary>
    Conflict,
    Invalid,
}

/// <summary>
/// Every status change of a help request, for every actor, in one place: the transition table, the timeline,
/// the audit log for staff steps, and notifications. Offers are made by <see cref="OfferAsync"/> (coordinator) or
/// <see cref="OfferNextAsync"/> (auto-offer, a decline or a timeout).
/// </summary>
public sealed partial class HelpWorkflow(
    AppDbContext db, AuditLog audit, TimeProvider clock, VolunteerRanking ranking, HelpNotifications notify, HelpSubmissionWriter writer, TrackingCodeDelivery delivery, ILogger<HelpWorkflow> log)
{
    private static readonly Dictionary<(HelpStatus From, HelpStatus To), HelpActor[]> Transitions = new()
    {
        [(HelpStatus.New, HelpStatus.Triaged)] = [HelpActor.Coordinator],
        [(HelpStatus.New, HelpStatus.Offered)] = [HelpActor.Coordinator, HelpActor.System],
        [(HelpStatus.Triaged, HelpStatus.Offered)] = [HelpActor.Coordinator, HelpActor.System],
        [(HelpStatus.Offered, HelpStatus.Offered)] = [HelpActor.Coordinator, HelpActor.System],
        [(HelpStatus.Offered, HelpStatus.Triaged)] = [HelpActor.Coordinator, HelpActor.Volunteer, HelpActor.System],
        [(HelpStatus.Offered, HelpStatus.Accepted)] = [HelpActor.Volunteer],
        [(HelpStatus.Accepted, HelpStatus.InProgress)] = [HelpActor.Volunteer],
        [(HelpStatus.Accepted, HelpStatus.Done)] = [HelpActor.Volunteer, HelpActor.Coordinator],
        [(HelpStatus.InProgress, HelpStatus.Done)] = [HelpActor.Volunteer, HelpActor.Coordinator],
        [(HelpStatus.Accepted, HelpStatus.Triaged)] = [HelpActor.Volunteer],
        [(HelpStatus.InProgress, HelpStatus.Triaged)] = [HelpActor.Volunteer],
        [(HelpStatus.New, HelpStatus.Cancelled)] = [HelpActor.Requester, HelpActor.Coordinator],
        [(HelpStatus.Triaged, HelpStatus.Cancelled)] = [HelpActor.Requester, HelpActor.Coordinator],
        [(HelpStatus.Offered, HelpStatus.Cancelled)] = [HelpActor.Requester, HelpActor.Coordinator],
        [(HelpStatus.Accepted, HelpStatus.Cancelled)] = [HelpActor.Requester, HelpActor.Coordinator],
        [(HelpStatus.InProgress, HelpStatus.Cancelled)] = [HelpActor.Requester, HelpActor.Coordinator],
        [(HelpStatus.New, HelpStatus.Unmet)] = [HelpActor.Coordinator, HelpActor.System],
        [(HelpStatus.Triaged, HelpStatus.Unmet)] = [HelpActor.Coordinator, HelpActor.System],
        [(HelpStatus.Offered, HelpStatus.Unmet)] = [HelpActor.Coordinator, HelpActor.System],
    };

    /// <summary>Whether <paramref name="actor"/> may move a request from one status to another.</summary>
    public static bool CanMove(HelpStatus from, HelpStatus to, HelpActor actor) =>
        Transitions.TryGetValue((from, to), out var actors) && actors.Contains(actor);

    public static readonly HelpStatus[] OpenStatuses = [HelpStatus.New, HelpStatus.Triaged, HelpStatus.Offered];

    public static readonly HelpStatus[] ActiveTaskStatuses = [HelpStatus.Accepted, HelpStatus.InProgress];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Stores a new request and, when the region offers automatically, offers it to the best volunteer.</summary>
    /// The region comes from the cached snapshot: a submission reads no region row unless the region offers automatically.
    public async Task<(HelpRequest? Request, string? Code)> SubmitAsync(RegionSnapshot region, HelpRequestData data, string language, string? submissionKey, ContactProtector protector, CancellationToken ct)
    {
        var keyHash = string.IsNullOrEmpty(submissionKey) ? null : TrackingCodes.HashKey(submissionKey);
        if (keyHash is not null && await db.HelpRequests.IgnoreQueryFilters().AnyAsync(r => r.SubmissionKeyHash == keyHash, ct))
        {
            return (null, null);
        }

        var code = TrackingCodes.New();
        var request = Compose(region, data, language, code, keyHash, protector);
        request.ContactLookup = await delivery.LookupAsync(data.ContactValue, ct);
        // One commit (ADR 0005, issue 9): the request, its "submitted" event, the code message, and either the
        // coordinators' urgent alert or the durable "offer next" marker. Nothing acknowledged can lose its alert.
        var messages = new List<Infrastructure.Outbox.OutboxMessage>();
        if (delivery.CodeMessage(request, region, code, renewed: false) is { } codeMessage)
        {
            messages.Add(codeMessage);
        }

        if (region.AutoOffer)
        {
            request.OfferDueAt = request.CreatedAt;
        }
        else if (request.Urgency == HelpUrgency.High)
        {
            messages.AddRange(await notify.CoordinatorMessagesAsync(request, "Mail.Help.Coordinator.New", ct));
        }

        if (!await writer.WriteAsync(request, messages, ct))
        {
            // The same form sent twice at once: the unique key let only the first in.
            return (null, null);
        }

        if (region.AutoOffer)
        {
            // The offer, at once. The request is stored and acknowledged whatever happens here: should the offer
            // fail or the process stop, the marker brings the offer job to it.
            try
            {
                db.HelpRequests.Attach(request);
                await OfferNextAsync(request, await db.Regions.AsNoTracking().FirstAsync(r => r.Id == region.Id, ct), automatic: true, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                db.ChangeTracker.Clear();
                OfferLeftToTheJob(log, ex);
            }
        }

        return (request, code);
    }

    /// <summary>A new request as it is stored, with its "submitted" event; the contact encrypted, the code only hashed.</summary>
    public HelpRequest Compose(RegionSnapshot region, HelpRequestData data, string language, string code, string? keyHash, ContactProtector protector)
    {
        var now = Now;
        var request = new HelpRequest
        {
            RegionId = region.Id,
            Category = data.Category,
            Description = data.Description,
            Languages = [.. data.Languages],
            Area = data.Area,
            Urgency = data.Urgency,
            PreferredSlots = data.PreferredSlots,
            ContactMethod = data.ContactMethod,
            ContactCipher = protector.Protect(data.ContactValue),
            ContactSharedWithVolunteer = data.ShareContact,
            TrackingCodeHash = TrackingCodes.Hash(code),
            SubmissionKeyHash = keyHash,
            RequesterLanguage = language,
            CreatedAt = now,
            UpdatedAt = now,
        };
        request.Events.Add(Event(request, HelpEventKinds.Submitted));
        return request;
    }

    /// <summary>The request behind a tracking code in this region, or null for a wrong or unknown code alike.</summary>
    public async Task<HelpRequest?> FindByCodeAsync(Guid regionId, string? code, CancellationToken ct)
    {
        if (TrackingCodes.Normalize(code) is null)
        {
            return null;
        }

        var hash = TrackingCodes.Hash(code);
        return await db.HelpRequests
            .Include(r => r.Messages.OrderBy(m => m.CreatedAt))
            .Include(r => r.Events.OrderBy(e => e.At))
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.RegionId == regionId && r.TrackingCodeHash == hash, ct);
    }

    public async Task<HelpOutcome> AddMessageAsync(HelpRequest request, MessageAuthor author, Guid? userId, string? text, CancellationToken ct)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > HelpLimits.Message)
        {
            return HelpOutcome.Invalid;
        }

        if (request.ContactErasedAt is not null)
        {
            return HelpOutcome.NotAllowed;
        }

        var message = new HelpMessage { RequestId = request.Id, RegionId = request.RegionId, Author = author, AuthorUserId = userId, Text = text, CreatedAt = Now };
        db.HelpMessages.Add(message);
        request.UpdatedAt = Now;
        if (author != MessageAuthor.Requester)
        {
            audit.Record("help.message", nameof(HelpRequest), request.Id.ToString(), request.RegionId, new { author = author.ToString() });
            await notify.MessageToRequesterAsync(request, ct);
        }
        else
        {
            await notify.MessageToVolunteerAsync(request, ct);
        }

        return await SaveAsync(ct);
    }

    /// <summary>The requester closes their own request (any open or running status).</summary>
    public async Task<HelpOutcome> CancelAsync(HelpRequest request, HelpActor actor, string? reason, CancellationToken ct)
    {
        if (!CanMove(request.Status, HelpStatus.Cancelled, actor))
        {
            return HelpOutcome.NotAllowed;
        }

        await WithdrawPendingOffersAsync(request, ct);
        var volunteer = request.VolunteerId;
        Move(request, HelpStatus.Cancelled, HelpEventKinds.Cancelled, note: Trim(reason));
        if (actor == HelpActor.Coordinator)
        {
            audit.Record("help.cancelled", nameof(HelpRequest), request.Id.ToString(), request.RegionId, new { reason = Trim(reason) });
            await notify.StatusToRequesterAsync(request, ct);
        }

        if (volunteer is { } volunteerId)
        {
            await notify.TaskCancelledAsync(request, volunteerId, ct);
        }

        return await SaveAsync(ct);
    }

    public async Task<HelpOutcome> FeedbackAsync(HelpRequest request, HelpFeedback feedback, string? comment, CancellationToken ct)
    {
        if (request.Status != HelpStatus.Done || request.Feedback is not null)
        {
            return HelpOutcome.NotAllowed;
        }

        if (comment?.Trim().Length > HelpLimits.Message)
        {
            return HelpOutcome.Invalid;
        }

        request.Feedback = feedback;
        request.FeedbackComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        request.UpdatedAt = Now;
        request.Events.Add(Event(request, HelpEventKinds.Feedback, note: feedback.ToString()));
        db.HelpEvents.Add(request.Events[^1]);
        return await SaveAsync(ct);
    }

    /// <summary>A coordinator checks and corrects a request (topic, languages, area, urgency, vetting); a new request becomes triaged.</summary>
    public async Task<HelpOutcome> TriageAsync(HelpRequest request, HelpTriage triage, CancellationToken ct)
    {
        if (request.IsClosed)
        {
            return HelpOutcome.NotAllowed;
        }

        var languages = HelpRequestRules.Languages(triage.Languages);
        if (!Directory.Categories.IsKnown(triage.Category) || triage.Area?.Length > HelpLimits.Area || languages is null ||
            !EnumText.TryParse<HelpUrgency>(triage.Urgency, out var urgency))
        {
            return HelpOutcome.Invalid;
        }

        var area = string.IsNullOrWhiteSpace(triage.Area) ? null : triage.Area.Trim();
        var changes = new
        {
            from = new { request.Category, request.NeedsVetting, request.Area, request.Urgency, request.Languages },
            to = new { triage.Category, triage.NeedsVetting, Area = area, Urgency = urgency, Languages = languages },
        };
        request.Category = triage.Category;
        request.NeedsVetting = triage.NeedsVetting;
        request.Area = area;
        request.Urgency = urgency;
        request.Languages = languages;
        if (request.Status == HelpStatus.New)
        {
            Move(request, HelpStatus.Triaged, HelpEventKinds.Triaged);
        }
        else
        {
            Touch(request, HelpEventKinds.Edited);
        }

        audit.Record("help.triaged", nameof(HelpRequest), request.Id.ToString(), request.RegionId, changes);
        return await SaveAsync(ct);
    }

    /// <summary>A coordinator offers the request to one or more volunteers (first to accept wins).</summary>
    public async Task<HelpOutcome> OfferAsync(HelpRequest request, Region region, IReadOnlyList<Guid> volunteerIds, CancellationToken ct)
    {
        if (volunteerIds.Count is 0 or > 3)
        {
            return HelpOutcome.Invalid;
        }

        if (!CanMove(request.Status, HelpStatus.Offered, HelpActor.Coordinator))
        {
            return HelpOutcome.NotAllowed;
        }

        var ranked = await ranking.RankAsync(request, region, take: int.MaxValue, ct);
        var chosen = volunteerIds.Distinct().Select(id => ranked.Ranked.FirstOrDefault(r => r.VolunteerId == id)).ToList();
        if (chosen.Any(c => c is null))
        {
            // Only eligible volunteers can be offered a task; the page shows nobody else.
            return HelpOutcome.Invalid;
        }

        request.NeedsInterpreter = ranked.NeedsInterpreter;
        await CreateOffersAsync(request, region, chosen.Select(c => (c!.VolunteerId, c.Score)).ToList(), automatic: false, ct);
        audit.Record("help.offered", nameof(HelpRequest), request.Id.ToString(), request.RegionId, new { volunteers = volunteerIds });
        return await SaveAsync(ct);
    }

    /// <summary>
    /// Offers the request to the best candidate not asked before (auto-offer, after a decline or a timeout). When
    /// nobody is left the request goes back to the coordinator's queue as triaged. The caller saves.
    /// </summary>
    public async Task<HelpOutcome> OfferNextAsync(HelpRequest request, Region region, bool automatic, CancellationToken ct)
    {
        // Whatever happens next is saved with the marker cleared: the offer (or "no one") is decided once.
        request.OfferDueAt = null;
        var ranked = await ranking.RankAsync(request, region, take: 1, ct);
        request.NeedsInterpreter = ranked.NeedsInterpreter;
        if (ranked.Ranked.Count == 0 || !CanMove(request.Status, HelpStatus.Offered, HelpActor.System))
        {
            if (request.Status == HelpStatus.Offered && !request.Offers.Any(o => o.Status == OfferStatus.Pending))
            {
                Move(request, HelpStatus.Triaged, HelpEventKinds.Triaged, note: "no-candidate");
                await notify.ToCoordinatorsAsync(request, "Mail.Help.Coordinator.Back", ct);
            }

            return await SaveAsync(ct);
        }

        await CreateOffersAsync(request, region, [(ranked.Ranked[0].VolunteerId, ranked.Ranked[0].Score)], automatic, ct);
        return await SaveAsync(ct);
    }

    private async Task CreateOffersAsync(HelpRequest request, Region region, IReadOnlyList<(Guid VolunteerId, int Score)> chosen, bool automatic, CancellationToken ct)
    {
        var now = Now;
        var batch = Guid.CreateVersion7();
        var ids = chosen.Select(c => c.VolunteerId).ToList();
        var volunteers = await db.Volunteers.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(v => ids.Contains(v.Id) && v.RegionId == request.RegionId).ToListAsync(ct);
        foreach (var (volunteerId, score) in chosen)
        {
            var offer = new HelpOffer
            {
                RequestId = request.Id,
                RegionId = request.RegionId,
                VolunteerId = volunteerId,
                BatchId = batch,
                Status = OfferStatus.Pending,
                Score = score,
                Automatic = automatic,
                OfferedAt = now,
                ExpiresAt = now.AddHours(Math.Clamp(region.OfferTimeoutHours, 1, 24 * 14)),
            };
            db.HelpOffers.Add(offer);
            request.Offers.Add(offer);
            var volunteer = volunteers.First(v => v.Id == volunteerId);
            volunteer.LastOfferedAt = now;
            db.HelpEvents.Add(Event(request, HelpEventKinds.Offered, volunteerId: volunteerId, note: automatic ? "automatic" : null));
            await notify.OfferMadeAsync(request, volunteer, ct);
        }

        request.Status = HelpStatus.Offered;
        request.UpdatedAt = now;
        request.Version = Guid.NewGuid();
    }

    /// <summary>A volunteer accepts an offer; of offers made together only the first acceptance wins.</summary>
    public async Task<HelpOutcome> AcceptAsync(Guid offerId, VolunteerProfile volunteer, CancellationToken ct)
    {
        var offer = await db.HelpOffers.Include(o => o.Request!).ThenInclude(r => r.Offers).FirstOrDefaultAsync(o => o.Id == offerId && o.VolunteerId == volunteer.Id, ct);
        if (offer?.Request is not { } request)
        {
            return HelpOutcome.NotFound;
        }

        if (offer.Status != OfferStatus.Pending || !CanMove(request.Status, HelpStatus.Accepted, HelpActor.Volunteer))
        {
            return HelpOutcome.Conflict;
        }

        var now = Now;
        offer.Status = OfferStatus.Accepted;
        offer.AnsweredAt = now;
        var others = request.Offers.Where(o => o.Id != offer.Id && o.Status == OfferStatus.Pending).ToList();
        foreach (var other in others)
        {
            other.Status = OfferStatus.Withdrawn;
            other.AnsweredAt = now;
        }

        request.VolunteerId = volunteer.Id;
        request.AcceptedAt = now;
        Move(request, HelpStatus.Accepted, HelpEventKinds.Accepted, volunteerId: volunteer.Id);
        audit.Record("help.accepted", nameof(HelpRequest), request.Id.ToString(), request.RegionId, new { offer = offer.Id });
        await notify.StatusToRequesterAsync(request, ct);
        foreach (var other in others)
        {
            await notify.OfferTakenAsync(request, other.VolunteerId, ct);
        }

        return await SaveCountingAsync(volunteer.Id, accepted: true, ct);
    }

    public async Task<HelpOutcome> DeclineAsync(Guid offerId, VolunteerProfile volunteer, string? reason, CancellationToken ct)
    {
        var offer = await db.HelpOffers.Include(o => o.Request!).ThenInclude(r => r.Offers).FirstOrDefaultAsync(o => o.Id == offerId && o.VolunteerId == volunteer.Id, ct);
        if (offer?.Request is not { } request)
        {
            return HelpOutcome.NotFound;
        }

        if (offer.Status != OfferStatus.Pending)
        {
            return HelpOutcome.Conflict;
        }

        if (reason?.Trim().Length > HelpLimits.Reason)
        {
            return HelpOutcome.Invalid;
        }

        offer.Status = OfferStatus.Declined;
        offer.AnsweredAt = Now;
        offer.DeclineReason = Trim(reason);
        db.HelpEvents.Add(Event(request, HelpEventKinds.Declined, volunteerId: volunteer.Id, note: offer.DeclineReason));
        request.Version = Guid.NewGuid();
        audit.Record("help.declined", nameof(HelpRequest), request.Id.ToString(), request.RegionId, new { offer = offer.Id });
        return await MoveOnAsync(request, offer, ct);
    }

    /// <summary>After a decline or a timeout: the next candidate when the region or the offer was automatic, else back to the queue.</summary>
    private async Task<HelpOutcome> MoveOnAsync(HelpRequest request, HelpOffer answered, CancellationToken ct)
    {
        if (request.Status != HelpStatus.Offered || request.Offers.Any(o => o.Status == OfferStatus.Pending))
        {
            return await SaveAsync(ct);
        }

        var region = await db.Regions.AsNoTracking().FirstAsync(r => r.Id == request.RegionId, ct);
        if (region.AutoOffer || answered.Automatic || answered.Status == OfferStatus.Expired)
        {
            return await OfferNextAsync(request, region, automatic: true, ct);
        }

        Move(request, HelpStatus.Triaged, HelpEventKinds.Triaged, note: "declined");
        await notify.ToCoordinatorsAsync(request, "Mail.Help.Coordinator.Back", ct);
        return await SaveAsync(ct);
    }

    /// <summary>Offers whose time ran out move on to the next candidate; each exactly once, even with several instances.</summary>
    public async Task<int> ExpireOffersAsync(CancellationToken ct)
    {
        var now = Now;
        var due = await db.HelpOffers.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(o => o.Status == OfferStatus.Pending && o.ExpiresAt <= now)
            .OrderBy(o => o.ExpiresAt).Select(o => o.Id).Take(200).ToListAsync(ct);
        var expired = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var offer = await db.HelpOffers.IgnoreQueryFilters([AppDbContext.RegionFilter])
                .Include(o => o.Request!).ThenInclude(r => r.Offers)
                .FirstOrDefaultAsync(o => o.Id == id && o.Status == OfferStatus.Pending, ct);
            if (offer?.Request is not { } request)
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            offer.Status = OfferStatus.Expired;
            offer.AnsweredAt = now;
            db.HelpEvents.Add(Event(request, HelpEventKinds.Expired, volunteerId: offer.VolunteerId));
            request.Version = Guid.NewGuid();
            if (await MoveOnAsync(request, offer, ct) == HelpOutcome.Done)
            {
                await transaction.CommitAsync(ct);
                expired++;
            }
        }

        db.ChangeTracker.Clear();
        return expired;
    }

    /// <summary>
    /// Submissions whose automatic offer was not made (the process stopped between the commit and the offer) get it
    /// now. Only markers older than <paramref name="grace"/>, so the submitting request itself goes first; the
    /// request's version keeps two instances from offering twice.
    /// </summary>
    public async Task<int> OfferDueAsync(TimeSpan grace, CancellationToken ct)
    {
        var before = Now - grace;
        var due = await db.HelpRequests.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(r => r.OfferDueAt != null && r.OfferDueAt <= before)
            .OrderBy(r => r.OfferDueAt).Select(r => new { r.Id, r.RegionId }).Take(200).ToListAsync(ct);
        var offered = 0;
        foreach (var item in due)
        {
            db.ChangeTracker.Clear();
            var request = await db.HelpRequests.IgnoreQueryFilters([AppDbContext.RegionFilter]).Include(r => r.Offers)
                .FirstOrDefaultAsync(r => r.Id == item.Id && r.OfferDueAt != null, ct);
            var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == item.RegionId, ct);
            if (request is null || region is null)
            {
                continue;
            }

            if (await OfferNextAsync(request, region, automatic: true, ct) == HelpOutcome.Done)
            {
                offered++;
            }
        }

        db.ChangeTracker.Clear();
        return offered;
    }

    public async Task<HelpOutcome> StartAsync(HelpRequest request, VolunteerProfile volunteer, CancellationToken ct)
    {
        if (request.VolunteerId != volunteer.Id || !CanMove(request.Status, HelpStatus.InProgress, HelpActor.Volunteer))
        {
            return HelpOutcome.NotAllowed;
        }

        Move(request, HelpStatus.InProgress, HelpEventKinds.Started, volunteerId: volunteer.Id);
        await notify.StatusToRequesterAsync(request, ct);
        return await SaveAsync(ct);
    }

    /// <summary>
    /// The volunteer cannot do an accepted task after all: it goes back to the queue (or, with auto-offer, to the
    /// next candidate; the volunteer is not asked again). The reason is for the coordinator only.
    /// </summary>
    public async Task<HelpOutcome> GiveBackAsync(HelpRequest request, VolunteerProfile volunteer, string? reason, CancellationToken ct)
    {
        if (request.VolunteerId != volunteer.Id || !CanMove(request.Status, HelpStatus.Triaged, HelpActor.Volunteer))
        {
            return HelpOutcome.NotAllowed;
        }

        if (reason?.Trim().Length > HelpLimits.Reason)
        {
            return HelpOutcome.Invalid;
        }

        request.VolunteerId = null;
        request.AcceptedAt = null;
        Move(request, HelpStatus.Triaged, HelpEventKinds.Returned, volunteerId: volunteer.Id, note: Trim(reason));
        audit.Record("help.returned", nameof(HelpRequest), request.Id.ToString(), request.RegionId);
        await notify.StatusToRequesterAsync(request, ct);
        var region = await db.Regions.AsNoTracking().FirstAsync(r => r.Id == request.RegionId, ct);
        if (region.AutoOffer)
        {
            return await OfferNextAsync(request, region, automatic: true, ct);
        }

        await notify.ToCoordinatorsAsync(request, "Mail.Help.Coordinator.Back", ct);
        return await SaveAsync(ct);
    }

    public const decimal MaxHours = 100;

    /// <summary>The volunteer (or a coordinator for them) marks the task done with the hours spent.</summary>
    public async Task<HelpOutcome> CompleteAsync(HelpRequest request, VolunteerProfile volunteer, HelpActor actor, decimal hours, CancellationToken ct)
    {
        if ((actor == HelpActor.Volunteer && request.VolunteerId != volunteer.Id) || !CanMove(request.Status, HelpStatus.Done, actor))
        {
            return HelpOutcome.NotAllowed;
        }

        if (hours is <= 0 or > MaxHours)
        {
            return HelpOutcome.Invalid;
        }

        request.HoursSpent = decimal.Round(hours, 2);
        Move(request, HelpStatus.Done, HelpEventKinds.Done, volunteerId: volunteer.Id, note: request.HoursSpent.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        audit.Record("help.done", nameof(HelpRequest), request.Id.ToString(), request.RegionId, new { hours = request.HoursSpent });
        await notify.StatusToRequesterAsync(request, ct);
        return await SaveCountingAsync(volunteer.Id, accepted: false, ct);
    }

    public async Task<HelpOutcome> MarkUnmetAsync(HelpRequest request, HelpActor actor, CancellationToken ct)
    {
        if (!CanMove(request.Status, HelpStatus.Unmet, actor))
        {
            return HelpOutcome.NotAllowed;
        }

        await WithdrawPendingOffersAsync(request, ct);
        Move(request, HelpStatus.Unmet, HelpEventKinds.Unmet);
        audit.Record("help.unmet", nameof(HelpRequest), request.Id.ToString(), request.RegionId, new { actor = actor.ToString() });
        await notify.StatusToRequesterAsync(request, ct);
        return await SaveAsync(ct);
    }

    /// <summary>A duplicate is closed into the request it repeats; its messages are copied over.</summary>
    public async Task<HelpOutcome> MergeAsync(HelpRequest duplicate, HelpRequest target, CancellationToken ct)
    {
        if (duplicate.Id == target.Id || target.IsClosed || target.RegionId != duplicate.RegionId)
        {
            return HelpOutcome.Invalid;
        }

        if (!CanMove(duplicate.Status, HelpStatus.Cancelled, HelpActor.Coordinator))
        {
            return HelpOutcome.NotAllowed;
        }

        await WithdrawPendingOffersAsync(duplicate, ct);
        foreach (var message in duplicate.Messages)
        {
            db.HelpMessages.Add(new HelpMessage { RequestId = target.Id, RegionId = target.RegionId, Author = message.Author, AuthorUserId = message.AuthorUserId, Text = message.Text, CreatedAt = message.CreatedAt });
        }

        duplicate.MergedIntoId = target.Id;
        Move(duplicate, HelpStatus.Cancelled, HelpEventKinds.Merged, note: target.Id.ToString());
        db.HelpEvents.Add(Event(target, HelpEventKinds.Merged, note: duplicate.Id.ToString()));
        target.Version = Guid.NewGuid();
        audit.Record("help.merged", nameof(HelpRequest), duplicate.Id.ToString(), duplicate.RegionId, new { into = target.Id });
        return await SaveAsync(ct);
    }

    public async Task WithdrawPendingOffersAsync(HelpRequest request, CancellationToken ct)
    {
        var pending = await db.HelpOffers.Where(o => o.RequestId == request.Id && o.Status == OfferStatus.Pending).ToListAsync(ct);
        foreach (var offer in pending)
        {
            offer.Status = OfferStatus.Withdrawn;
            offer.AnsweredAt = Now;
            db.HelpEvents.Add(Event(request, HelpEventKinds.Withdrawn, volunteerId: offer.VolunteerId));
            await notify.OfferTakenAsync(request, offer.VolunteerId, ct);
        }
    }

    private void Move(HelpRequest request, HelpStatus to, string kind, Guid? volunteerId = null, string? note = null)
    {
        request.Status = to;
        if (request.IsClosed)
        {
            request.ClosedAt = Now;
        }

        Touch(request, kind, volunteerId, note);
    }

    private void Touch(HelpRequest request, string kind, Guid? volunteerId = null, string? note = null)
    {
        request.UpdatedAt = Now;
        request.Version = Guid.NewGuid();
        db.HelpEvents.Add(Event(request, kind, volunteerId, note));
    }

    private HelpEvent Event(HelpRequest request, string kind, Guid? volunteerId = null, string? note = null) => new()
    {
        RequestId = request.Id,
        RegionId = request.RegionId,
        At = Now,
        Kind = kind,
        ActorUserId = audit.CurrentUser,
        VolunteerId = volunteerId,
        Note = note?.Length > HelpLimits.Reason ? note[..HelpLimits.Reason] : note,
    };

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, HelpLimits.Reason)];

    /// <summary>
    /// Saves the change and counts it on the volunteer in the same transaction, as an increment in the database
    /// rather than a value read before: two tasks of one volunteer accepted (or done) at the same moment both count.
    /// </summary>
    private async Task<HelpOutcome> SaveCountingAsync(Guid volunteerId, bool accepted, CancellationToken ct)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var outcome = await SaveAsync(ct);
        if (outcome != HelpOutcome.Done)
        {
            return outcome;
        }

        var volunteer = db.Volunteers.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(v => v.Id == volunteerId);
        await (accepted
            ? volunteer.ExecuteUpdateAsync(v => v.SetProperty(p => p.AcceptedCount, p => p.AcceptedCount + 1), ct)
            : volunteer.ExecuteUpdateAsync(v => v.SetProperty(p => p.CompletedCount, p => p.CompletedCount + 1), ct));
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return outcome;
    }

    private async Task<HelpOutcome> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return HelpOutcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return HelpOutcome.Conflict;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The automatic offer of a new help request failed; the offer job will make it")]
    private static partial void OfferLeftToTheJob(ILogger logger, Exception exception);
}
