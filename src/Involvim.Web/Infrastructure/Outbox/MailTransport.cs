using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Involvim.Web.Infrastructure.Outbox;

/// <summary>Hands one message to the mail system: an SMTP server (MailKit) or, by default, a pickup folder.</summary>
public interface IMailTransport
{
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

internal sealed class MailTransport(IOptions<MailOptions> options, IHostEnvironment environment, IConfiguration configuration) : IMailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var mail = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(mail.FromName, mail.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        // The outbox id is the Message-ID: a receiver can drop the rare duplicate of an at-least-once delivery.
        mime.MessageId = $"{message.Id:N}@involvim";
        mime.Body = new TextPart("plain") { Text = message.BodyText };

        if (!string.IsNullOrWhiteSpace(mail.Smtp.Host))
        {
            using var client = new SmtpClient();
            var security = Enum.TryParse<SecureSocketOptions>(mail.Smtp.Security, ignoreCase: true, out var parsed)
                ? parsed
                : SecureSocketOptions.StartTls;
            await client.ConnectAsync(mail.Smtp.Host, mail.Smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(mail.Smtp.UserName))
            {
                await client.AuthenticateAsync(mail.Smtp.UserName, mail.Smtp.Password ?? "", ct);
            }

            await client.SendAsync(mime, ct);
            await client.DisconnectAsync(quit: true, ct);
            return;
        }

        var folder = PickupDirectory(mail, environment, configuration);
        Directory.CreateDirectory(folder);
        var final = Path.Combine(folder, $"{message.CreatedAt:yyyyMMdd-HHmmss}-{message.Id:N}.eml");
        var temporary = final + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await mime.WriteToAsync(stream, ct);
        }

        // Same file name for the same message: a retry after a crash overwrites instead of duplicating.
        File.Move(temporary, final, overwrite: true);
    }

    public static string PickupDirectory(MailOptions mail, IHostEnvironment environment, IConfiguration configuration) =>
        mail.PickupDirectory
        ?? Path.Combine(configuration["DataDirectory"] ?? Path.Combine(environment.ContentRootPath, "data"), "mail");
}
