using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Involvim.Web.Features.Translations.Desk;

/// <summary>
/// The translator's queue for one target language: every published item of the region whose translation is missing,
/// outdated or a machine draft to check, with its progress and who has claimed it. Translators see their pairs only.
/// </summary>
[Authorize(Policy = Policies.RegionTranslation)]
public sealed class QueueModel(AppDbContext db, TranslationDesk desk, TranslationOverview overview, TranslationCoverage coverage, RegionPermissions permissions, RegionContext here, TimeProvider clock) : PageModel
{
    public static readonly string[] Filters = ["todo", "missing", "outdated", "machine", "review", "all"];

    public sealed record Row(string Kind, Guid Id, string Title, string SourceLanguage, TranslationProgress Progress, ClaimView? Claim, bool NeedsReview, long Reads);

    public IReadOnlyList<(string From, string To)> Pairs { get; private set; } = [];

    public IReadOnlyList<string> Targets { get; private set; } = [];

    public string? Target { get; private set; }

    public string Show { get; private set; } = "todo";

    public string? KindFilter { get; private set; }

    public IReadOnlyList<string> KindCodes => desk.Kinds.Select(k => k.Code).ToList();

    public const int PageSize = 50;

    /// <summary>The rows of this page, in the queue's order.</summary>
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>How many items the filter keeps, on every page.</summary>
    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Pages { get; private set; } = 1;

    public bool IsCoordinator { get; private set; }

    /// <summary>The signed-in person's translation work in the region over the last months (their volunteer hours).</summary>
    public TranslationWorkSummary? MyWork { get; private set; }

    /// <summary>The queue's address with its filters, on page <paramref name="page"/>.</summary>
    public string Link(int page) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(here.To("manage/translations"), new Dictionary<string, string?>
        {
            ["to"] = Target,
            ["show"] = Show,
            ["kind"] = KindFilter,
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => kv.Value is not null));

    public async Task OnGetAsync(string? to, string? show, string? kind, int? p, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var access = await permissions.GetAsync(ct);
        IsCoordinator = access.CanPublish;
        Pairs = await desk.PairsAsync(region, access, ct);
        Targets = Pairs.Select(p => p.To).Distinct().ToList();
        Target = to is not null && Targets.Contains(to) ? to
            : Targets.Contains(here.Language) ? here.Language
            : Targets.FirstOrDefault(t => t != region.DefaultLanguage) ?? Targets.FirstOrDefault();
        Show = show is not null && Filters.Contains(show) ? show : "todo";
        KindFilter = kind is not null && KindCodes.Contains(kind) ? kind : null;
        MyWork = (await TranslationWorkLog.ByPersonAsync(db, region.Id, clock.GetUtcNow().UtcDateTime.AddMonths(-TranslationWorkLog.Months), ct)).GetValueOrDefault(User.UserId());
        if (Target is null)
        {
            return;
        }

        var me = User.UserId();
        var claims = await desk.ClaimsAsync(region.Id, Target, me, ct);
        var reads = await coverage.ReadsAsync(region, ct);
        var sources = Pairs.Where(p => p.To == Target).Select(p => p.From).ToHashSet(StringComparer.Ordinal);
        var rows = new List<Row>();
        foreach (var item in await overview.ItemsAsync(db, desk, region, ct))
        {
            if ((KindFilter is not null && item.Kind != KindFilter) || !sources.Contains(item.SourceLanguage) || !item.Languages.TryGetValue(Target, out var state))
            {
                continue;
            }

            // Something someone else translated and nobody has checked: a second person may review it.
            var review = state.NeedsReviewBy(me);
            if (Keep(state.Progress, review))
            {
                rows.Add(new Row(item.Kind, item.Id, item.Title, item.SourceLanguage, state.Progress, claims.GetValueOrDefault((item.Kind, item.Id)), review, reads.GetValueOrDefault(item.PublicPath)));
            }
        }

        Total = rows.Count;
        Pages = Pager.Count(Total, PageSize);
        PageNumber = Math.Clamp(p ?? 1, 1, Pages);
        Rows = rows.OrderByDescending(r => r.Claim?.Mine == true)
            .ThenByDescending(r => r.Reads)
            .ThenByDescending(r => r.Progress.Outdated)
            .ThenByDescending(r => r.Progress.Missing)
            .ThenByDescending(r => r.Progress.Machine)
            .ThenBy(r => r.Title, StringComparer.CurrentCulture)
            .ThenBy(r => r.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToList();
    }

    private bool Keep(TranslationProgress p, bool review) => Show switch
    {
        "missing" => p.Missing > 0,
        "outdated" => p.Outdated > 0,
        "machine" => p.Machine > 0,
        "review" => review,
        "all" => true,
        _ => p.Missing > 0 || p.Outdated > 0 || p.Machine > 0,
    };
}
