using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Search.Pages;

/// <summary>The service directory: search in any language, filters, "open now", in pages of 20.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy, Duration = 60)]
public sealed class ServicesModel(SearchIndexCache cache, RegionContext here, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Open { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Free { get; set; }

    /// <summary>Only services with a text in the reader's language (no fallbacks).</summary>
    [BindProperty(SupportsGet = true, Name = "mine")]
    public bool OnlyMine { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ServiceListItem> Items { get; private set; } = [];

    public IReadOnlyList<(string Type, string Title, string Language, string Url)> AlsoFound { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Pager.Count(Total, PageSize);

    public IReadOnlyList<string> OfferedLanguages { get; private set; } = [];

    public bool Searched => !string.IsNullOrWhiteSpace(Query);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var index = await cache.GetAsync(region.Id, ct);
        var services = index.Documents.Where(d => d.Type == DirectoryChanges.Service).ToList();
        OfferedLanguages = services.SelectMany(d => d.Languages).Distinct().OrderBy(LanguageNames.Native, StringComparer.CurrentCulture).ToList();

        Query = Query?.Trim();
        if (Query?.Length > FailedSearches.MaxQueryLength)
        {
            ModelState.AddModelError("q", t["Search.Error.Query"]);
            Query = Query[..FailedSearches.MaxQueryLength];
        }

        if (!string.IsNullOrEmpty(Category) && !Categories.IsKnown(Category))
        {
            ModelState.AddModelError(nameof(Category), t["Services.UnknownCategory"]);
            Category = null;
        }

        if (!string.IsNullOrEmpty(Language) && !OfferedLanguages.Contains(Language))
        {
            Language = null;
        }

        PageNumber = Math.Clamp(PageNumber, 1, 1000);
        var now = clock.GetUtcNow().UtcDateTime;
        var zone = region.TimeZoneInfo;
        bool Matches(SearchDocument d) =>
            d.Type == DirectoryChanges.Service &&
            (Category is null || d.Categories.Contains(Category)) &&
            (Language is null || d.Languages.Contains(Language)) &&
            (!Free || d.IsFree) &&
            (!OnlyMine || d.HasTextIn(here.Language)) &&
            (!Open || OpeningHours.StateAt(now, zone, d.OpeningRules, d.ScheduleExceptions).IsOpen);

        List<SearchDocument> found;
        if (Searched)
        {
            var hits = index.Search(Query!, here.Language, 1000);
            found = hits.Select(h => h.Document).Where(Matches).ToList();
            AlsoFound = hits.Where(h => h.Document.Type != DirectoryChanges.Service)
                .Take(4)
                .Where(h => !OnlyMine || h.Document.HasTextIn(here.Language))
                .Select(h => (h.Document.Type, h.Document.TitleFor(here.Language, region.DefaultLanguage), SearchSetup.UrlFor(h.Document, region.Slug, here.Language)))
                .Select(x => (x.Type, x.Item2.Title, x.Item2.Language, x.Item3))
                .ToList();
            if (hits.Count == 0)
            {
                await FailedSearches.RecordAsync(db, region.Id, here.Language, Query!, DateOnly.FromDateTime(now), ct);
            }
        }
        else
        {
            found = services.Where(Matches)
                .OrderBy(d => d.TitleIn(here.Language, region.DefaultLanguage), StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true))
                .ToList();
        }

        Total = found.Count;
        var organizations = index.Documents.Where(d => d.Type == DirectoryChanges.Organization).ToDictionary(d => d.Id);
        Items = found.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(d => ServiceListItem.From(d, region, here.Language, organizations, now, t))
            .ToList();
    }

    /// <summary>This list with one parameter changed (for paging links).</summary>
    public string With(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["category"] = Category,
            ["language"] = Language,
            ["open"] = Open ? "true" : null,
            ["free"] = Free ? "true" : null,
            ["mine"] = OnlyMine ? "true" : null,
            ["p"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(here.To("services"), query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
