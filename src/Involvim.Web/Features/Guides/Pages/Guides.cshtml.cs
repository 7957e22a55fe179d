using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Guides.Pages;

/// <summary>The region's guides as a tree: topics and their pages.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class GuidesModel(AppDbContext db, RegionContext here) : PageModel
{
    public sealed record Node(string Slug, Localized<GuideTranslation> Text, IReadOnlyList<Node> Children);

    public IReadOnlyList<Node> Tree { get; private set; } = [];

    /// <summary>Only guides with a text in the reader's language (no fallbacks).</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "mine")]
    public bool OnlyMine { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var guides = await db.Guides.AsNoTracking()
            .Where(g => g.RegionId == region.Id && g.Status == PublicationStatus.Published)
            .Include(g => g.Translations)
            .AsSplitQuery()
            .ToListAsync(ct);
        Tree = Build(null);

        // With "only in my language", a topic without a text of its own stays when one of its pages has one.
        List<Node> Build(Guid? parent) => guides
            .Where(g => g.ParentId == parent)
            .OrderBy(g => g.SortOrder)
            .ThenBy(g => g.Slug, StringComparer.Ordinal)
            .Select(g => new Node(g.Slug, ContentTranslations.Pick(g.Translations, here.Language, region.DefaultLanguage)!, Build(g.Id)))
            .Where(n => !OnlyMine || !n.Text.IsFallback || n.Children.Count > 0)
            .ToList();
    }
}
