using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Translations.Machine;
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
/// A coordinator sets the region's machine translation: provider, address, API key (stored encrypted, never shown
/// again), whether it is private (self-hosted, so it may read requests for the triage aid), the monthly budget and
/// whether machine drafts may be published; and sees this month's use and the latest calls.
/// </summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class MachineModel(AppDbContext db, MachineTranslation machine, TranslationDesk desk, AuditLog audit, RegionContext here, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class SettingsInput
    {
        public string? Provider { get; set; }

        public string? Endpoint { get; set; }

        public string? ApiKey { get; set; }

        public bool RemoveKey { get; set; }

        public bool IsPrivate { get; set; }

        public int MonthlyCharacterBudget { get; set; } = 100_000;

        public bool PublishMachineDrafts { get; set; }
    }

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public bool HasKey { get; private set; }

    public MachineUsage? Usage { get; private set; }

    public IReadOnlyList<MachineTranslationCall> Calls { get; private set; } = [];

    public IReadOnlyList<string> Providers => here.RequiredRegion.IsDemo ? MachineProviders.All : [MachineProviders.LibreTranslate, MachineProviders.DeepL];

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? done, int? withdrawn, CancellationToken ct)
    {
        Message = done != "saved" ? null
            : withdrawn is > 0 ? t["Machine.SavedWithdrawn", withdrawn.Value].Value
            : t["Machine.Saved"].Value;
        var settings = await machine.SettingsAsync(here.RequiredRegion.Id, ct);
        if (settings is not null)
        {
            Input = new SettingsInput
            {
                Provider = settings.Provider,
                Endpoint = settings.Endpoint,
                IsPrivate = settings.IsPrivate,
                MonthlyCharacterBudget = settings.MonthlyCharacterBudget,
                PublishMachineDrafts = settings.PublishMachineDrafts,
            };
        }

        await LoadAsync(settings, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var settings = await db.MachineTranslationSettings.IgnoreQueryFilters([AppDbContext.RegionFilter]).FirstOrDefaultAsync(s => s.RegionId == region.Id, ct);
        var provider = string.IsNullOrWhiteSpace(Input.Provider) ? null : Input.Provider.Trim();
        if (provider is not null && !Providers.Contains(provider))
        {
            ModelState.AddModelError("Input.Provider", t["Validation.Choose"]);
        }

        var endpoint = Input.Endpoint?.Trim();
        if (provider is MachineProviders.LibreTranslate or MachineProviders.DeepL &&
            (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || endpoint!.Length > 300))
        {
            ModelState.AddModelError("Input.Endpoint", t["Machine.Error.Endpoint"]);
        }

        if (Input.MonthlyCharacterBudget is < 0 or > MachineTranslationSettings.MaxBudget)
        {
            ModelState.AddModelError("Input.MonthlyCharacterBudget", t["Validation.Number"]);
        }

        if (Input.ApiKey?.Length > 500)
        {
            ModelState.AddModelError("Input.ApiKey", t["Validation.TooLong"]);
        }

        var keyAfter = Input.RemoveKey ? null : string.IsNullOrWhiteSpace(Input.ApiKey) ? settings?.ProtectedApiKey : "new";
        if (provider == MachineProviders.DeepL && keyAfter is null)
        {
            ModelState.AddModelError("Input.ApiKey", t["Machine.Error.KeyRequired"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(settings, ct);
            return Page();
        }

        if (provider is null)
        {
            if (settings is not null)
            {
                db.Remove(settings);
            }
        }
        else
        {
            if (settings is null)
            {
                settings = new MachineTranslationSettings { RegionId = region.Id };
                db.Add(settings);
            }

            settings.Provider = provider;
            settings.Endpoint = provider == MachineProviders.DemoFake ? "" : endpoint!;
            settings.ProtectedApiKey = Input.RemoveKey ? null : string.IsNullOrWhiteSpace(Input.ApiKey) ? settings.ProtectedApiKey : machine.Protect(Input.ApiKey.Trim());
            settings.IsPrivate = Input.IsPrivate;
            settings.MonthlyCharacterBudget = Input.MonthlyCharacterBudget;
            settings.PublishMachineDrafts = Input.PublishMachineDrafts;
            settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        }

        audit.Record("machine-translation.settings.saved", nameof(MachineTranslationSettings), region.Id.ToString(), region.Id,
            new { provider, endpoint = provider is null ? null : settings!.Endpoint, key = settings?.ProtectedApiKey is not null, isPrivate = Input.IsPrivate, budget = Input.MonthlyCharacterBudget, publishDrafts = Input.PublishMachineDrafts });
        await db.SaveChangesAsync(ct);
        var withdrawn = provider is not null && settings!.PublishMachineDrafts ? 0 : await desk.WithdrawMachineDraftsAsync(region, User.UserId(), ct);
        return Redirect(here.To("manage/translations/machine") + "?done=saved" + (withdrawn > 0 ? $"&withdrawn={withdrawn}" : ""));
    }

    private async Task LoadAsync(MachineTranslationSettings? settings, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        HasKey = settings?.ProtectedApiKey is not null;
        Usage = settings is null ? null : await machine.UsageAsync(region.Id, settings.MonthlyCharacterBudget, ct);
        Calls = await db.Set<MachineTranslationCall>().AsNoTracking().IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(c => c.RegionId == region.Id).OrderByDescending(c => c.Id).Take(20).ToListAsync(ct);
    }
}
