using Involvim.Web.Infrastructure.Errors;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
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
public sealed class ErrorModel(RegionContext here, IStringLocalizer<SharedResource> t) : PageModel
{
    public int Status { get; private set; }

    public string Heading { get; private set; } = "";

    public string Detail { get; private set; } = "";

    public string HomeUrl { get; private set; } = "/";

    /// <summary>Runs for every method (a re-executed TRACE or PUT has no handler of its own).</summary>
    public override void OnPageHandlerSelected(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var code = context.RouteData.Values.TryGetValue("code", out var value) && int.TryParse(value as string, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
        Status = code is >= 400 and < 600 ? code.Value : Response.StatusCode is >= 400 and < 600 ? Response.StatusCode : 404;
        Response.StatusCode = Status;

        // The region routing middleware has already set the region, language and culture of the page that failed.
        HomeUrl = here.Region is { } region ? $"/{region.Slug}/{here.Language}/" : "/";
        (Heading, Detail) = ErrorResponses.Describe(t, Status);
    }
}
