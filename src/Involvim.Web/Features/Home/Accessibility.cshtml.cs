using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Involvim.Web.Features.Home;

/// <summary>
/// The accessibility statement EU public-sector sites must publish (Directive 2016/2102): what conforms, the known
/// gaps, how to report a barrier (the region's contact), and when the pages were last checked.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class AccessibilityModel : PageModel
{
    /// <summary>When the statement was last reviewed against the pages (the browser tests run axe on every build).</summary>
    public static readonly DateOnly LastChecked = new(2026, 12, 2);

    public void OnGet()
    {
    }
}
