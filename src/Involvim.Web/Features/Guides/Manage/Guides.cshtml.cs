using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Guides.Manage;

/// <summary>Staff list of guide pages: coordinators see all, org-editors their organisation's.</summary>
[Authorize(Policy = Policies.RegionEditor)]
public sealed class GuidesModel(AppDbContext db, RegionPermissions permissions, RegionContext here) : PageModel
{
    public sealed record Row(Guid Id, string Title, string Language, string Slug, PublicationStatus Status, bool HasProposal);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var access = await permissions.GetAsync(ct);
        var region = here.RequiredRegion;
        var guides = await db.Guides.AsNoTracking().Where(g => g.RegionId == region.Id).Include(g => g.Translations).ToListAsync(ct);
        Rows = guides
            .Where(g => access.CanPublish || (g.OrganizationId is { } org && access.CanEdit(org)))
            .Select(g =>
            {
                var text = ContentTranslations.Pick(g.Translations, here.Language, region.DefaultLanguage);
                return new Row(g.Id, text?.Value.Title ?? g.Slug, text?.Language ?? here.Language, g.Slug, g.Status, g.PendingChange is not null);
            })
            .OrderBy(r => r.Title, StringComparer.CurrentCulture)
            .ToList();
    }
}
