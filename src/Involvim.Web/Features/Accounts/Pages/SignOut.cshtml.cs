using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Involvim.Web.Features.Accounts.Pages;

/// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign anyone out.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<AppUser> signIn, RegionContext here) : PageModel
{
    public IActionResult OnGet() => Redirect(here.To());

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect(here.To());
    }
}
