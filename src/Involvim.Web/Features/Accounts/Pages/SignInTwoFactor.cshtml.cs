using System.ComponentModel.DataAnnotations;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Accounts.Pages;

/// <summary>Second step of sign-in: the code from the authenticator app, or a recovery code.</summary>
[AllowAnonymous]
public sealed class SignInTwoFactorModel(SignInManager<AppUser> signIn, RegionContext here, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(40, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.TwoFactor.Code")]
    public string Code { get; set; } = "";

    [BindProperty]
    public bool UseRecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(bool recovery = false)
    {
        UseRecoveryCode = recovery;
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? Redirect(here.To("account/signin"))
            : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect(here.To("account/signin"));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = new string(Code.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        var result = UseRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(AccountPaths.SafeReturnUrl(ReturnUrl, here.To("manage")));
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut ? t["Account.SignIn.LockedOut"] : t["Account.TwoFactor.Invalid"]);
        return Page();
    }
}
