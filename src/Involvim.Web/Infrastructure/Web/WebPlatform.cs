using System.IO.Compression;
using System.Threading.RateLimiting;
using Involvim.Web.Infrastructure.Errors;
using Involvim.Web.Infrastructure.Security;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Infrastructure.Web;

/// <summary>
/// Shared HTTP plumbing: Razor Pages in feature folders, localization, errors, security headers, limits,
/// rate limiting, output caching and compression. Features add their own pages and endpoints on top.
/// </summary>
public static class WebPlatform
{
    public const string AnonymousPostsPolicy = "anonymous-posts";

    public static WebApplicationBuilder AddWebPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddLocalization();
        // Letters of every script as they are, not as &#x...; entities (pages stay small in Cyrillic, Arabic, Devanagari).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(options =>
            {
                LocalizeModelBinding(options, services);
                // Numbers as people type them in any of the 13 cultures ("2.5" and "2,5"; "1.000" is asked about).
                options.ModelBinderProviders.Insert(0, new Localization.TypedNumberModelBinderProvider());
            });

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "involvim.af";
            o.Cookie.SecurePolicy = security.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__af";
        });

        builder.AddErrorResponses();

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = security.MaxRequestBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
        {
            o.ValueLengthLimit = (int)Math.Min(security.MaxRequestBodyBytes, int.MaxValue);
            o.ValueCountLimit = 200;
            o.MultipartBodyLengthLimit = security.MaxRequestBodyBytes;
            o.KeyLengthLimit = 200;
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Every write is limited: anonymous ones per client address, signed-in ones per person (a signed-in
            // session is no licence to flood). The address or id is only a key in memory for a minute, never stored.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                // The error page that explains a refusal is never refused itself.
                var write = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) &&
                    context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null;
                if (!write)
                {
                    return RateLimitPartition.GetNoLimiter("none");
                }

                if (context.User.Identity?.IsAuthenticated == true &&
                    context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } userId)
                {
                    return RateLimitPartition.GetFixedWindowLimiter("user:" + userId, _ => PerMinute(security.SignedInPostsPerMinute));
                }

                return RateLimitPartition.GetFixedWindowLimiter("ip:" + ClientKey(context), _ => PerMinute(security.AnonymousPostsPerMinute));
            });
            // Submissions that make work for people, per client address whether signed in or not (on top of the above).
            options.AddPolicy(RateLimits.Submission, context =>
                HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => PerMinute(security.SubmissionsPerMinute)));
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });

        services.AddSingleton<Content.ContentReadCounter>();
        services.AddHostedService<Content.ContentReadFlusher>();
        services.AddOutputCache(options =>
        {
            options.AddPolicy(PublicPages.Policy, policy => policy
                .Expire(TimeSpan.FromMinutes(5))
                .SetVaryByRouteValue("region", "lang")
                .SetVaryByQuery("*")
                .Tag(PublicPages.AllTag)
                .AddPolicy<RegionTagPolicy>());
        });

        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/problem+json"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);

        if (security.TrustForwardedHeaders)
        {
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            });
        }

        services.AddHttpsRedirection(o => o.HttpsPort = security.HttpsPort);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Involvim API";
                document.Info.Description = "Public and staff JSON endpoints of Involvim. Errors are RFC 9457 ProblemDetails.";
                return Task.CompletedTask;
            });
            OpenApiContract.Configure(o);
        });

        return builder;
    }

    public static WebApplication UseWebPlatform(this WebApplication app)
    {
        var security = app.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        if (security.TrustForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        app.UseErrorResponses();
        if (security.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestSizeGuardMiddleware>();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl =
                ctx.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        });
        app.UseRouting();
        return app;
    }

    /// <summary>Runs after the features' routing middleware (region and culture known) and before endpoints.</summary>
    /// <summary>The display name of the endpoint routing picks when the path matches but the method does not.</summary>
    private const string MethodNotAllowedEndpoint = "405 HTTP Method Not Supported";

    /// <summary>The display name of the endpoint routing picks when no endpoint accepts the request's Content-Type.</summary>
    private const string UnsupportedMediaTypeEndpoint = "415 HTTP Unsupported Media Type";

    public static WebApplication UseEndpointPlatform(this WebApplication app)
    {
        // No endpoint matched: a plain 404 for everyone (localized page or ProblemDetails), not a sign-in
        // prompt from the fallback authorization policy. Wrong method or media type keep their 405/415.
        app.Use((context, next) =>
        {
            var endpoint = context.GetEndpoint();
            if (endpoint is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            // A wrong method (405, the routing's own endpoint sets Allow) or a body in a media type the endpoint does not
            // accept (415) is that answer for everyone, not a sign-in prompt from the fallback policy first.
            if (endpoint.DisplayName is MethodNotAllowedEndpoint or UnsupportedMediaTypeEndpoint)
            {
                return endpoint.RequestDelegate?.Invoke(context) ?? Task.CompletedTask;
            }

            // Pages answer GET, HEAD and POST; TRACE, PUT, DELETE … get 405 instead of the page.
            var method = context.Request.Method;
            if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null &&
                !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsPost(method) &&
                context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null &&
                context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is null)
            {
                context.Response.Headers.Allow = "GET, HEAD, POST";
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        // Reads of public content pages are counted (no more than a count per page and month) before the output cache answers.
        var reads = app.Services.GetRequiredService<Content.ContentReadCounter>();
        app.Use(async (context, next) =>
        {
            await next(context);
            if (HttpMethods.IsGet(context.Request.Method) && context.Response.StatusCode == StatusCodes.Status200OK)
            {
                reads.Count(context.Request.Path.Value ?? "");
            }
        });
        app.UseOutputCache();
        return app;
    }

    /// <summary>The key of a per-client limit: the address, only in memory for the window.</summary>
    public static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>A fixed one-minute window of <paramref name="permits"/>, no queue.</summary>
    public static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    private static void LocalizeModelBinding(MvcOptions options, IServiceCollection services)
    {
        var provider = services.BuildServiceProviderForLocalization();
        var t = provider.GetRequiredService<IStringLocalizer<SharedResource>>();
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(v => t["Validation.ValueInvalid", v]);
        messages.SetValueMustBeANumberAccessor(f => t["Validation.Number", f]);
        messages.SetMissingBindRequiredValueAccessor(f => t["Validation.Required", f]);
        messages.SetAttemptedValueIsInvalidAccessor((v, f) => t["Validation.ValueInvalid", v]);
        messages.SetMissingKeyOrValueAccessor(() => t["Validation.Required", ""]);
        messages.SetUnknownValueIsInvalidAccessor(f => t["Validation.Required", f]);
        messages.SetValueMustNotBeNullAccessor(f => t["Validation.Required", f]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(v => t["Validation.ValueInvalid", v]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["Validation.ValueInvalid", ""]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => t["Validation.Number", ""]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => t["Validation.Required", ""]);
    }

    private static ServiceProvider BuildServiceProviderForLocalization(this IServiceCollection _)
    {
        // The binding messages need a localizer before the container exists: a tiny one of their own.
        var local = new ServiceCollection();
        local.AddLogging();
        local.AddLocalization();
        return local.BuildServiceProvider();
    }
}

/// <summary>Output-cache policy and tags for anonymous public pages.</summary>
public static class PublicPages
{
    public const string Policy = "public-page";
    public const string AllTag = "public";

    public static string RegionTag(Guid regionId) => "region:" + regionId.ToString("N");
}

/// <summary>Tags each cached public page with its region, so a change in the region evicts exactly its pages.</summary>
internal sealed class RegionTagPolicy : Microsoft.AspNetCore.OutputCaching.IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(Microsoft.AspNetCore.OutputCaching.OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.RequestServices.GetRequiredService<Regions.RegionContext>().RegionId is { } regionId)
        {
            context.Tags.Add(PublicPages.RegionTag(regionId));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(Microsoft.AspNetCore.OutputCaching.OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(Microsoft.AspNetCore.OutputCaching.OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}

/// <summary>Named rate-limit policies (the global one covers every anonymous write).</summary>
public static class RateLimits
{
    /// <summary>Submissions that create work for people (help requests, sign-ups), per client address, signed in or not.</summary>
    public const string Submission = "submission";
}
