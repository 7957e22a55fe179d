namespace Involvim.Web.Infrastructure.Outbox;

public sealed class MailOptions
{
    public const string Section = "Mail";

    public string FromAddress { get; set; } = "no-reply@involvim.local";

    public string FromName { get; set; } = "Involvim";

    /// <summary>Folder for .eml files when no SMTP host is set (the demo's default: <c>./data/mail</c>).</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Public address of the site, used in links inside e-mails, e.g. <c>https://involvim.example</c>.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Run the background dispatcher (tests turn it off and dispatch by hand).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    public int PollSeconds { get; set; } = 2;
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default), <c>SslOnConnect</c> or <c>None</c> (only for a local relay).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
