using System.Security.Cryptography;
using System.Text;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Outbox;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Help;

/// <summary>
/// The tracking code is not the only way back. When the requester gave a contact, the code is sent there (a sealed
/// outbox message: encrypted until it leaves, blanked after); and "I lost my code" finds their requests by the
/// contact they type (a keyed hash, never the contact itself) and sends a new code there, the old one stops working.
/// The answer is the same whether or not anything was found, and the audit entry names no contact.
/// </summary>
public sealed class TrackingCodeDelivery(
    AppDbContext db,
    AppSecrets secrets,
    EmailOutbox outbox,
    ITextGateway texts,
    PublicLinks links,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    /// <summary>At most this many of a person's requests get a new code from one "I lost my code".</summary>
    public const int MaxReissued = 3;

    private const string LookupSecret = "help-contact-lookup";

    /// <summary>The channel a code can go to for this contact method, or null (no contact, or no text gateway).</summary>
    public string? ChannelFor(ContactMethod method) => method switch
    {
        ContactMethod.Email => OutboxChannels.Email,
        ContactMethod.Phone when texts.IsConfigured => OutboxChannels.Sms,
        ContactMethod.WhatsApp when texts.IsConfigured => OutboxChannels.WhatsApp,
        ContactMethod.Viber when texts.IsConfigured => OutboxChannels.Viber,
        ContactMethod.Signal when texts.IsConfigured => OutboxChannels.Signal,
        _ => null,
    };

    /// <summary>Whether codes can go by text at all here (else only to e-mail addresses).</summary>
    public bool TextsAvailable => texts.IsConfigured;

    /// <summary>The keyed hash of a contact as a person types it: e-mail addresses in lower case, phone numbers as digits.</summary>
    public async Task<string?> LookupAsync(string? contact, CancellationToken ct)
    {
        var normal = Normalize(contact);
        if (normal is null)
        {
            return null;
        }

        var key = await secrets.GetAsync(LookupSecret, ct);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normal)));
    }

    public static string? Normalize(string? contact)
    {
        var text = contact?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > HelpLimits.Contact)
        {
            return null;
        }

        return text.Contains('@', StringComparison.Ordinal) ? text.ToLowerInvariant() : HelpRequestRules.NormalizePhone(text);
    }

    /// <summary>The message that brings a (new) code to the requester, not yet added; null when there is no channel.</summary>
    public OutboxMessage? CodeMessage(HelpRequest request, RegionSnapshot region, string code, bool renewed)
    {
        if (request.ContactCipher is null || ChannelFor(request.ContactMethod) is not { } channel)
        {
            return null;
        }

        using var _ = new CultureScope(request.RequesterLanguage);
        var link = links.Absolute($"/{region.Slug}/{request.RequesterLanguage}/help/track");
        var reference = HelpContactResolver.Reference(request.Id);
        return channel == OutboxChannels.Email
            ? outbox.CreateSealed(channel, reference, t[renewed ? "Mail.Help.NewCode.Subject" : "Mail.Help.Code.Subject"],
                $"{t[renewed ? "Mail.Help.NewCode.Body" : "Mail.Help.Code.Body", code, link, region.AnswerWithinDays]}\n\n{t["Mail.Help.Footer"]}\n", renewed ? "help-code-renewed" : "help-code", request.RegionId)
            : outbox.CreateSealed(channel, reference, "", t[renewed ? "Text.Help.NewCode" : "Text.Help.Code", code, link], renewed ? "help-code-renewed" : "help-code", request.RegionId);
    }

    /// <summary>
    /// "I lost my code": every request of this region with this contact (still stored, most recent first, at most
    /// <see cref="MaxReissued"/>) gets a new code, sent to that contact; the old code stops working. Returns how many.
    /// </summary>
    public async Task<int> ReissueAsync(RegionSnapshot region, string? contact, CancellationToken ct)
    {
        if (await LookupAsync(contact, ct) is not { } lookup)
        {
            return 0;
        }

        var requests = await db.HelpRequests
            .Where(r => r.RegionId == region.Id && r.ContactLookup == lookup && r.ContactErasedAt == null && r.ContactCipher != null)
            .OrderByDescending(r => r.CreatedAt)
            .Take(MaxReissued)
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var reissued = 0;
        foreach (var request in requests)
        {
            var code = TrackingCodes.New();
            if (CodeMessage(request, region, code, renewed: true) is not { } message)
            {
                // No way to bring a new code there (a phone number without a text gateway): keep the old one working.
                continue;
            }

            db.OutboxMessages.Add(message);
            request.TrackingCodeHash = TrackingCodes.Hash(code);
            request.UpdatedAt = now;
            request.Version = Guid.NewGuid();
            db.HelpEvents.Add(new HelpEvent { RequestId = request.Id, RegionId = request.RegionId, At = now, Kind = HelpEventKinds.CodeReissued });
            audit.Record("help.code.reissued", nameof(HelpRequest), request.Id.ToString(), request.RegionId, new { channel = message.Channel });
            reissued++;
        }

        await db.SaveChangesAsync(ct);
        return reissued;
    }
}
