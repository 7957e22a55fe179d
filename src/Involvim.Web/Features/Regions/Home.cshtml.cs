using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Regions;

[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class HomeModel(AppDbContext db, RegionContext here, IEnumerable<IRegionHomeSection> sections) : PageModel
{
    public IReadOnlyList<HomeSection> Sections { get; private set; } = [];

    public Localized<RegionTranslation>? Text { get; private set; }

    public RegionSnapshot Region => here.RequiredRegion;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var translations = await db.RegionTranslations.AsNoTracking()
            .Where(t => t.RegionId == here.RequiredRegion.Id)
            .ToListAsync(ct);
        Text = ContentTranslations.Pick(translations, here.Language, Region.DefaultLanguage);
        var filled = new List<HomeSection>();
        foreach (var section in sections.OrderBy(s => s.Order))
        {
            if (await section.SectionAsync(Region, here.Language, ct) is { Items.Count: > 0 } shown)
            {
                filled.Add(shown);
            }
        }

        Sections = filled;
    }
}
