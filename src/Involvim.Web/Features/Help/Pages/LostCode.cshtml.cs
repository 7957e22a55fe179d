using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Help.Pages;

/// <summary>
/// "I lost my code": the person types the contact they gave; every request with it gets a new code sent there and
/// the old code stops working. The answer is the same whether or not such a request exists; rate limited per client.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Submission)]
public sealed class LostCodeModel(RegionContext here, TrackingCodeDelivery delivery, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? Contact { get; set; }

    public bool Sent { get; private set; }

    public bool TextsAvailable => delivery.TextsAvailable;

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (TrackingCodeDelivery.Normalize(Contact) is null)
        {
            ModelState.AddModelError(nameof(Contact), t["Help.Lost.Invalid"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await delivery.ReissueAsync(here.RequiredRegion, Contact, ct);
        Sent = true;
        Contact = null;
        return Page();
    }
}
