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
        else
        {
            var language = UiLanguages.BestMatch(context.Request.Headers.AcceptLanguage.ToString(), UiLanguages.All.Select(l => l.Code).ToList())
                ?? UiLanguages.Fallback;
            regionContext.SetLanguage(language);
        }

        var culture = regionContext.UiLanguage.Culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        await next(context);
    }

    private static bool IsLowerCase(string value) => value.All(c => !char.IsUpper(c));
}
