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

/// <summary>A coordinator gives the region's translators their language pairs (e.g. sl→uk) and takes them away.</summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class TranslatorsModel(AppDbContext db, AuditLog audit, RegionContext here, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record Translator(Guid UserId, string Name, string? Email, IReadOnlyList<TranslatorPair> Pairs, TranslationWorkSummary? Work);

    public IReadOnlyList<Translator> Translators { get; private set; } = [];

    [BindProperty]
    public Guid? UserId { get; set; }

    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Message = done is "added" or "removed" ? t[$"Desk.Translators.Done.{done}"].Value : null;
        From = here.RequiredRegion.DefaultLanguage;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var region = here.RequiredRegion;
        await LoadAsync(ct);
        if (UserId is not { } user || Translators.All(x => x.UserId != user))
        {
            ModelState.AddModelError(nameof(UserId), t["Validation.Choose"]);
        }

        if (From is null || !region.Offers(From))
        {
            ModelState.AddModelError(nameof(From), t["Validation.Choose"]);
        }

        if (To is null || !region.Offers(To) || To == From)
        {
            ModelState.AddModelError(nameof(To), t["Desk.Translators.Error.Pair"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await db.TranslatorPairs.AnyAsync(p => p.RegionId == region.Id && p.UserId == UserId && p.SourceLanguage == From && p.TargetLanguage == To, ct))
        {
            db.Add(new TranslatorPair { RegionId = region.Id, UserId = UserId!.Value, SourceLanguage = From!, TargetLanguage = To!, CreatedAt = clock.GetUtcNow().UtcDateTime });
            audit.Record("translator.pair.added", nameof(TranslatorPair), UserId.ToString(), region.Id, new { from = From, to = To });
            await db.SaveChangesAsync(ct);
        }

        return Redirect(here.To("manage/translations/translators") + "?done=added");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var pair = await db.TranslatorPairs.FirstOrDefaultAsync(p => p.Id == id && p.RegionId == region.Id, ct);
        if (pair is null)
        {
            return NotFound();
        }

        db.Remove(pair);
        audit.Record("translator.pair.removed", nameof(TranslatorPair), pair.UserId.ToString(), region.Id, new { from = pair.SourceLanguage, to = pair.TargetLanguage });
        await db.SaveChangesAsync(ct);
        return Redirect(here.To("manage/translations/translators") + "?done=removed");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var people = await db.RoleAssignments.AsNoTracking()
            .Where(a => a.RegionId == region.Id && a.Role == RegionRole.Translator)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { u.Id, u.DisplayName, u.Email })
            .Distinct()
            .ToListAsync(ct);
        var pairs = await db.TranslatorPairs.AsNoTracking().Where(p => p.RegionId == region.Id).ToListAsync(ct);
        var work = await TranslationWorkLog.ByPersonAsync(db, region.Id, clock.GetUtcNow().UtcDateTime.AddMonths(-TranslationWorkLog.Months), ct);
        Translators = people
            .Select(p => new Translator(p.Id, p.DisplayName, p.Email, pairs.Where(x => x.UserId == p.Id).OrderBy(x => x.SourceLanguage, StringComparer.Ordinal).ThenBy(x => x.TargetLanguage, StringComparer.Ordinal).ToList(), work.GetValueOrDefault(p.Id)))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
