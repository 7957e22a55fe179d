namespace Involvim.Web.Infrastructure.Security;

/// <summary>The headers of DESIGN.md §5 on every response: a CSP without inline script, no framing, no referrer.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; manifest-src 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>
/// Refuses a body larger than the limit before anything reads it, by its Content-Length. Kestrel enforces the
/// same limit on bodies without a length; this middleware makes the answer a clean 413 in every host.
/// </summary>
internal sealed class RequestSizeGuardMiddleware(RequestDelegate next, Microsoft.Extensions.Options.IOptions<SecurityOptions> options, IEnumerable<LargeBodyPath> large)
{
    private readonly LargeBodyPath[] _large = [.. large];

    public Task InvokeAsync(HttpContext context)
    {
        // The error page re-executed for a refused body must not be refused again.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);
        }

        var path = context.Request.Path.Value ?? "";
        var limit = _large.FirstOrDefault(l => path.EndsWith(l.Suffix, StringComparison.Ordinal))?.MaxBytes ?? options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        if (!IsReadableContentType(context.Request.ContentType))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return Task.CompletedTask;
        }

        var feature = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }

    /// <summary>
    /// A body we can decode: no Content-Type, or one that parses, whose charset (if any) exists, and JSON only in
    /// UTF-8 (RFC 8259 §8.1). Otherwise the framework throws while reading it, which would be a 500.
    /// </summary>
    public static bool IsReadableContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return true;
        }

        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var charset = media.Charset.Value;
        if (string.IsNullOrEmpty(charset))
        {
            return true;
        }

        var json = media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
            media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (json)
        {
            return charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Trim('"').Equals("utf8", StringComparison.OrdinalIgnoreCase);
        }

        try
        {
            return System.Text.Encoding.GetEncoding(charset.Trim('"')) is not null;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>A page that takes a larger body than <see cref="SecurityOptions.MaxRequestBodyBytes"/> (a file upload), by the end of its path.</summary>
public sealed record LargeBodyPath(string Suffix, long MaxBytes);
