using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Involvim.Web.Features.Home;

/// <summary><c>/</c>: the only region, or a choice of regions, in the browser's best language.</summary>
[AllowAnonymous]
public sealed class IndexModel(RegionDirectory regions) : PageModel
{
    public IReadOnlyList<(RegionSnapshot Region, string Language)> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var active = (await regions.AllAsync(ct)).Where(r => r.IsActive).ToList();
        var acceptLanguage = Request.Headers.AcceptLanguage.ToString();
        Choices = active
            .Select(r => (r, UiLanguages.BestMatch(acceptLanguage, r.EnabledLanguages) ?? r.DefaultLanguage))
            .ToList();
        if (Choices.Count == 1)
        {
            var (region, language) = Choices[0];
            return Redirect(RegionUrls.To(region.Slug, language));
        }

        Response.Headers.Vary = "Accept-Language";
        return Page();
    }
}
