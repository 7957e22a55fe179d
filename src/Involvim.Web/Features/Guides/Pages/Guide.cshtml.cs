using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Guides.Pages;

/// <summary>One guide page: sanitized Markdown, where it sits in the tree, and its sub-pages.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class GuideModel(AppDbContext db, RegionContext here, Infrastructure.Outbox.PublicLinks links, TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t) : PageModel
{
    public Localized<GuideTranslation> Text { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public (string Slug, string Title, string Language)? Parent { get; private set; }

    public IReadOnlyList<(string Slug, string Title, string Language)> Children { get; private set; } = [];

    /// <summary>What the printed page carries: the organisation behind the guide (or the region) and how to reach it, the short address and QR, the date.</summary>
    public Infrastructure.Web.PrintCard Print { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var guide = await db.Guides.AsNoTracking()
            .Where(g => g.RegionId == region.Id && g.Slug == slug && g.Status == PublicationStatus.Published)
            .Include(g => g.Translations)
            .FirstOrDefaultAsync(ct);
        if (guide is null)
        {
            return NotFound();
        }

        Text = ContentTranslations.Pick(guide.Translations, here.Language, region.DefaultLanguage)!;
        BodyHtml = SafeMarkdown.ToHtml(Text.Value.BodyMarkdown);
        var related = await db.Guides.AsNoTracking()
            .Where(g => g.RegionId == region.Id && g.Status == PublicationStatus.Published && (g.ParentId == guide.Id || g.Id == guide.ParentId))
            .Include(g => g.Translations)
            .OrderBy(g => g.SortOrder)
            .ToListAsync(ct);
        (string, string, string) Describe(GuidePage g)
        {
            var t = ContentTranslations.Pick(g.Translations, here.Language, region.DefaultLanguage)!;
            return (g.Slug, t.Value.Title, t.Language);
        }

        Parent = related.Where(g => g.Id == guide.ParentId).Select(Describe).Cast<(string, string, string)?>().FirstOrDefault();
        Children = related.Where(g => g.ParentId == guide.Id).Select(Describe).ToList();

        var organization = guide.OrganizationId is { } orgId
            ? await db.Organizations.AsNoTracking().Include(o => o.Translations).FirstOrDefaultAsync(o => o.Id == orgId, ct)
            : null;
        var shortUrl = links.Absolute(Infrastructure.Web.ShortLinks.Path(region.Slug, guide.Id));
        Print = new Infrastructure.Web.PrintCard(
            organization is null ? region.NameIn(here.Language) : ContentTranslations.Pick(organization.Translations, here.Language, region.DefaultLanguage)?.Value.Name,
            null,
            organization?.Phone ?? region.ContactPhone,
            organization?.Email ?? region.ContactEmail,
            shortUrl,
            Infrastructure.Web.QrCodes.Svg(shortUrl, t["Print.QrLabel", Text.Value.Title]),
            DateOnly.FromDateTime(region.Local(clock.GetUtcNow().UtcDateTime)));
        return Page();
    }
}
