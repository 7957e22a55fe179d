using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Accounts.Pages;

/// <summary>
/// Accepting a staff invitation: a new person chooses a password; a person with an account signs in first.
/// The address is confirmed by the token that reached it.
/// </summary>
[AllowAnonymous]
public sealed class InvitationModel(
    StaffInvitations invitations,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    RegionContext here,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.DisplayName")]
    public string? DisplayName { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public StaffInvitation? Invitation { get; private set; }

    public bool HasAccount { get; private set; }

    public bool SignedInAsOther { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(ct) || Invitation is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var current = await users.GetUserAsync(User);
        if (current is null || !string.Equals(current.Email, Invitation.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Page();
        }

        await invitations.AcceptAsync(Invitation, current, ct);
        return Redirect(here.To("manage"));
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Invitation is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (HasAccount || User.Identity?.IsAuthenticated == true)
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            ModelState.AddModelError(nameof(DisplayName), t["Validation.Required"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new AppUser
        {
            UserName = Invitation.Email,
            Email = Invitation.Email,
            EmailConfirmed = true,
            DisplayName = DisplayName!.Trim(),
            PreferredLanguage = here.Language,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Description);
            }

            return Page();
        }

        await invitations.AcceptAsync(Invitation, user, ct);
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect(here.To("manage"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Invitation = await invitations.FindOpenAsync(here.RequiredRegion.Id, Token, ct);
        if (Invitation is null)
        {
            return false;
        }

        HasAccount = await users.FindByEmailAsync(Invitation.Email) is not null;
        var signedInEmail = User.FindFirstValue(ClaimTypes.Email) ?? (await users.GetUserAsync(User))?.Email;
        SignedInAsOther = User.Identity?.IsAuthenticated == true &&
            !string.Equals(signedInEmail, Invitation.Email, StringComparison.OrdinalIgnoreCase);
        return true;
    }

    public string SignInUrl => here.To("account/signin") + "?returnUrl=" + Uri.EscapeDataString(here.To("account/invitation") + "?token=" + Uri.EscapeDataString(Token ?? ""));
}
