namespace Involvim.Web.Infrastructure.Security;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Redirect to HTTPS, send HSTS and mark every cookie Secure. Off only for the local demo on http://127.0.0.1.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Port that plain-HTTP requests are redirected to when <see cref="RequireHttps"/> is on.</summary>
    public int HttpsPort { get; set; } = 443;

    /// <summary>Trust X-Forwarded-For/Proto from the reverse proxy in front of the app.</summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>Largest request body accepted, in bytes (forms and JSON). Import files use the CLI, not HTTP.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Anonymous form and API submissions allowed per client address and minute (kept in memory only, never stored).</summary>
    public int AnonymousPostsPerMinute { get; set; } = 10;

    /// <summary>Writes (forms and API) allowed per signed-in person and minute; a stolen or scripted session cannot flood.</summary>
    public int SignedInPostsPerMinute { get; set; } = 60;

    /// <summary>
    /// Submissions that create something for others to handle (help requests, volunteer sign-ups, lost-code requests)
    /// per client address and minute, whether signed in or not.
    /// </summary>
    public int SubmissionsPerMinute { get; set; } = 5;
}
