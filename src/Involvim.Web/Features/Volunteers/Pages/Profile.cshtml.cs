using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Volunteers.Pages;

/// <summary>The volunteer keeps languages, skills, areas, availability, task limit and holidays current.</summary>
[Authorize(Policy = Policies.RegionVolunteer)]
public sealed class ProfileModel(
    AppDbContext db,
    RegionContext here,
    IVolunteerCommitments commitments,
    AccountErasure erasure,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public VolunteerProfileInput Input { get; set; } = new();

    public IReadOnlyList<string> Areas => here.RequiredRegion.Areas;

    public bool Saved { get; private set; }

    /// <summary>The volunteer confirms stopping (a separate form from the profile).</summary>
    [BindProperty]
    public bool ConfirmStop { get; set; }

    /// <summary>Also erase the account (name, e-mail, password); offered only when it has no other role.</summary>
    [BindProperty]
    public bool EraseAccount { get; set; }

    public bool CanEraseAccount { get; private set; }

    public bool Stopped { get; private set; }

    public bool Erased { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } profile)
        {
            return NotFound();
        }

        Input = VolunteerProfileInput.From(profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(ct) is not { } profile)
        {
            return NotFound();
        }

        if (!Input.ApplyTo(profile, Areas, ModelState, t))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        Input = VolunteerProfileInput.From(profile);
        Saved = true;
        return Page();
    }

    /// <summary>
    /// The volunteer stops: offers waiting for them move on to other volunteers, what they told us about themselves
    /// is erased, and the volunteer role ends. Only without running tasks (finish or give them back first).
    /// </summary>
    public async Task<IActionResult> OnPostStopAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(ct) is not { } profile)
        {
            return NotFound();
        }

        Input = VolunteerProfileInput.From(profile);
        if (await commitments.HasActiveTasksAsync(profile, ct))
        {
            ModelState.AddModelError("", t["Volunteer.Stop.HasTasks"]);
        }

        if (!ConfirmStop)
        {
            ModelState.AddModelError(nameof(ConfirmStop), t["Volunteer.Stop.ConfirmMissing"]);
        }

        if (EraseAccount && !CanEraseAccount)
        {
            ModelState.AddModelError(nameof(EraseAccount), t["Volunteer.Stop.AccountNeeded"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var passedOn = await commitments.PassOnPendingOffersAsync(profile, t["Volunteer.Stop.Reason"], ct);

        db.ChangeTracker.Clear();
        profile = (await VolunteerProfiles.OfAsync(db, User, ct))!;
        profile.Withdraw(clock.GetUtcNow().UtcDateTime);
        await db.EndVolunteerRoleAsync(profile, ct);
        audit.Record("volunteer.withdrawn", nameof(VolunteerProfile), profile.Id.ToString(), profile.RegionId, new { offersPassedOn = passedOn });
        await db.SaveChangesAsync(ct);
        if (EraseAccount && await users.FindByIdAsync(profile.UserId.ToString()) is { } user)
        {
            await erasure.EraseAsync(user, profile.RegionId);
            await signIn.SignOutAsync();
            Erased = true;
        }
        else if (await users.FindByIdAsync(profile.UserId.ToString()) is { } stayed)
        {
            // Ending the role ended every session; this one stays, without the role.
            await signIn.RefreshSignInAsync(stayed);
        }

        Stopped = true;
        return Page();
    }

    /// <summary>The signed-in volunteer's profile; also whether the page may offer to erase the account.</summary>
    private async Task<VolunteerProfile?> LoadAsync(CancellationToken ct)
    {
        var profile = await VolunteerProfiles.OfAsync(db, User, ct);
        CanEraseAccount = profile is not null && await users.FindByIdAsync(profile.UserId.ToString()) is { } user
            && await erasure.CanEraseAsync(user, profile.RegionId, RegionRole.Volunteer, ct);
        return profile;
    }
}
