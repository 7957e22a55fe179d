using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Involvim.Web.Features.Home;

/// <summary>
/// Says plainly that a capability is not open yet (never a fake result). Each route disappears from the
/// constraint as its feature lands: events (stage 4).
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class ComingSoonModel : PageModel
{
    public string Feature { get; private set; } = "";

    public void OnGet(string feature) => Feature = feature.ToLowerInvariant();
}
