using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Regions.Manage;

/// <summary>A coordinator changes the region's names, languages, timezone, contact and retention; audited.</summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class SettingsModel(AppDbContext db, RegionAdministration administration, RegionContext here, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public IReadOnlyDictionary<string, TranslationStatus> Statuses { get; private set; } = new Dictionary<string, TranslationStatus>();

    public IReadOnlyList<string> TimeZones { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id)
        .Where(id => id.StartsWith("Europe/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    public bool Saved { get; private set; }

    public sealed class SettingsInput
    {
        public List<string> Languages { get; set; } = [];

        public string DefaultLanguage { get; set; } = "";

        public string TimeZone { get; set; } = "";

        public string? ContactEmail { get; set; }

        public string? ContactPhone { get; set; }

        public string? Website { get; set; }

        public int RetentionDays { get; set; }

        public Dictionary<string, string?> Names { get; set; } = [];

        public Dictionary<string, string?> Introductions { get; set; } = [];
    }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        var region = await LoadAsync(ct);
        Input = new SettingsInput
        {
            Languages = region.EnabledLanguages.ToList(),
            DefaultLanguage = region.DefaultLanguage,
            TimeZone = region.TimeZone,
            ContactEmail = region.ContactEmail,
            ContactPhone = region.ContactPhone,
            Website = region.Website,
            RetentionDays = region.RetentionDays,
            Names = region.Translations.ToDictionary(tr => tr.Language, tr => (string?)tr.Name),
            Introductions = region.Translations.ToDictionary(tr => tr.Language, tr => tr.Introduction),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var region = await LoadAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var languages = Input.Languages.Where(UiLanguages.IsSupported).Distinct().ToList();
        if (languages.Count != Input.Languages.Distinct().Count())
        {
            ModelState.AddModelError("Input.Languages", t["Region.Error.Languages"]);
            return Page();
        }

        var texts = new Dictionary<string, (string Name, string? Introduction)>();
        foreach (var language in languages.Union(region.EnabledLanguages))
        {
            var name = Input.Names.GetValueOrDefault(language) ?? "";
            var intro = Input.Introductions.GetValueOrDefault(language);
            if (languages.Contains(language) || region.Translations.Any(tr => tr.Language == language))
            {
                texts[language] = (name, intro);
            }
        }

        var settings = new RegionSettings(Input.DefaultLanguage, languages, Input.TimeZone, Input.ContactEmail, Input.ContactPhone, Input.Website, Input.RetentionDays, texts);
        var problems = await administration.UpdateAsync(region.Id, settings, ct);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(FieldKey(problem.Field), t[problem.MessageKey]);
            }

            return Page();
        }

        // The default language may have changed: continue in the language the coordinator is using if still offered.
        var continueIn = languages.Contains(here.Language) ? here.Language : Input.DefaultLanguage;
        return Redirect($"/{region.Slug}/{continueIn}/manage/settings?saved=true");
    }

    private async Task<Region> LoadAsync(CancellationToken ct)
    {
        var region = await db.Regions.AsNoTracking().Include(r => r.Translations).FirstAsync(r => r.Id == here.RequiredRegion.Id, ct);
        Statuses = region.Translations.ToDictionary(tr => tr.Language, tr => tr.Status);
        return region;
    }

    private static string FieldKey(string field) => field switch
    {
        _ when field.StartsWith("Name_", StringComparison.Ordinal) => $"Input.Names[{field[5..]}]",
        _ when field.StartsWith("Introduction_", StringComparison.Ordinal) => $"Input.Introductions[{field[13..]}]",
        "Name" => "Input.Names",
        _ => "Input." + field,
    };
}
