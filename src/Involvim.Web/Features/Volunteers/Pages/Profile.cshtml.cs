using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Volunteers.Pages;

/// <summary>The volunteer keeps languages, skills, areas, availability, task limit and holidays current.</summary>
[Authorize(Policy = Policies.RegionVolunteer)]
public sealed class ProfileModel(AppDbContext db, RegionContext here, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public VolunteerProfileInput Input { get; set; } = new();

    public IReadOnlyList<string> Areas { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var profile = await HomeModel.VolunteerOf(db, User, ct);
        if (profile is null)
        {
            return NotFound();
        }

        Areas = (await db.CurrentRegionAsync(here, ct)).Areas;
        Input = VolunteerProfileInput.From(profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var profile = await HomeModel.VolunteerOf(db, User, ct);
        if (profile is null)
        {
            return NotFound();
        }

        Areas = (await db.CurrentRegionAsync(here, ct)).Areas;
        foreach (var (field, key) in Input.ApplyTo(profile, Areas))
        {
            ModelState.AddModelError($"Input.{field}", t[key]);
        }

        if (!ModelState.IsValid)
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
}
