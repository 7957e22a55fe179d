using System.Globalization;
using CsvHelper;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Manage;

/// <summary>
/// The region's audit log for its coordinators: each entry in words in the reader's language, the details on demand,
/// filters by person, kind of action and date, a CSV download of what the filters show, and a check of the hash chain.
/// </summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class AuditModel(AppDbContext db, RegionContext here, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The most rows one CSV download holds.</summary>
    public const int MaxCsvRows = 5000;

    public IReadOnlyList<AuditLine> Lines { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    public long? NextBefore { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Actors { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "person")]
    public Guid? Person { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    public bool Filtered => Person is not null || Kind is not null || From is not null || To is not null;

    public async Task<IActionResult> OnGetAsync(long? before, bool verify, string? format, CancellationToken ct)
    {
        // A filter value that does not bind (a date typed wrongly) is shown as an error, not ignored silently.
        Kind = AuditFilter.Groups.Contains(Kind) ? Kind : null;
        var filter = new AuditFilter(Person, Kind, From, To);
        if (string.Equals(format, "csv", StringComparison.Ordinal) && ModelState.IsValid)
        {
            return Csv(await AuditQueries.PageAsync(db, here.RequiredRegion, here.Language, filter, null, MaxCsvRows, t, ct));
        }

        Actors = await AuditQueries.ActorsAsync(db, here.RequiredRegion.Id, ct);
        Lines = await AuditQueries.PageAsync(db, here.RequiredRegion, here.Language, filter, before, AuditQueries.PageSize, t, ct);
        NextBefore = Lines.Count == AuditQueries.PageSize ? Lines[^1].Sequence : null;
        if (verify)
        {
            Verification = await AuditQueries.VerifyAsync(db, ct);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    /// <summary>The same address with other parameters (paging, CSV), keeping the filters.</summary>
    public string With(long? before = null, string? format = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["person"] = Person?.ToString(),
            ["kind"] = Kind,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["before"] = before?.ToString(CultureInfo.InvariantCulture),
            ["format"] = format,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Infrastructure.Web.RegionUrls.To(here.RequiredRegion.Slug, here.Language, "manage/audit"), query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    private FileContentResult Csv(IReadOnlyList<AuditLine> lines)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer))
        {
            foreach (var header in new[] { "sequence", "time", "person", "what", "action", "record_type", "record_id", "details" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var line in lines)
            {
                csv.WriteField(line.Sequence.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(here.RequiredRegion.Local(line.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                csv.WriteField(line.Actor ?? t["Manage.Audit.System"].Value);
                csv.WriteField(line.Text);
                csv.WriteField(line.Action);
                csv.WriteField(line.EntityType);
                csv.WriteField(line.EntityId ?? "");
                csv.WriteField(line.Details ?? "");
                csv.EndRecord();
            }
        }

        Response.Headers.CacheControl = "no-store";
        return File(buffer.ToArray(), "text/csv; charset=utf-8", $"audit-{here.RequiredRegion.Slug}-{DateTime.UtcNow:yyyyMMdd}.csv");
    }
}
