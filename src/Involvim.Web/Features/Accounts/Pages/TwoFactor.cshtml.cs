using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Involvim.Web.Features.Accounts.Pages;

/// <summary>
/// Sets up sign-in with an authenticator app (TOTP): key and QR code, confirmation with a first code, ten
/// recovery codes shown once. Coordinators and platform admins are sent here until it is done.
/// </summary>
public sealed class TwoFactorModel(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    AuditLog audit,
    AppDbContext db,
    RegionContext here,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(12, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.TwoFactor.Code")]
    public string Code { get; set; } = "";

    public bool Enabled { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string QrSvg { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public int RecoveryCodesLeft { get; private set; }

    public string ContinueUrl => AccountPaths.SafeReturnUrl(ReturnUrl, here.To("manage"));

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        var code = new string(Code.Where(char.IsAsciiDigit).ToArray());
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), t["Account.TwoFactor.Invalid"]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []).ToList();
        audit.Record("account.two-factor.enabled", nameof(AppUser), user.Id.ToString(), here.RegionId, actorUserId: user.Id);
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        ModelState.Clear();
        if (!user.TwoFactorEnabled)
        {
            await LoadAsync(user);
            return Page();
        }

        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []).ToList();
        audit.Record("account.two-factor.recovery-codes", nameof(AppUser), user.Id.ToString(), here.RegionId, actorUserId: user.Id);
        await db.SaveChangesAsync();
        Enabled = true;
        return Page();
    }

    private async Task LoadAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // A new key renews the security stamp, which ends every session: keep this one.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        SharedKey = FormatKey(key);
        var issuer = "Involvim";
        var uri = string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(user.Email ?? user.UserName ?? "")}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        // Make the drawing an accessible image.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        QrSvg = start < 0 ? "" : svg[start..].Replace("<svg ", $"<svg role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(t["Account.TwoFactor.QrLabel"].Value)}\" ", StringComparison.Ordinal);
    }

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}
