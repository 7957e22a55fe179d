using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Regions.Manage;

/// <summary>The platform administrator's list of regions: create, switch on and off.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class RegionsModel(RegionDirectory directory, RegionAdministration administration, RegionContext here, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public NewRegionInput Input { get; set; } = new();

    public IReadOnlyList<RegionSnapshot> All { get; private set; } = [];

    public string? Created { get; private set; }

    public IReadOnlyList<string> TimeZones { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id)
        .Where(id => id.StartsWith("Europe/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    public sealed class NewRegionInput
    {
        public string Slug { get; set; } = "";

        public string Name { get; set; } = "";

        public string DefaultLanguage { get; set; } = "en";

        public List<string> Languages { get; set; } = [];

        public string TimeZone { get; set; } = "Europe/Ljubljana";
    }

    public async Task OnGetAsync(string? created, CancellationToken ct)
    {
        Created = created;
        All = await directory.AllAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var languages = Input.Languages.Union([Input.DefaultLanguage]).ToList();
        var settings = new RegionSettings(
            Input.DefaultLanguage,
            languages,
            Input.TimeZone,
            null,
            null,
            null,
            180,
            new Dictionary<string, (string, string?)> { [Input.DefaultLanguage] = ((Input.Name ?? "").Trim(), null) });
        var (region, problems) = await administration.CreateAsync((Input.Slug ?? "").ToLowerInvariant(), settings, isDemo: false, ct);
        if (region is null)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError("Input." + problem.Field, t[problem.MessageKey]);
            }

            All = await directory.AllAsync(ct);
            return Page();
        }

        return Redirect(here.To("manage/regions") + "?created=" + Uri.EscapeDataString(region.Slug));
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        var all = await directory.AllAsync(ct);
        if (all.All(r => r.Id != id))
        {
            return NotFound();
        }

        await administration.SetActiveAsync(id, active, ct);
        return Redirect(here.To("manage/regions"));
    }
}
