using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Involvim.Web.Features.Help.Pages;

/// <summary>What help exists and how it works: ask, follow with a code, or volunteer.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
