using Involvim.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Infrastructure.Errors;

/// <summary>
/// The one place that turns failures into answers: ProblemDetails for JSON paths, a localized page for HTML
/// (DESIGN.md §3). Known client errors keep their 4xx; anything else is a 500 and is logged as the bug it is.
/// </summary>
public static partial class ErrorResponses
{
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    public static int StatusFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        InvalidDataException => StatusCodes.Status400BadRequest,
        System.Text.Json.JsonException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Localized title and explanation for a status code (the same words on the HTML error page).</summary>
    public static (string Title, string Detail) Describe(IStringLocalizer localizer, int status)
    {
        var known = status is 400 or 401 or 403 or 404 or 405 or 413 or 415 or 429 ? status : status >= 500 ? 500 : 400;
        return (localizer[$"Error.{known}.Title"], localizer[$"Error.{known}.Detail"]);
    }

    public static WebApplicationBuilder AddErrorResponses(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var localizer = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            // Written on the way out, where the culture set deeper in the pipeline no longer flows: use the request's language.
            var language = context.HttpContext.RequestServices.GetRequiredService<Regions.RegionContext>().Language;
            using var culture = new CultureScope(language);
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            if (context.ProblemDetails.Title is null || context.ProblemDetails.Title == ReasonPhrase(status) || context.Exception is not null)
            {
                var (title, detail) = Describe(localizer, status);
                context.ProblemDetails.Title = title;
                context.ProblemDetails.Detail ??= detail;
            }

            if (context.Exception is not null && status >= 500)
            {
                // Never a stack trace or exception text to a client.
                context.ProblemDetails.Detail = Describe(localizer, status).Detail;
            }

            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        return builder;
    }

    public static WebApplication UseErrorResponses(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = StatusFor,
            AllowStatusCode404Response = true,
        });
        app.UseWhen(c => IsApi(c.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c.Request.Path), html => html.UseStatusCodePagesWithReExecute("/error/{0}"));
        return app;
    }

    private static string? ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);

    /// <summary>Writes ProblemDetails for failures on JSON paths; HTML paths fall through to the error page.</summary>
    private sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> log) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            var status = StatusFor(exception);
            if (status >= 500)
            {
                LogUnhandled(log, exception, httpContext.Request.Method, httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? "");
            }

            // The middleware has already rewritten Request.Path to /error: decide by the path that failed.
            var originalPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } failed ? new PathString(failed) : httpContext.Request.Path;
            if (!IsApi(originalPath))
            {
                return false;
            }

            httpContext.Response.StatusCode = status;
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new ProblemDetails { Status = status },
            });
        }

        [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
        private static partial void LogUnhandled(ILogger logger, Exception ex, string method, string path);
    }
}
