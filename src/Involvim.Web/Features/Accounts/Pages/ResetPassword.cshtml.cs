using System.ComponentModel.DataAnnotations;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Accounts.Pages;

[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<AppUser> users, AuditLog audit, AppDbContext db, RegionContext here, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserKey { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public IActionResult OnGet() =>
        string.IsNullOrEmpty(UserKey) || string.IsNullOrEmpty(Token) ? BadRequest() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = Guid.TryParse(UserKey, out var id) ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null || string.IsNullOrEmpty(Token))
        {
            ModelState.AddModelError(string.Empty, t["Account.Error.InvalidToken"]);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Description);
            }

            return Page();
        }

        if (!user.EmailConfirmed)
        {
            // The token came by e-mail, so the address is proven (volunteers get their first password this way).
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        audit.Record("account.password.reset", nameof(AppUser), user.Id.ToString(), here.RegionId, actorUserId: user.Id);
        await db.SaveChangesAsync();
        Done = true;
        return Page();
    }
}

/// <summary>A new password, typed twice.</summary>
public sealed class PasswordInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Account.Error.PasswordLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.NewPassword")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Compare(nameof(Password), ErrorMessage = "Account.Error.PasswordsDiffer")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.ConfirmPassword")]
    public string Confirm { get; set; } = "";
}
