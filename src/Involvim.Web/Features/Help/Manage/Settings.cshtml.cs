using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Help.Manage;

/// <summary>The region's help settings: auto-offer, offer timeout, when a request counts as unmet, the areas.</summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class SettingsModel(AppDbContext db, RegionContext here, RegionDirectory regions, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int MaxAreas = 50;

    [BindProperty]
    public bool AutoOffer { get; set; }

    [BindProperty]
    public int OfferTimeoutHours { get; set; }

    [BindProperty]
    public int UnmetAfterDays { get; set; }

    /// <summary>What the requester is told: a coordinator answers within this many days.</summary>
    [BindProperty]
    public int AnswerWithinDays { get; set; }

    [BindProperty]
    public string? Areas { get; set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var region = await db.CurrentRegionAsync(here, ct);
        AutoOffer = region.AutoOffer;
        OfferTimeoutHours = region.OfferTimeoutHours;
        UnmetAfterDays = region.UnmetAfterDays;
        AnswerWithinDays = region.AnswerWithinDays;
        Areas = string.Join('\n', region.Areas);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var areas = (Areas ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (OfferTimeoutHours is < 1 or > 336)
        {
            ModelState.AddModelError(nameof(OfferTimeoutHours), t["ManageHelp.Settings.TimeoutRange"]);
        }

        if (UnmetAfterDays is < 1 or > 365)
        {
            ModelState.AddModelError(nameof(UnmetAfterDays), t["ManageHelp.Settings.UnmetRange"]);
        }

        if (AnswerWithinDays is < 1 or > 30)
        {
            ModelState.AddModelError(nameof(AnswerWithinDays), t["ManageHelp.Settings.AnswerRange"]);
        }

        if (areas.Count > MaxAreas || areas.Any(a => a.Length > HelpLimits.Area))
        {
            ModelState.AddModelError(nameof(Areas), t["ManageHelp.Settings.AreasInvalid"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var region = await db.Regions.FirstAsync(r => r.Id == here.RequiredRegion.Id, ct);
        audit.Record("region.help-settings", nameof(Regions.Region), region.Id.ToString(), region.Id, new
        {
            from = new { region.AutoOffer, region.OfferTimeoutHours, region.UnmetAfterDays, region.AnswerWithinDays, region.Areas },
            to = new { AutoOffer, OfferTimeoutHours, UnmetAfterDays, AnswerWithinDays, areas },
        });
        region.AutoOffer = AutoOffer;
        region.OfferTimeoutHours = OfferTimeoutHours;
        region.UnmetAfterDays = UnmetAfterDays;
        region.AnswerWithinDays = AnswerWithinDays;
        region.Areas = areas;
        region.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        regions.Invalidate();
        Areas = string.Join('\n', areas);
        Saved = true;
        return Page();
    }
}
