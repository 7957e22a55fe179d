using System.ComponentModel.DataAnnotations;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Accounts.Pages;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, RegionContext here, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(254, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Account.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, ErrorMessage = "Validation.TooLong")]
        [DataType(DataType.Password)]
        [Display(Name = "Account.Password")]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, t["Account.SignIn.Failed"]);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var next = AccountPaths.SafeReturnUrl(ReturnUrl, here.To("manage"));
        if (result.Succeeded)
        {
            return LocalRedirect(next);
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect(here.To("account/signin/two-factor") + "?returnUrl=" + Uri.EscapeDataString(next));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? t["Account.SignIn.LockedOut"] : t["Account.SignIn.Failed"]);
        return Page();
    }
}
