using System.Text;
using Involvim.Web.Features.Accounts;
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
/// Exchange with professional translation tools: download a language's missing and outdated segments of one kind as
/// XLIFF 2.0, upload the translated file. Segments are matched by their key and the hash of their source; an unknown
/// item or segment, a changed source, broken XML or an oversized file is refused with a report, and then nothing is
/// imported.
/// </summary>
[Authorize(Policy = Policies.RegionTranslation)]
// Twice the largest file, so that a file somewhat too large gets the page's report rather than a bare 413.
[RequestFormLimits(MultipartBodyLengthLimit = 2 * Xliff.MaxBytes)]
[RequestSizeLimit(2 * Xliff.MaxBytes)]
public sealed class ExchangeModel(AppDbContext db, TranslationDesk desk, RegionPermissions permissions, RegionContext here, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<(string From, string To)> Pairs { get; private set; } = [];

    public IReadOnlyList<string> KindCodes => desk.Kinds.Select(k => k.Code).ToList();

    /// <summary>What was wrong with an uploaded file, line by line; empty when there was nothing wrong.</summary>
    public IReadOnlyList<string> Report { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(string? pair, string? kind, string? done, CancellationToken ct)
    {
        await LoadAsync(ct);
        Message = done == "imported" ? t["Xliff.Imported"].Value : null;
        if (pair is null)
        {
            return Page();
        }

        var parts = pair.Split('-');
        if (parts.Length != 2 || !Pairs.Contains((parts[0], parts[1])) || desk.Kind(kind ?? "") is not { } k)
        {
            return NotFound();
        }

        var (from, to) = (parts[0], parts[1]);
        var items = (await k.PublishedAsync(db, here.RequiredRegion, ct))
            .Where(i => i.Texts.SourceLanguage == from)
            .Select(i => (i, (IReadOnlyList<SegmentView>)ContentTranslations.View(i.Texts.Rows, to).Where(v => !v.IsCurrent).ToList()))
            .Where(x => x.Item2.Count > 0)
            .ToList();
        var document = Xliff.Write(from, to, items);
        var bytes = Encoding.UTF8.GetBytes(document.Declaration + "\n" + document.ToString());
        return File(bytes, "application/xliff+xml", $"{here.RequiredRegion.Slug}-{k.Code}-{from}-{to}.xlf");
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var report = new List<string>();
        if (Upload is null || Upload.Length == 0)
        {
            return Refuse([t["Xliff.Error.NoFile"]]);
        }

        if (Upload.Length > Xliff.MaxBytes)
        {
            return Refuse([t["Xliff.Error.TooLarge", Xliff.MaxBytes / 1024 / 1024]]);
        }

        await using var stream = Upload.OpenReadStream();
        var (from, to, units, problem) = Xliff.Read(stream);
        if (problem is not null)
        {
            return Refuse([t[problem]]);
        }

        if (from is null || to is null || !Pairs.Contains((from, to)))
        {
            return Refuse([t["Xliff.Error.Pair", from ?? "?", to ?? "?"]]);
        }

        var kinds = units.Select(u => u.File.Split(':')[0]).Distinct().ToList();
        if (kinds.Count != 1 || desk.Kind(kinds[0]) is not { } kind)
        {
            return Refuse([units.Count == 0 ? t["Xliff.Error.Empty"] : t["Xliff.Error.OneKind"]]);
        }

        var region = here.RequiredRegion;
        var me = User.UserId();
        var claims = await desk.ClaimsAsync(region.Id, to, me, ct);
        var writes = new List<(TranslatableItem Item, List<(string Key, string Text)> Segments)>();
        foreach (var group in units.GroupBy(u => u.File))
        {
            var id = Guid.TryParse(group.Key.Split(':').ElementAtOrDefault(1), out var g) ? g : Guid.Empty;
            var item = id == Guid.Empty ? null : await kind.LoadAsync(db, region, id, ct);
            if (item is null || item.Texts.SourceLanguage != from)
            {
                report.Add(t["Xliff.Error.UnknownItem", group.Key]);
                continue;
            }

            if (claims.TryGetValue((kind.Code, item.Id), out var claim) && !claim.Mine)
            {
                report.Add(t["Xliff.Error.Claimed", item.Title(from), claim.Name]);
                continue;
            }

            var view = ContentTranslations.View(item.Texts.Rows, to).ToDictionary(v => v.Key);
            var fields = item.Texts.Rows.First().Fields().ToDictionary(f => f.Name);
            var segments = new List<(string Key, string Text)>();
            foreach (var unit in group)
            {
                if (!view.TryGetValue(unit.Unit, out var segment))
                {
                    report.Add(t["Xliff.Error.UnknownUnit", unit.Unit, item.Title(from)]);
                }
                else if (unit.SourceHash != TextSegments.Hash(segment.Source))
                {
                    report.Add(t["Xliff.Error.SourceChanged", t[$"Desk.Field.{segment.Field}"], item.Title(from), Excerpt(unit.Source)]);
                }
                else if (unit.Target.Trim().Length > fields[segment.Field].MaxLength)
                {
                    report.Add(t["Xliff.Error.TooLong", t[$"Desk.Field.{segment.Field}"], item.Title(from)]);
                }
                else if (kind.Check(segment.Field, unit.Target) is { } bad)
                {
                    report.Add($"{item.Title(from)}: {t[bad]}");
                }
                else
                {
                    segments.Add((unit.Unit, unit.Target));
                }
            }

            writes.Add((item, segments));
        }

        if (report.Count > 0)
        {
            return Refuse(report);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var done = new List<(TranslatableItem, object)>();
        foreach (var (item, segments) in writes.Where(w => w.Segments.Count > 0))
        {
            var row = item.Texts.Translate(to, segments, TranslationStatus.Human, me, now);
            if (row.Fields().Any(f => row.GetText(f.Name)?.Length > f.MaxLength))
            {
                return Refuse([t["Xliff.Error.TooLong", "", item.Title(from)]]);
            }

            await TranslationMemory.LearnAsync(db, region.Id, item.Texts, now, ct);
            TranslationWorkLog.Record(db, region.Id, me, kind.Code, item.Id, to, TranslationWork.Imported, segments.Count, null, now);
            done.Add((item, new { language = to, segments = segments.Count, via = "xliff" }));
        }

        if (done.Count > 0)
        {
            await kind.CommitManyAsync(region, done, "translated", me, ct);
        }

        return Redirect(here.To("manage/translations/xliff") + "?done=imported");
    }

    private IActionResult Refuse(IReadOnlyList<string> report)
    {
        Report = report;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private async Task LoadAsync(CancellationToken ct) => Pairs = await desk.PairsAsync(here.RequiredRegion, await permissions.GetAsync(ct), ct);
}
