using System.Text.RegularExpressions;
using Involvim.Web.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Involvim.Tests.Support;

/// <summary>Reads what the app sent: dispatches the outbox, then opens the .eml files of the pickup folder.</summary>
public static partial class Mailbox
{
    public static async Task<IReadOnlyList<MimeMessage>> DeliverAsync(InvolvimApp app)
    {
        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();
        return Directory.Exists(app.MailDirectory)
            ? Directory.GetFiles(app.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f)).ToList()
            : [];
    }

    public static async Task<MimeMessage> LatestToAsync(InvolvimApp app, string to)
    {
        var all = await DeliverAsync(app);
        return all.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(m => m.Date)
            .LastOrDefault() ?? throw new InvalidOperationException($"No mail to {to}");
    }

    /// <summary>The first link to this site in the mail, as a local path with query.</summary>
    public static string LinkIn(MimeMessage message)
    {
        var match = Link().Match(message.TextBody ?? "");
        Assert.True(match.Success, $"No link in: {message.TextBody}");
        var uri = new Uri(match.Value);
        return uri.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
