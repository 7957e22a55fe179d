using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Help.Manage;

/// <summary>The coordinator's queue of help requests, with filters and a weekly summary.</summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class RequestsModel(AppDbContext db, RegionContext here, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, DateTime CreatedAt, string Category, IReadOnlyList<string> Languages, HelpUrgency Urgency, HelpStatus Status, bool NeedsInterpreter, int AgeDays, string Excerpt);

    /// <param name="Hours">Volunteer hours: help tasks and translation together.</param>
    /// <param name="TranslationHours">Of those, the hours given to translation.</param>
    public sealed record Summary(int In, int Matched, TimeSpan? MedianToAcceptance, int Unmet, decimal Hours, decimal TranslationHours);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public Summary Week { get; private set; } = new(0, 0, null, 0, 0, 0);

    public string Status { get; private set; } = "open";

    public string? Category { get; private set; }

    public string? Language { get; private set; }

    public int? OlderThan { get; private set; }

    public IReadOnlyList<string> Languages { get; private set; } = [];

    public static readonly string[] StatusFilters = ["open", "running", "closed", "all", .. Enum.GetNames<HelpStatus>().Select(s => s.ToLowerInvariant())];

    public async Task OnGetAsync(string? status, string? category, string? language, int? older, CancellationToken ct)
    {
        var regionId = here.RequiredRegion.Id;
        var now = clock.GetUtcNow().UtcDateTime;
        Status = StatusFilters.Contains(status) ? status! : "open";
        Category = Directory.Categories.IsKnown(category) ? category : null;
        Language = HelpRequestRules.OfferedLanguages.Contains(language) ? language : null;
        OlderThan = older is > 0 and < 1000 ? older : null;

        var query = db.HelpRequests.AsNoTracking().Where(r => r.RegionId == regionId);
        var single = EnumText.ReadOr(Status, HelpStatus.New);
        query = Status switch
        {
            "open" => query.Where(r => HelpWorkflow.OpenStatuses.Contains(r.Status)),
            "running" => query.Where(r => HelpWorkflow.ActiveTaskStatuses.Contains(r.Status)),
            "closed" => query.Where(r => r.Status == HelpStatus.Done || r.Status == HelpStatus.Cancelled || r.Status == HelpStatus.Unmet),
            "all" => query,
            _ => query.Where(r => r.Status == single),
        };
        if (Category is not null)
        {
            query = query.Where(r => r.Category == Category);
        }

        if (OlderThan is { } days)
        {
            var before = now.AddDays(-days);
            query = query.Where(r => r.CreatedAt < before);
        }

        var rows = await query.OrderByDescending(r => r.Urgency == HelpUrgency.High).ThenBy(r => r.CreatedAt).Take(500)
            .Select(r => new { r.Id, r.CreatedAt, r.Category, r.Languages, r.Urgency, r.Status, r.NeedsInterpreter, Start = r.Description.Substring(0, Math.Min(r.Description.Length, 120)) })
            .ToListAsync(ct);
        Rows = rows
            .Where(r => Language is null || r.Languages.Contains(Language))
            .Select(r => new Row(r.Id, r.CreatedAt, r.Category, r.Languages, r.Urgency, r.Status, r.NeedsInterpreter, (int)(now - r.CreatedAt).TotalDays, RequestModel.Excerpt(r.Start, 80)))
            .ToList();
        Languages = HelpRequestRules.OfferedLanguages;
        Week = await SummaryAsync(regionId, now.AddDays(-7), ct);
    }

    /// <summary>Requests in, matched, median time to acceptance, unmet and volunteer hours since <paramref name="since"/>.</summary>
    public async Task<Summary> SummaryAsync(Guid regionId, DateTime since, CancellationToken ct)
    {
        var requests = db.HelpRequests.AsNoTracking().Where(r => r.RegionId == regionId);
        var incoming = await requests.CountAsync(r => r.CreatedAt >= since, ct);
        var accepted = await requests.Where(r => r.AcceptedAt >= since).Select(r => new { r.CreatedAt, r.AcceptedAt }).ToListAsync(ct);
        var unmet = await requests.CountAsync(r => r.Status == HelpStatus.Unmet && r.ClosedAt >= since, ct);
        var hours = await requests.Where(r => r.Status == HelpStatus.Done && r.ClosedAt >= since && r.HoursSpent != null).Select(r => r.HoursSpent!.Value).ToListAsync(ct);
        var waits = accepted.Select(a => a.AcceptedAt!.Value - a.CreatedAt).Order().ToList();
        TimeSpan? median = waits.Count == 0 ? null : waits.Count % 2 == 1 ? waits[waits.Count / 2] : (waits[(waits.Count / 2) - 1] + waits[waits.Count / 2]) / 2;
        var translation = await Translations.TranslationWorkLog.HoursAsync(db, regionId, since, ct);
        return new Summary(incoming, accepted.Count, median, unmet, hours.Sum() + translation, translation);
    }
}
