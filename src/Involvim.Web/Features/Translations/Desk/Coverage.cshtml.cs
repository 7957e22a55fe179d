using System.Globalization;
using System.Text;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Translations.Desk;

/// <summary>
/// The region's translation coverage: per language and kind of content, the read-weighted share of parts that are
/// reviewed, translated, machine drafts, out of date and missing, as a chart with its table and as CSV; and whether
/// the region's most-read guides meet its target in every language. A coordinator sets the target.
/// </summary>
[Authorize(Policy = Policies.RegionTranslation)]
public sealed class CoverageModel(AppDbContext db, TranslationCoverage coverage, RegionPermissions permissions, AuditLog audit, RegionContext here, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public static readonly string[] States = ["Reviewed", "Human", "Machine", "Outdated", "Missing"];

    public TranslationCoverage.Result Data { get; private set; } = new([], [], new TranslationGoal());

    public bool IsCoordinator { get; private set; }

    [BindProperty]
    public int TopGuides { get; set; }

    [BindProperty]
    public int CurrentPercent { get; set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? format, string? done, CancellationToken ct)
    {
        await LoadAsync(ct);
        Message = done == "saved" ? t["Coverage.GoalSaved"].Value : null;
        if (format == "csv")
        {
            var csv = new StringBuilder("language,content,items,reviewed,human,machine,outdated,missing\n");
            foreach (var r in Data.Rows)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{r.Language},{r.Kind},{r.Items},{r.Reviewed},{r.Human},{r.Machine},{r.Outdated},{r.Missing}\n");
            }

            return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"translation-coverage-{here.RequiredRegion.Slug}.csv");
        }

        TopGuides = Data.Target.TopGuides;
        CurrentPercent = Data.Target.CurrentPercent;
        return Page();
    }

    public async Task<IActionResult> OnPostGoalAsync(CancellationToken ct)
    {
        var region = here.RequiredRegion;
        await LoadAsync(ct);
        if (!IsCoordinator)
        {
            return Forbid();
        }

        if (TopGuides is < 1 or > 1000)
        {
            ModelState.AddModelError(nameof(TopGuides), t["Validation.Number"]);
        }

        if (CurrentPercent is < 1 or > 100)
        {
            ModelState.AddModelError(nameof(CurrentPercent), t["Validation.Number"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var goal = await db.TranslationGoals.IgnoreQueryFilters([AppDbContext.RegionFilter]).FirstOrDefaultAsync(g => g.RegionId == region.Id, ct);
        if (goal is null)
        {
            goal = new TranslationGoal { RegionId = region.Id };
            db.TranslationGoals.Add(goal);
        }

        goal.TopGuides = TopGuides;
        goal.CurrentPercent = CurrentPercent;
        goal.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("translation.goal.saved", nameof(TranslationGoal), region.Id.ToString(), region.Id, new { topGuides = TopGuides, currentPercent = CurrentPercent });
        await db.SaveChangesAsync(ct);
        return Redirect(here.To("manage/translations/coverage") + "?done=saved");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        IsCoordinator = (await permissions.GetAsync(ct)).CanPublish;
        Data = await coverage.ComputeAsync(here.RequiredRegion, ct);
    }
}
