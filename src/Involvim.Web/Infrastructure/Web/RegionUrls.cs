using Involvim.Web.Infrastructure.Regions;

namespace Involvim.Web.Infrastructure.Web;

/// <summary>Builds the <c>/{region}/{lang}/...</c> addresses every page links to.</summary>
public static class RegionUrls
{
    /// <summary><c>/{region}/{lang}/{path}</c> in the current region and language.</summary>
    public static string To(this RegionContext here, string path = "") =>
        To(here.RequiredRegion.Slug, here.Language, path);

    public static string To(string region, string language, string path = "") =>
        $"/{region}/{language}/{path.TrimStart('/')}";

    /// <summary>
    /// The current page in another language: the language segment swapped, the query kept. On an error page
    /// that is the page that failed, not <c>/error/404</c>.
    /// </summary>
    public static string SwitchLanguage(HttpRequest request, string language)
    {
        var reExecuted = request.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>();
        var failedPath = reExecuted?.OriginalPath ?? request.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path;
        var pathBase = reExecuted?.OriginalPathBase ?? request.PathBase;
        var query = reExecuted is not null ? reExecuted.OriginalQueryString ?? "" : request.QueryString.Value ?? "";
        var segments = (failedPath ?? request.Path.Value ?? "/").Split('/');
        if (segments.Length >= 3)
        {
            segments[2] = language;
        }

        var path = string.Join('/', segments);
        if (segments.Length == 3)
        {
            path += "/";
        }

        return pathBase + path + query;
    }
}
