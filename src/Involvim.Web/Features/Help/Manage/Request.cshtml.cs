using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Matching;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Help.Manage;

/// <summary>One request for the coordinator: details, ranked candidates with their explanation, offers, timeline, messages and actions.</summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class RequestModel(
    AppDbContext db,
    RegionContext here,
    HelpWorkflow workflow,
    VolunteerRanking ranking,
    ContactProtector protector,
    Translations.Machine.MachineTranslation machine,
    AuditLog audit,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public const int CandidatesShown = 10;

    public sealed record Candidate(RankedVolunteer Rank, string Name, IReadOnlyList<ExplainedFactor> Explanation);

    public HelpRequest Item { get; private set; } = null!;

    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];

    public bool NeedsInterpreter { get; private set; }

    public IReadOnlyDictionary<Guid, string> VolunteerNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<(Guid Id, string Label)> MergeTargets { get; private set; } = [];

    public IReadOnlyList<string> Areas { get; private set; } = [];

    public string? Contact { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>The region's private (self-hosted) provider can put the request's text into the page's language (the triage aid).</summary>
    public bool CanTranslate { get; private set; }

    /// <summary>The request's text in the page's language, shown once and never stored.</summary>
    public string? TranslatedText { get; private set; }

    [BindProperty]
    public List<Guid> VolunteerIds { get; set; } = [];

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string? Area { get; set; }

    [BindProperty]
    public bool NeedsVetting { get; set; }

    [BindProperty]
    public string? Urgency { get; set; }

    [BindProperty]
    public List<string?> Languages { get; set; } = [];

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid? MergeInto { get; set; }

    [BindProperty]
    public decimal? Hours { get; set; }

    /// <summary>Set by the confirmation step: merge, mark unmet and cancel happen only on a second, confirmed POST.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>The action waiting for confirmation (merge, unmet, cancel), shown at the top of the page; null otherwise.</summary>
    public string? Confirming { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostTriageAsync(string id, CancellationToken ct) =>
        ActAsync(id, (r, _) => workflow.TriageAsync(r, new HelpTriage(Category ?? "", NeedsVetting, Area, Urgency, Languages), ct), "ManageHelp.Triaged", ct);

    public Task<IActionResult> OnPostOfferAsync(string id, CancellationToken ct) => ActAsync(id, (r, region) => workflow.OfferAsync(r, region, VolunteerIds, ct), "ManageHelp.Offered", ct);

    public Task<IActionResult> OnPostOfferTopAsync(string id, CancellationToken ct) => ActAsync(
        id,
        async (r, region) =>
        {
            var top = await ranking.RankAsync(r, region, 3, ct);
            return top.Ranked.Count == 0 ? HelpOutcome.Invalid : await workflow.OfferAsync(r, region, top.Ranked.Select(c => c.VolunteerId).ToList(), ct);
        },
        "ManageHelp.Offered",
        ct);

    public Task<IActionResult> OnPostMessageAsync(string id, CancellationToken ct) => ActAsync(id, (r, _) => workflow.AddMessageAsync(r, MessageAuthor.Coordinator, User.UserId(), Text, ct), "Help.Track.MessageSent", ct);

    public Task<IActionResult> OnPostCancelAsync(string id, CancellationToken ct) => Confirmed
        ? ActAsync(id, (r, _) => workflow.CancelAsync(r, HelpActor.Coordinator, Reason, ct), "Help.Track.Cancelled", ct)
        : ConfirmAsync(id, "cancel", ct);

    public Task<IActionResult> OnPostUnmetAsync(string id, CancellationToken ct) => Confirmed
        ? ActAsync(id, (r, _) => workflow.MarkUnmetAsync(r, HelpActor.Coordinator, ct), "ManageHelp.MarkedUnmet", ct)
        : ConfirmAsync(id, "unmet", ct);

    public Task<IActionResult> OnPostMergeAsync(string id, CancellationToken ct) => !Confirmed && MergeInto is not null
        ? ConfirmAsync(id, "merge", ct)
        : ActAsync(
        id,
        async (r, _) => MergeInto is { } targetId && await db.HelpRequests.FirstOrDefaultAsync(x => x.Id == targetId, ct) is { } target
            ? await workflow.MergeAsync(r, target, ct)
            : HelpOutcome.Invalid,
        "ManageHelp.Merged",
        ct);

    public Task<IActionResult> OnPostDoneAsync(string id, CancellationToken ct) => ActAsync(
        id,
        async (r, _) => r.VolunteerId is { } v && Hours is { } hours && await db.Volunteers.FirstOrDefaultAsync(x => x.Id == v, ct) is { } volunteer
            ? await workflow.CompleteAsync(r, volunteer, HelpActor.Coordinator, hours, ct)
            : HelpOutcome.Invalid,
        "ManageHelp.MarkedDone",
        ct);

    /// <summary>
    /// Translates the request's text into the reader's language for this page only: through a provider the region
    /// marked private (never an external one, as it is personal data); not stored, not cached; the use is audited.
    /// </summary>
    public async Task<IActionResult> OnPostTranslateAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanTranslate)
        {
            Notice = "Machine.Error.NotPrivate";
            return Page();
        }

        var (text, problem) = await machine.TranslateTransientAsync(here.RequiredRegion, Item.RequesterLanguage, here.Language, Item.Description, Item.Id, User.UserId(), ct);
        TranslatedText = text;
        Notice = problem;
        audit.Record("help.text-translated", nameof(HelpRequest), Item.Id.ToString(), Item.RegionId, new { from = Item.RequesterLanguage, to = here.Language, ok = text is not null });
        await db.SaveChangesAsync(ct);
        return Page();
    }

    /// <summary>Shows the decrypted contact; every look is in the audit log.</summary>
    public async Task<IActionResult> OnPostRevealAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Contact = protector.Unprotect(Item.ContactCipher);
        audit.Record("help.contact-viewed", nameof(HelpRequest), Item.Id.ToString(), Item.RegionId);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    private async Task<IActionResult> ActAsync(string id, Func<HelpRequest, Regions.Region, Task<HelpOutcome>> action, string doneKey, CancellationToken ct)
    {
        var requestId = SignedInUser.RouteId(id);
        var request = requestId is null ? null : await db.HelpRequests.Include(r => r.Offers).Include(r => r.Messages).FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return NotFound();
        }

        var region = await db.CurrentRegionAsync(here, ct);
        var outcome = await action(request, region);
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        switch (outcome)
        {
            case HelpOutcome.Done:
                Notice = doneKey;
                break;
            case HelpOutcome.Invalid:
                // A field that did not bind (e.g. hours typed ambiguously) already says what is wrong.
                if (ModelState.IsValid)
                {
                    ModelState.AddModelError("", t["ManageHelp.Error.Invalid"]);
                }

                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            default:
                ModelState.AddModelError("", t["Help.Error.NotNow"]);
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
        }

        return Page();
    }

    /// <summary>The confirmation step of an action that cannot be undone; works without JavaScript (a second POST).</summary>
    private async Task<IActionResult> ConfirmAsync(string id, string action, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (action == "merge" && !MergeTargets.Any(m => m.Id == MergeInto))
        {
            ModelState.AddModelError(nameof(MergeInto), t["ManageHelp.Error.Invalid"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Confirming = action;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var requestId = SignedInUser.RouteId(id);
        var request = requestId is null ? null : await db.HelpRequests.AsNoTracking()
            .Include(r => r.Offers.OrderBy(o => o.OfferedAt))
            .Include(r => r.Messages.OrderBy(m => m.CreatedAt))
            .Include(r => r.Events.OrderBy(e => e.At))
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return false;
        }

        Item = request;
        CanTranslate = request.Description.Length > 0 && request.RequesterLanguage != here.Language &&
            await machine.SettingsAsync(request.RegionId, ct) is { IsPrivate: true } settings && machine.Offers(here.RequiredRegion, settings, request.RequesterLanguage, here.Language);
        Category ??= request.Category;
        Area ??= request.Area;
        NeedsVetting = request.NeedsVetting;
        Urgency ??= request.Urgency.ToString().ToLowerInvariant();
        if (Languages.Count == 0)
        {
            Languages = [.. request.Languages];
        }
        var region = await db.CurrentRegionAsync(here, ct);
        Areas = region.Areas;
        if (HelpWorkflow.CanMove(request.Status, HelpStatus.Offered, HelpActor.Coordinator))
        {
            var result = await ranking.RankAsync(request, region, CandidatesShown, ct);
            NeedsInterpreter = result.NeedsInterpreter;
            var names = await NamesAsync(result.Ranked.Select(r => r.VolunteerId), ct);
            Candidates = result.Ranked.Select(r => new Candidate(r, names.GetValueOrDefault(r.VolunteerId, "?"), MatchExplanation.Describe(r, t))).ToList();
        }

        var involved = request.Offers.Select(o => o.VolunteerId).Concat(request.Events.Where(e => e.VolunteerId != null).Select(e => e.VolunteerId!.Value));
        if (request.VolunteerId is { } assigned)
        {
            involved = involved.Append(assigned);
        }

        VolunteerNames = await NamesAsync(involved, ct);
        if (!request.IsClosed)
        {
            MergeTargets = (await db.HelpRequests.AsNoTracking()
                    .Where(r => r.Id != request.Id && r.Category == request.Category && r.Status != HelpStatus.Done && r.Status != HelpStatus.Cancelled && r.Status != HelpStatus.Unmet)
                    .OrderByDescending(r => r.CreatedAt).Take(20).Select(r => new { r.Id, r.CreatedAt, r.Description }).ToListAsync(ct))
                .Select(r => (r.Id, $"{r.Id.ToString()[^6..]} · {here.RequiredRegion.Time(r.CreatedAt)} · {Excerpt(r.Description, 60)}")).ToList();
        }

        return true;
    }

    /// <summary>The start of a request's text, for lists (whole words, with an ellipsis when cut).</summary>
    public static string Excerpt(string text, int length)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > length / 2 ? cut : length)] + "…";
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> volunteerIds, CancellationToken ct)
    {
        var ids = volunteerIds.Distinct().ToList();
        return await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id)).Select(v => new { v.Id, v.User!.DisplayName }).ToDictionaryAsync(v => v.Id, v => v.DisplayName, ct);
    }
}
