using Involvim.Web.Features.Regions;
using Involvim.Web.Features.Volunteers;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Help;

/// <summary>
/// E-mails (and texts through the messaging gateway, when one is configured) about help requests, each in its
/// recipient's language, queued in the outbox with the change they describe. Requesters get them only by the
/// channel they chose; no mail carries the tracking code
/// or the request's text, only a link to the page where they sign in or enter their code.
/// </summary>
public sealed class HelpNotifications(
    AppDbContext db,
    EmailOutbox outbox,
    IStringLocalizer<SharedResource> t,
    PublicLinks links,
    RegionDirectory regions,
    ITextGateway texts)
{
    public Task StatusToRequesterAsync(HelpRequest request, CancellationToken ct) => ToRequesterAsync(request, "Mail.Help.Status.Subject", "Mail.Help.Status.Body", "help-status", ct);

    public Task MessageToRequesterAsync(HelpRequest request, CancellationToken ct) => ToRequesterAsync(request, "Mail.Help.Message.Subject", "Mail.Help.Message.Body", "help-message", ct);

    public async Task OfferMadeAsync(HelpRequest request, VolunteerProfile volunteer, CancellationToken ct) =>
        await ToVolunteerAsync(request, volunteer.Id, "Mail.Help.Offer.Subject", "Mail.Help.Offer.Body", "help-offer", ct);

    public async Task OfferTakenAsync(HelpRequest request, Guid volunteerId, CancellationToken ct) =>
        await ToVolunteerAsync(request, volunteerId, "Mail.Help.OfferTaken.Subject", "Mail.Help.OfferTaken.Body", "help-offer-taken", ct);

    public async Task TaskCancelledAsync(HelpRequest request, Guid volunteerId, CancellationToken ct) =>
        await ToVolunteerAsync(request, volunteerId, "Mail.Help.Cancelled.Subject", "Mail.Help.Cancelled.Body", "help-cancelled", ct);

    public async Task MessageToVolunteerAsync(HelpRequest request, CancellationToken ct)
    {
        if (request.VolunteerId is { } volunteerId && request.Status is HelpStatus.Accepted or HelpStatus.InProgress)
        {
            await ToVolunteerAsync(request, volunteerId, "Mail.Help.Message.Subject", "Mail.Help.VolunteerMessage.Body", "help-message", ct);
        }
    }

    /// <summary>Tells the region's coordinators that a request needs them (urgent, or back in the queue).</summary>
    public async Task ToCoordinatorsAsync(HelpRequest request, string bodyKey, CancellationToken ct) =>
        db.OutboxMessages.AddRange(await CoordinatorMessagesAsync(request, bodyKey, ct));

    /// <summary>The coordinators' messages about a request, not yet stored: the caller commits them with the request.</summary>
    public async Task<List<OutboxMessage>> CoordinatorMessagesAsync(HelpRequest request, string bodyKey, CancellationToken ct)
    {
        var coordinators = await db.RoleAssignments.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(a => a.RegionId == request.RegionId && a.Role == Accounts.RegionRole.Coordinator)
            .Select(a => new { a.User!.Email, a.User.PreferredLanguage }).ToListAsync(ct);
        var slug = await SlugOfAsync(request.RegionId, ct);
        var messages = new List<OutboxMessage>();
        foreach (var coordinator in coordinators.Where(c => c.Email is not null))
        {
            var language = UiLanguages.IsSupported(coordinator.PreferredLanguage) ? coordinator.PreferredLanguage : UiLanguages.Fallback;
            using var _ = new CultureScope(language);
            var topic = t[$"Category.{request.Category}"];
            var link = links.Absolute($"/{slug}/{language}/manage/help/{request.Id}");
            messages.Add(outbox.Create(coordinator.Email!, t["Mail.Help.Coordinator.Subject", topic], $"{t[bodyKey, topic]}\n\n{link}\n", "help-coordinator", request.RegionId));
        }

        return messages;
    }

    private async Task ToRequesterAsync(HelpRequest request, string subjectKey, string bodyKey, string kind, CancellationToken ct)
    {
        var channel = request.ContactMethod switch
        {
            ContactMethod.Email => OutboxChannels.Email,
            ContactMethod.Phone => OutboxChannels.Sms,
            ContactMethod.WhatsApp => OutboxChannels.WhatsApp,
            ContactMethod.Viber => OutboxChannels.Viber,
            ContactMethod.Signal => OutboxChannels.Signal,
            _ => null,
        };
        if (channel is null || request.ContactCipher is null || (channel != OutboxChannels.Email && !texts.IsConfigured))
        {
            return;
        }

        var slug = await SlugOfAsync(request.RegionId, ct);
        using var _ = new CultureScope(request.RequesterLanguage);
        var link = links.Absolute($"/{slug}/{request.RequesterLanguage}/help/track");
        var body = t[bodyKey, t[$"HelpStatus.{request.Status}"]];
        if (channel == OutboxChannels.Email)
        {
            // The address stays encrypted in the request; the outbox holds only a reference, resolved when sent.
            outbox.Enqueue(HelpContactResolver.Reference(request.Id), t[subjectKey], $"{body}\n\n{link}\n\n{t["Mail.Help.Footer"]}\n", kind, request.RegionId);
            return;
        }

        // The number stays encrypted in the request; the outbox holds only a reference to it.
        outbox.EnqueueText(channel, HelpContactResolver.Reference(request.Id), $"Involvim: {body} {link}", kind, request.RegionId);
    }

    private async Task ToVolunteerAsync(HelpRequest request, Guid volunteerId, string subjectKey, string bodyKey, string kind, CancellationToken ct)
    {
        var user = await db.Volunteers.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(v => v.Id == volunteerId).Select(v => new { v.User!.Email, v.User.PreferredLanguage }).FirstOrDefaultAsync(ct);
        if (user?.Email is null)
        {
            return;
        }

        var language = UiLanguages.IsSupported(user.PreferredLanguage) ? user.PreferredLanguage : UiLanguages.Fallback;
        var slug = await SlugOfAsync(request.RegionId, ct);
        using var _ = new CultureScope(language);
        var link = links.Absolute($"/{slug}/{language}/volunteer");
        outbox.Enqueue(user.Email, t[subjectKey], $"{t[bodyKey, t[$"Category.{request.Category}"]]}\n\n{link}\n", kind, request.RegionId);
    }

    private async Task<string> SlugOfAsync(Guid regionId, CancellationToken ct) =>
        (await regions.AllAsync(ct)).FirstOrDefault(r => r.Id == regionId)?.Slug ?? "";
}
