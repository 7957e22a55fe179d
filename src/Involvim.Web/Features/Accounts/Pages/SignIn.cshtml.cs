using System.ComponentModel.DataAnnotations;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Accounts.Pages;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, RegionContext here, AppDbContext db, IStringLocalizer<SharedResource> t) : PageModel
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
        var next = AccountPaths.SafeReturnUrl(ReturnUrl, result.Succeeded || result.RequiresTwoFactor ? await StartPageAsync(user) : here.To());
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

    /// <summary>Where a person lands without a return address: the staff pages of this region, else their volunteer tasks here, else the staff pages of a region where they have a staff role.</summary>
    private async Task<string> StartPageAsync(AppUser user)
    {
        if (user.IsPlatformAdmin)
        {
            return here.To("manage");
        }

        var staffRoles = await db.RoleAssignments.AsNoTracking()
            .IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(a => a.UserId == user.Id && a.Role != RegionRole.Volunteer)
            .Join(db.Regions, a => a.RegionId, r => r.Id, (a, r) => new { r.Id, r.Slug, r.DefaultLanguage, r.EnabledLanguages })
            .ToListAsync();
        if (staffRoles.Any(r => r.Id == here.RequiredRegion.Id))
        {
            return here.To("manage");
        }

        if (await db.RoleAssignments.AsNoTracking().AnyAsync(a => a.UserId == user.Id && a.RegionId == here.RequiredRegion.Id && a.Role == RegionRole.Volunteer))
        {
            return here.To("volunteer");
        }

        var elsewhere = staffRoles.FirstOrDefault();
        return elsewhere is null
            ? here.To()
            : RegionUrls.To(elsewhere.Slug, elsewhere.EnabledLanguages.Contains(here.Language) ? here.Language : elsewhere.DefaultLanguage, "manage");
    }
}
