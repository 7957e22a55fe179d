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
internal sealed class RequestSizeGuardMiddleware(RequestDelegate next, Microsoft.Extensions.Options.IOptions<SecurityOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        // The error page re-executed for a refused body must not be refused again.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);
        }

        if (context.Request.ContentLength > options.Value.MaxRequestBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        var feature = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = options.Value.MaxRequestBodyBytes;
        }

        return next(context);
    }
}
