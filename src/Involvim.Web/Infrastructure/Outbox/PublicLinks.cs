using Microsoft.Extensions.Options;

namespace Involvim.Web.Infrastructure.Outbox;

/// <summary>
/// Absolute links that leave the site (e-mails, texts, share links, QR codes, the HSDS root): always from the
/// configured <c>Mail:PublicBaseUrl</c>, never from the request's Host header, which a client chooses. Outside
/// Development the address is required at start (<see cref="PublicAddressValidation"/>); in Development, without
/// one, the request's own address is used so that a laptop needs no set-up.
/// </summary>
public sealed class PublicLinks(IOptions<MailOptions> options, IHttpContextAccessor http, IHostEnvironment environment)
{
    /// <summary>The site's public origin (and path base) without a trailing slash.</summary>
    public string BaseUrl
    {
        get
        {
            var configured = options.Value.PublicBaseUrl;
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured.Trim().TrimEnd('/');
            }

            var request = http.HttpContext?.Request;
            if (environment.IsDevelopment())
            {
                return request is null ? "http://localhost" : $"{request.Scheme}://{request.Host}{request.PathBase}";
            }

            throw new InvalidOperationException("Mail:PublicBaseUrl is not set: links that leave the site cannot be made.");
        }
    }

    public string Absolute(string path) => BaseUrl + path;
}

/// <summary>
/// Start-up rules for the public address: <c>Mail:PublicBaseUrl</c> is an absolute http(s) URL everywhere but in
/// Development, and Production refuses <c>AllowedHosts=*</c>. When <c>AllowedHosts</c> is not set, the host of the
/// public address is the only one allowed (outside Development), so a forged Host header gets 400 before any page runs.
/// </summary>
public static class PublicAddressValidation
{
    public static void Configure(WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        builder.Services.AddOptions<MailOptions>()
            .Validate(o => environment.IsDevelopment() || IsValidBaseUrl(o.PublicBaseUrl),
                "Mail:PublicBaseUrl must be the site's public address, e.g. https://involvim.example (links in e-mails never follow the request's Host header).")
            .ValidateOnStart();

        var allowed = builder.Configuration["AllowedHosts"];
        var publicUrl = builder.Configuration[$"{MailOptions.Section}:{nameof(MailOptions.PublicBaseUrl)}"];
        if (string.IsNullOrWhiteSpace(allowed) && !environment.IsDevelopment() && IsValidBaseUrl(publicUrl))
        {
            builder.Configuration["AllowedHosts"] = new Uri(publicUrl!).Host;
        }

        if (environment.IsProduction())
        {
            builder.Services.AddHostedService<AllowedHostsGuard>();
        }
    }

    /// <summary>Runs when the server starts (not for CLI verbs): Production answers only its own host names.</summary>
    private sealed class AllowedHostsGuard(IConfiguration configuration) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var allowed = configuration["AllowedHosts"];
            if (string.IsNullOrWhiteSpace(allowed) || allowed.Split(';').Any(h => h.Trim() == "*"))
            {
                throw new InvalidOperationException("AllowedHosts must list the site's host names in Production, not '*' (e.g. AllowedHosts=involvim.example;localhost).");
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public static bool IsValidBaseUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) &&
        string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}
