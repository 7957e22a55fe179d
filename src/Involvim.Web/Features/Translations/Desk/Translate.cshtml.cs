using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Translations.Machine;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Translations.Desk;

/// <summary>
/// Translating one item into one language, segment by segment: the source, what changed in it since the last
/// translation, the translation now and a suggestion from the region's memory, side by side. Saving needs the
/// item's claim (taken on the first save when nobody holds it); a second person marks translations reviewed.
/// </summary>
[Authorize(Policy = Policies.RegionTranslation)]
public sealed class TranslateModel(AppDbContext db, TranslationDesk desk, MachineTranslation machine, RegionPermissions permissions, RegionContext here, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record SegmentRow(SegmentView View, TextField Field, IReadOnlyList<DiffPiece>? Diff, MemoryMatch? Suggestion, string? Machine, string Posted);

    [BindProperty]
    public Dictionary<string, string?> Text { get; set; } = [];

    /// <summary>Segments whose suggestion the translator takes (when its box is left empty).</summary>
    [BindProperty]
    public List<string> Use { get; set; } = [];

    /// <summary>Segments whose machine suggestion the translator takes (when its box is left empty).</summary>
    [BindProperty]
    public List<string> UseMachine { get; set; } = [];

    /// <summary>Outdated segments whose translation the translator confirms unchanged.</summary>
    [BindProperty]
    public List<string> Confirm { get; set; } = [];

    /// <summary>Segments a reviewer marks reviewed.</summary>
    [BindProperty]
    public List<string> Approve { get; set; } = [];

    /// <summary>Time the translator or reviewer spent, in hours (optional; counts as volunteer hours).</summary>
    [BindProperty]
    public decimal? Hours { get; set; }

    public TranslatableItem? Item { get; private set; }

    public string Kind { get; private set; } = "";

    public string Target { get; private set; } = "";

    public string Source { get; private set; } = "";

    public string Title { get; private set; } = "";

    public IReadOnlyList<SegmentRow> Rows { get; private set; } = [];

    public ClaimView? Claim { get; private set; }

    public TranslationProgress Progress { get; private set; } = TranslationProgress.None;

    public string? Message { get; private set; }

    public bool CanReviewAny => Rows.Any(r => CanReview(r.View));

    public bool IsCoordinator { get; private set; }

    /// <summary>The region has a provider for this language pair.</summary>
    public bool MachineAvailable { get; private set; }

    /// <summary>The region lets machine drafts be saved (and published) unchecked.</summary>
    public bool MachineDrafts { get; private set; }

    public bool NearBudget { get; private set; }

    private MachineTranslationSettings? Settings { get; set; }

    public string Path => here.To($"manage/translations/{Kind}/{Item?.Id}/{Target}");

    public bool CanReview(SegmentView v) => v.IsCurrent && v.Status != TranslationStatus.Reviewed && v.By != Me;

    private Guid Me => User.UserId();

    public async Task<IActionResult> OnGetAsync(string kind, Guid id, string to, string? done, CancellationToken ct)
    {
        var found = await LoadAsync(kind, id, to, ct);
        if (found is not null)
        {
            return found;
        }

        Message = done is "claimed" or "released" or "saved" or "nothing" or "reviewed" or "machine" or "drafted" ? t[$"Desk.Done.{done}"].Value : null;
        await FillAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostClaimAsync(string kind, Guid id, string to, CancellationToken ct)
    {
        var found = await LoadAsync(kind, id, to, ct);
        if (found is not null)
        {
            return found;
        }

        return await desk.TakeAsync(here.RequiredRegion.Id, Kind, id, Target, Me, ct)
            ? Redirect(Path + "?done=claimed")
            : await ProblemAsync("Desk.Error.Claimed", ct);
    }

    public async Task<IActionResult> OnPostReleaseAsync(string kind, Guid id, string to, CancellationToken ct)
    {
        var found = await LoadAsync(kind, id, to, ct);
        if (found is not null)
        {
            return found;
        }

        await desk.ReleaseAsync(here.RequiredRegion.Id, Kind, id, Target, Me, IsCoordinator, ct);
        return Redirect(Path + "?done=released");
    }

    public async Task<IActionResult> OnPostSaveAsync(string kind, Guid id, string to, CancellationToken ct)
    {
        var found = await LoadAsync(kind, id, to, ct);
        if (found is not null)
        {
            return found;
        }

        var region = here.RequiredRegion;
        if (Claim is { Mine: false })
        {
            return await ProblemAsync("Desk.Error.Claimed", ct);
        }

        var view = ContentTranslations.View(Item!.Texts.Rows, Target);
        var suggestions = await TranslationMemory.SuggestAsync(db, region.Id, Source, Target, view.Select(v => v.Source).ToList(), ct);
        var machined = await CachedMachineAsync(view, ct);
        var fields = Item.Texts.Rows.First().Fields().ToDictionary(f => f.Name);
        var writes = new List<(string Key, string Text)>();
        foreach (var v in view)
        {
            // A segment the form did not send is left as it is (a browser always sends every box, even an emptied one).
            if (!Text.TryGetValue(v.Key, out var sent) && !Use.Contains(v.Key) && !UseMachine.Contains(v.Key) && !Confirm.Contains(v.Key))
            {
                continue;
            }

            var posted = (sent ?? (Confirm.Contains(v.Key) ? v.Translation : null) ?? "").Trim();
            if (posted.Length == 0 && Use.Contains(v.Key) && suggestions.TryGetValue(TextSegments.Hash(v.Source), out var s))
            {
                posted = s.Text;
            }

            if (posted.Length == 0 && UseMachine.Contains(v.Key) && machined.TryGetValue(TextSegments.Hash(v.Source), out var m))
            {
                posted = m;
            }

            var same = v.Translation is not null && TextSegments.Normalize(posted) == TextSegments.Normalize(v.Translation);
            if ((posted.Length == 0 && v.Translation is null) || (same && !(v.IsOutdated && Confirm.Contains(v.Key))))
            {
                continue;
            }

            var field = fields[v.Field];
            if (posted.Length > field.MaxLength)
            {
                ModelState.AddModelError($"Text[{v.Key}]", t["Validation.TooLong"]);
            }
            else if (posted.Length > 0 && desk.Kind(Kind)!.Check(v.Field, posted) is { } problem)
            {
                ModelState.AddModelError($"Text[{v.Key}]", t[problem]);
            }

            writes.Add((v.Key, posted));
        }

        CheckHours();
        if (ModelState.IsValid && writes.Count == 0)
        {
            return Redirect(Path + "?done=nothing");
        }

        // The claim first (its own small commit), so that the translation, its audit and the change log are one.
        if (ModelState.IsValid && Claim is null && !await desk.TakeAsync(region.Id, Kind, id, Target, Me, ct))
        {
            return await ProblemAsync("Desk.Error.Claimed", ct);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (ModelState.IsValid)
        {
            var row = Item.Texts.Translate(Target, writes, TranslationStatus.Human, Me, now);
            foreach (var field in fields.Values.Where(f => row.GetText(f.Name)?.Length > f.MaxLength))
            {
                ModelState.AddModelError("", t["Desk.Error.FieldTooLong", t[$"Desk.Field.{field.Name}"]]);
            }
        }

        if (!ModelState.IsValid)
        {
            // Nothing is saved: this request's unit of work is dropped with the page.
            await FillAsync(Text, ct);
            return Page();
        }

        await TranslationMemory.LearnAsync(db, region.Id, Item.Texts, now, ct);
        TranslationWorkLog.Record(db, region.Id, Me, Kind, Item.Id, Target, TranslationWork.Translated, writes.Count, Hours, now);
        await desk.Kind(Kind)!.CommitAsync(region, Item, "translated", new { language = Target, segments = writes.Count, hours = Hours }, Me, ct);
        return Redirect(Path + "?done=saved");
    }

    /// <summary>Asks the region's provider for the parts that are missing or outdated (within the budget); the suggestions are kept by source hash and shown.</summary>
    public async Task<IActionResult> OnPostMachineAsync(string kind, Guid id, string to, CancellationToken ct)
    {
        var found = await LoadAsync(kind, id, to, ct);
        if (found is not null)
        {
            return found;
        }

        var open = ContentTranslations.View(Item!.Texts.Rows, Target).Where(v => !v.IsCurrent).Select(v => v.Source).ToList();
        var outcome = await machine.TranslateSegmentsAsync(here.RequiredRegion, Source, Target, open, Kind, Item.Id, Me, ct);
        return outcome.Problem is { } problem ? await ProblemAsync(problem, ct) : Redirect(Path + "?done=machine");
    }

    /// <summary>
    /// Saves machine drafts for every missing part (only where the region allows publishing drafts): they are public at
    /// once, marked as machine translated, and wait in the queue for a person to check them.
    /// </summary>
    public async Task<IActionResult> OnPostDraftAsync(string kind, Guid id, string to, CancellationToken ct)
    {
        var found = await LoadAsync(kind, id, to, ct);
        if (found is not null)
        {
            return found;
        }

        if (!MachineDrafts)
        {
            return await ProblemAsync("Machine.Error.DraftsOff", ct);
        }

        if (Claim is { Mine: false })
        {
            return await ProblemAsync("Desk.Error.Claimed", ct);
        }

        var missing = ContentTranslations.View(Item!.Texts.Rows, Target).Where(v => v.IsMissing).ToList();
        var outcome = await machine.TranslateSegmentsAsync(here.RequiredRegion, Source, Target, missing.Select(v => v.Source).ToList(), Kind, Item.Id, Me, ct);
        var drafts = missing.Where(v => outcome.Translations.ContainsKey(TextSegments.Hash(v.Source))).Select(v => (v.Key, outcome.Translations[TextSegments.Hash(v.Source)])).ToList();
        if (drafts.Count == 0)
        {
            return await ProblemAsync(outcome.Problem ?? "Machine.Error.NothingMissing", ct);
        }

        if (Claim is null && !await desk.TakeAsync(here.RequiredRegion.Id, Kind, id, Target, Me, ct))
        {
            return await ProblemAsync("Desk.Error.Claimed", ct);
        }

        Item.Texts.Translate(Target, drafts, TranslationStatus.Machine, null, clock.GetUtcNow().UtcDateTime);
        await desk.Kind(Kind)!.CommitAsync(here.RequiredRegion, Item, "translation.drafted", new { language = Target, segments = drafts.Count, by = Me }, Me, ct);
        return Redirect(Path + "?done=drafted");
    }

    public async Task<IActionResult> OnPostReviewAsync(string kind, Guid id, string to, CancellationToken ct)
    {
        var found = await LoadAsync(kind, id, to, ct);
        if (found is not null)
        {
            return found;
        }

        CheckHours();
        if (!ModelState.IsValid)
        {
            await FillAsync(null, ct);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var reviewed = Item!.Texts.Approve(Target, Approve, Me, now);
        if (reviewed == 0)
        {
            return await ProblemAsync("Desk.Error.NothingToReview", ct);
        }

        await TranslationMemory.LearnAsync(db, here.RequiredRegion.Id, Item.Texts, now, ct);
        TranslationWorkLog.Record(db, here.RequiredRegion.Id, Me, Kind, Item.Id, Target, TranslationWork.Reviewed, reviewed, Hours, now);
        await desk.Kind(Kind)!.CommitAsync(here.RequiredRegion, Item, "translation.reviewed", new { language = Target, segments = reviewed, hours = Hours }, Me, ct);
        return Redirect(Path + "?done=reviewed");
    }

    /// <summary>Null when the page may be shown; otherwise 404 (no such item here, or a language the region does not offer) or 403 (not this person's language pair).</summary>
    private async Task<IActionResult?> LoadAsync(string kind, Guid id, string to, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        if (desk.Kind(kind) is not { } k || !region.Offers(to))
        {
            return NotFound();
        }

        Kind = k.Code;
        Target = to;
        Item = await k.LoadAsync(db, region, id, ct);
        if (Item?.Texts.SourceLanguage is not { } source || source == to)
        {
            return NotFound();
        }

        Source = source;
        var access = await permissions.GetAsync(ct);
        IsCoordinator = access.CanPublish;
        if (!(await desk.PairsAsync(region, access, ct)).Contains((source, to)))
        {
            return Forbid();
        }

        Title = Item.Title(source);
        Claim = await desk.ClaimAsync(region.Id, Kind, id, Target, Me, ct);
        Settings = await machine.SettingsAsync(region.Id, ct);
        MachineAvailable = machine.Offers(region, Settings, source, to);
        MachineDrafts = MachineAvailable && Settings!.PublishMachineDrafts;
        return null;
    }

    /// <summary>Machine suggestions already paid for (kept by source hash) for the parts that are not current: free to show.</summary>
    private async Task<IReadOnlyDictionary<string, string>> CachedMachineAsync(IReadOnlyList<SegmentView> view, CancellationToken ct) =>
        MachineAvailable
            ? await machine.CachedAsync(here.RequiredRegion.Id, Settings!.Provider, Source, Target, view.Where(v => !v.IsCurrent).Select(v => TextSegments.Hash(v.Source)).Distinct().ToList(), ct)
            : new Dictionary<string, string>();

    /// <summary>Hours, when given, are more than none and at most a long day (a typed number the binder could not read is its error already).</summary>
    private void CheckHours()
    {
        if (Hours is { } h && (h <= 0 || h > TranslationWork.MaxHours))
        {
            ModelState.AddModelError(nameof(Hours), t["Desk.Error.Hours", TranslationWork.MaxHours]);
        }
    }

    private async Task<IActionResult> ProblemAsync(string key, CancellationToken ct)
    {
        ModelState.AddModelError("", t[key]);
        await FillAsync(Text, ct);
        return Page();
    }

    private async Task FillAsync(IReadOnlyDictionary<string, string?>? posted, CancellationToken ct)
    {
        var view = ContentTranslations.View(Item!.Texts.Rows, Target);
        var fields = Item.Texts.Rows.First().Fields().ToDictionary(f => f.Name);
        var open = view.Where(v => !v.IsCurrent).Select(v => v.Source).ToList();
        var suggestions = await TranslationMemory.SuggestAsync(db, here.RequiredRegion.Id, Source, Target, open, ct);
        var machined = await CachedMachineAsync(view, ct);
        Progress = ContentTranslations.Progress(Item.Texts.Rows, Target);
        if (Settings is not null)
        {
            NearBudget = (await machine.UsageAsync(here.RequiredRegion.Id, Settings.MonthlyCharacterBudget, ct)).NearBudget;
        }

        Rows = view.Select(v => new SegmentRow(
            v,
            fields[v.Field],
            v.IsOutdated && v.TranslatedFrom is { } from ? TranslationDesk.Diff(from, v.Source) : null,
            v.IsCurrent ? null : suggestions.GetValueOrDefault(TextSegments.Hash(v.Source)),
            v.IsCurrent ? null : machined.GetValueOrDefault(TextSegments.Hash(v.Source)),
            posted?.GetValueOrDefault(v.Key) ?? v.Translation ?? "")).ToList();
    }
}
