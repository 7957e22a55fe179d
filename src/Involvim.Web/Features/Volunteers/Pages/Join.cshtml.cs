using System.Net.Mail;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Volunteers.Pages;

/// <summary>
/// Public volunteer sign-up. It creates a pending profile (and an account without a password); a coordinator
/// approves it, and the approval e-mail carries the link to choose a password. The answer is the same whether or
/// not the address already had an account.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.Web.RateLimits.Submission)]
public sealed class JoinModel(AppDbContext db, UserManager<AppUser> users, RegionContext here, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Motivation { get; set; }

    [BindProperty]
    public bool Consent { get; set; }

    [BindProperty]
    public VolunteerProfileInput Input { get; set; } = new();

    public IReadOnlyList<string> Areas => here.RequiredRegion.Areas;

    public bool Sent { get; private set; }

    public void OnGet()
    {
        Input.LanguageCodes = [here.Language];
        Input.LanguageLevels = ["native"];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var region = here.RequiredRegion;
        var now = clock.GetUtcNow().UtcDateTime;
        var profile = new VolunteerProfile { RegionId = region.Id, Approval = VolunteerApproval.Pending, CreatedAt = now, UpdatedAt = now };
        var name = DisplayName?.Trim() ?? "";
        var email = Email?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            ModelState.AddModelError(nameof(DisplayName), t[name.Length == 0 ? "Validation.Required" : "Validation.TooLong"]);
        }

        if (email.Length is 0 or > 254 || !MailAddress.TryCreate(email, out _))
        {
            ModelState.AddModelError(nameof(Email), t["Validation.Email"]);
        }

        if (Motivation?.Length > VolunteerLimits.Text)
        {
            ModelState.AddModelError(nameof(Motivation), t["Validation.TooLong"]);
        }

        Input.ApplyTo(profile, region.Areas, ModelState, t);

        if (!Consent)
        {
            ModelState.AddModelError(nameof(Consent), t["Help.Error.Consent"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, DisplayName = name, PreferredLanguage = here.Language, CreatedAt = now };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                ModelState.AddModelError(nameof(Email), t["Validation.Email"]);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
        }

        var earlier = await db.Volunteers.FirstOrDefaultAsync(v => v.UserId == user.Id, ct);
        if (earlier is null)
        {
            profile.UserId = user.Id;
            profile.Motivation = string.IsNullOrWhiteSpace(Motivation) ? null : Motivation.Trim();
            db.Volunteers.Add(profile);
            await db.SaveChangesAsync(ct);
        }
        else if (earlier.Approval == VolunteerApproval.Withdrawn)
        {
            // Someone who stopped volunteering signs up again: a new sign-up for the coordinator to approve.
            Input.ApplyTo(earlier, region.Areas);
            earlier.Approval = VolunteerApproval.Pending;
            earlier.Motivation = string.IsNullOrWhiteSpace(Motivation) ? null : Motivation.Trim();
            earlier.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
        }

        Sent = true;
        return Page();
    }
}
