using System.ComponentModel.DataAnnotations;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Involvim.Web.Features.Accounts.Pages;

/// <summary>Asks for a reset link. The answer is the same whether or not the address has an account.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountMail mail, AppDbContext db, RegionContext here) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(254, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.Email")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is not null && user.EmailConfirmed)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var region = here.RequiredRegion;
            mail.PasswordReset(
                user.Email!,
                here.Language,
                $"/{region.Slug}/{here.Language}/account/reset-password?user={user.Id:N}&token={Uri.EscapeDataString(token)}",
                region.Id);
            await db.SaveChangesAsync();
        }

        Sent = true;
        return Page();
    }
}
