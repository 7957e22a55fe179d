using Involvim.Web.Features.Directory;
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
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Search.Pages;

/// <summary>An organisation and its published services.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy, Duration = 60)]
public sealed class OrganizationModel(AppDbContext db, SearchIndexCache cache, RegionContext here, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public Organization Organization { get; private set; } = null!;

    public Localized<OrganizationTranslation> Text { get; private set; } = null!;

    public IReadOnlyList<ServiceListItem> Services { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == id && o.RegionId == region.Id)
            .Include(o => o.Translations)
            .FirstOrDefaultAsync(ct);
        if (organization is null)
        {
            return NotFound();
        }

        Organization = organization;
        Text = ContentTranslations.Pick(organization.Translations, here.Language, region.DefaultLanguage)!;
        var index = await cache.GetAsync(region.Id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var organizations = index.Documents.Where(d => d.Type == DirectoryChanges.Organization).ToDictionary(d => d.Id);
        Services = index.Documents
            .Where(d => d.Type == DirectoryChanges.Service && d.OrganizationId == id)
            .Select(d => ServiceListItem.From(d, region, here.Language, organizations, now, t))
            .OrderBy(s => s.Title, StringComparer.CurrentCulture)
            .ToList();
        return Page();
    }
}
