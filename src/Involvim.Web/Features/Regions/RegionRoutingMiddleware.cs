using System.Globalization;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Regions;

namespace Involvim.Web.Features.Regions;

/// <summary>
/// Reads <c>{region}</c> and <c>{lang}</c> from the matched route, loads the region and sets the culture.
/// An unknown or inactive region, or a language the region does not offer, ends here with a 404 that the
/// localized error page then explains. Requests without a region get the best UI language for the browser.
/// </summary>
internal sealed class RegionRoutingMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, RegionDirectory regions, RegionContext regionContext)
    {
        var values = context.Request.RouteValues;
        if (values.TryGetValue("region", out var slugValue) && slugValue is string slug)
        {
            var region = await regions.FindAsync(slug, context.RequestAborted);
            if (region is null || !region.IsActive)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            // One address per page: /LITIJA/SL/ is /litija/sl/ (search engines, shared links, caches).
            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) &&
                !IsLowerCase(slug) | (values.TryGetValue("lang", out var l) && l is string lang && !IsLowerCase(lang) && region.Offers(lang)))
            {
                context.Response.Redirect(CanonicalPath(context.Request, slug, values["lang"] as string) + context.Request.QueryString, permanent: true);
                return;
            }

            string language;
            if (values.TryGetValue("lang", out var langValue) && langValue is string routeLanguage)
            {
                if (!UiLanguages.IsSupported(routeLanguage) || !region.Offers(routeLanguage) || !IsLowerCase(routeLanguage))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                language = routeLanguage;
            }
            else
            {
                // JSON endpoints carry the language in ?lang=, falling back to the region's default.
                var query = context.Request.Query["lang"].ToString();
                language = UiLanguages.IsSupported(query) && region.Offers(query) ? query.ToLowerInvariant() : region.DefaultLanguage;
            }

            regionContext.Set(region, language);
        }
        else if (OriginalPathOfError(context) is { } failedPath)
        {
            // The error page (re-executed for a 404, 403, 429, 500 …) speaks the language of the page that failed, in
            // its region, from here on down: chrome, heading and text alike (the culture set inside the failed page
            // does not flow back up to the re-execution).
            await FromPathAsync(failedPath, context, regions, regionContext);
        }
        else
        {
            regionContext.SetLanguage(BrowserLanguage(context));
        }

        var culture = regionContext.UiLanguage.Culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        await next(context);
    }

    private static bool IsLowerCase(string value) => value.All(c => !char.IsUpper(c));

    private static string BrowserLanguage(HttpContext context) =>
        UiLanguages.BestMatch(context.Request.Headers.AcceptLanguage.ToString(), UiLanguages.All.Select(l => l.Code).ToList()) ?? UiLanguages.Fallback;

    private static string? OriginalPathOfError(HttpContext context) =>
        context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath
        ?? context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path;

    /// <summary>Region and language of a path such as <c>/litija/uk/services/x</c>: the region's language when it offers none, else the browser's.</summary>
    private static async Task FromPathAsync(string path, HttpContext context, RegionDirectory regions, RegionContext regionContext)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var region = segments.Length > 0 ? await regions.FindAsync(segments[0], context.RequestAborted) : null;
        var language = segments.Length > 1 && UiLanguages.IsSupported(segments[1]) ? segments[1].ToLowerInvariant() : null;
        if (region is { IsActive: true })
        {
            regionContext.Set(region, language is not null && region.Offers(language) ? language : region.DefaultLanguage);
        }
        else
        {
            regionContext.SetLanguage(language ?? BrowserLanguage(context));
        }
    }

    private static string CanonicalPath(HttpRequest request, string slug, string? language)
    {
        var segments = (request.Path.Value ?? "/").Split('/');
        // segments[0] is empty (leading slash), [1] the region, [2] the language.
        segments[1] = slug.ToLowerInvariant();
        if (language is not null && segments.Length > 2)
        {
            segments[2] = language.ToLowerInvariant();
        }

        return request.PathBase + string.Join('/', segments);
    }
}
