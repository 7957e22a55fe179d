using System.Globalization;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Errors;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Errors;

/// <summary>
/// The friendly, localized page for every HTML error (404, 400, 403, 413, 429, 500). It speaks the language of
/// the page that failed when that page named one, else the browser's; it never shows a stack trace.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class ErrorModel(RegionDirectory regions, RegionContext here, IStringLocalizer<SharedResource> t) : PageModel
{
    public int Status { get; private set; }

    public string Heading { get; private set; } = "";

    public string Detail { get; private set; } = "";

    public string HomeUrl { get; private set; } = "/";

    public Task OnGetAsync(int? code, CancellationToken ct) => PrepareAsync(code, ct);

    public Task OnPostAsync(int? code, CancellationToken ct) => PrepareAsync(code, ct);

    private async Task PrepareAsync(int? code, CancellationToken ct)
    {
        Status = code is >= 400 and < 600 ? code.Value : Response.StatusCode is >= 400 and < 600 ? Response.StatusCode : 404;
        Response.StatusCode = Status;

        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? Request.Path.Value
            ?? "/";
        var segments = originalPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var region = segments.Length > 0 ? await regions.FindAsync(segments[0], ct) : null;
        var language = segments.Length > 1 && UiLanguages.IsSupported(segments[1]) ? segments[1].ToLowerInvariant() : null;

        if (region is { IsActive: true })
        {
            language = language is not null && region.Offers(language) ? language : region.DefaultLanguage;
            here.Set(region, language);
            HomeUrl = $"/{region.Slug}/{language}/";
        }
        else if (language is not null)
        {
            here.SetLanguage(language);
        }

        CultureInfo.CurrentCulture = here.UiLanguage.Culture;
        CultureInfo.CurrentUICulture = here.UiLanguage.Culture;
        (Heading, Detail) = ErrorResponses.Describe(t, Status);
    }
}
