using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Involvim.Web.Features.Accounts.Pages;

/// <summary>
/// Sign-out is a POST with an antiforgery token, so a link on another site cannot sign anyone out.
/// </summary>
/// <remarks>
/// A new security stamp ends the session on the server too: a copied cookie no longer opens anything (the stamp is
/// checked on every request, see <see cref="AccountsSetup"/>). This signs the person out on their other devices as well.
/// </remarks>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, RegionContext here) : PageModel
{
    public IActionResult OnGet() => Redirect(here.To());

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect(here.To());
    }
}
