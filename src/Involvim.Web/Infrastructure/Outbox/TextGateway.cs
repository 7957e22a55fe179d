using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Involvim.Web.Infrastructure.Outbox;

/// <summary>How an outbox message travels: e-mail, or a text through the messaging gateway.</summary>
public static class OutboxChannels
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string WhatsApp = "whatsapp";
    public const string Viber = "viber";
    public const string Signal = "signal";
}

/// <summary>A text for a phone number or a messenger account, as the gateway receives it.</summary>
public sealed record TextMessage(Guid Id, string Channel, string To, string Text);

/// <summary>Sends texts (SMS, WhatsApp, Viber, Signal) through a provider; optional.</summary>
public interface ITextGateway
{
    bool IsConfigured { get; }

    Task SendAsync(TextMessage message, CancellationToken ct);
}

/// <summary>
/// Turns an outbox recipient reference (e.g. <c>help-request:{id}</c>) into the address at send time, so that the
/// outbox never holds a phone number in clear text; null when the recipient is gone (erased after retention).
/// </summary>
public interface IRecipientResolver
{
    bool Handles(string reference);

    Task<string?> ResolveAsync(string reference, CancellationToken ct);
}

/// <summary>Thrown when a message can never be delivered (e.g. the contact was erased): no more retries.</summary>
public sealed class UndeliverableException(string message) : Exception(message);

public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>The gateway's HTTPS endpoint; texts are off while it is empty.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Shared secret for the <c>X-Involvim-Signature</c> header (HMAC-SHA256 of the body).</summary>
    public string? WebhookSecret { get; set; }

    public int TimeoutSeconds { get; set; } = 15;
}

/// <summary>
/// Posts each text as JSON <c>{"id","channel","to","text"}</c> to the configured webhook, signed with
/// <c>X-Involvim-Signature: sha256=&lt;hex HMAC of the body&gt;</c>; any non-2xx answer is retried by the outbox.
/// </summary>
internal sealed class WebhookTextGateway(HttpClient http, IOptions<MessagingOptions> options) : ITextGateway
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.WebhookUrl);

    public async Task SendAsync(TextMessage message, CancellationToken ct)
    {
        var url = options.Value.WebhookUrl ?? throw new UndeliverableException("No messaging gateway is configured.");
        var body = JsonSerializer.SerializeToUtf8Bytes(new { id = message.Id, channel = message.Channel, to = message.To, text = message.Text }, Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (!string.IsNullOrEmpty(options.Value.WebhookSecret))
        {
            var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.WebhookSecret), body);
            request.Headers.Add("X-Involvim-Signature", "sha256=" + Convert.ToHexStringLower(signature));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.Value.TimeoutSeconds)));
        using var response = await http.SendAsync(request, timeout.Token);
        response.EnsureSuccessStatusCode();
    }
}
