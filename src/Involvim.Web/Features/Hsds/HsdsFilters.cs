using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Involvim.Web.Features.Hsds;

/// <summary>Query parameters of <c>/services</c> and <c>/service_at_locations</c> (HSDS API; all filters combine with AND).</summary>
internal sealed record ServiceListQuery(
    [FromQuery(Name = "search")] string? Search,
    [FromQuery(Name = "taxonomy_term_id")] string? TaxonomyTermId,
    [FromQuery(Name = "taxonomy_id")] string? TaxonomyId,
    [FromQuery(Name = "organization_id")] string? OrganizationId,
    [FromQuery(Name = "modified_after")] string? ModifiedAfter,
    [FromQuery(Name = "full")] string? Full,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "per_page")] string? PerPage,
    [FromQuery(Name = "format")] string? Format,
    [FromQuery(Name = "lang")] string? Lang);

/// <summary>Query parameters of <c>/organizations</c>.</summary>
internal sealed record OrganizationListQuery(
    [FromQuery(Name = "search")] string? Search,
    [FromQuery(Name = "full_service")] string? FullService,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "per_page")] string? PerPage,
    [FromQuery(Name = "format")] string? Format,
    [FromQuery(Name = "lang")] string? Lang);

/// <summary>Query parameters of <c>/taxonomies</c>.</summary>
internal sealed record TaxonomyListQuery(
    [FromQuery(Name = "search")] string? Search,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "per_page")] string? PerPage,
    [FromQuery(Name = "format")] string? Format,
    [FromQuery(Name = "lang")] string? Lang);

/// <summary>Query parameters of <c>/taxonomy_terms</c>.</summary>
internal sealed record TaxonomyTermListQuery(
    [FromQuery(Name = "search")] string? Search,
    [FromQuery(Name = "taxonomy_id")] string? TaxonomyId,
    [FromQuery(Name = "parent_id")] string? ParentId,
    [FromQuery(Name = "top_only")] string? TopOnly,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "per_page")] string? PerPage,
    [FromQuery(Name = "format")] string? Format,
    [FromQuery(Name = "lang")] string? Lang);

/// <summary>
/// Reads the HSDS query parameters strictly: the first value that is not what the spec says stops the request
/// with a 400 and a sentence naming the parameter. Absent or empty parameters are no filter.
/// </summary>
internal sealed class HsdsFilterReader
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 100;
    public const int MaxSearchLength = 200;

    public string? Problem { get; private set; }

    public int Page { get; private set; } = 1;

    public int PerPage { get; private set; } = DefaultPerPage;

    public void Paging(string? page, string? perPage, string? format)
    {
        if (!string.IsNullOrEmpty(page))
        {
            if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                Fail($"page must be a whole number of 1 or more, not '{Short(page)}'.");
            }
            else
            {
                Page = number;
            }
        }

        if (!string.IsNullOrEmpty(perPage))
        {
            if (!int.TryParse(perPage, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > MaxPerPage)
            {
                Fail($"per_page must be a whole number from 1 to {MaxPerPage}, not '{Short(perPage)}'.");
            }
            else
            {
                PerPage = number;
            }
        }

        if (!string.IsNullOrEmpty(format) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            Fail($"format '{Short(format)}' is not supported; only json is.");
        }
    }

    public string? Search(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > MaxSearchLength)
        {
            Fail($"search must be at most {MaxSearchLength} characters.");
            return null;
        }

        return text;
    }

    public Guid? Uuid(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!IsUuid(value, out var id))
        {
            Fail($"{name} must be a UUID (like 3fa85f64-5717-4562-b3fc-2c963f66afa6), not '{Short(value)}'.");
            return null;
        }

        return id;
    }

    /// <summary>RFC 3339 date-time (an offset or Z; without one it is read as UTC) or a plain date (its start, UTC).</summary>
    public DateTime? DateTimeValue(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }

        if (value.Length >= 19 && value[10] is 'T' or 't' &&
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
        {
            return moment.UtcDateTime;
        }

        Fail($"{name} must be a date-time like 2026-01-31T08:00:00Z or a date like 2026-01-31, not '{Short(value)}'.");
        return null;
    }

    public bool Flag(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        Fail($"{name} must be true or false, not '{Short(value)}'.");
        return false;
    }

    /// <summary>A path id: a UUID in its usual 8-4-4-4-12 form.</summary>
    public static bool IsUuid(string value, out Guid id) => Guid.TryParseExact(value, "D", out id);

    private void Fail(string problem) => Problem ??= problem;

    private static string Short(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

/// <summary>Paging of an already filtered, ordered sequence into an HSDS <c>Page</c>.</summary>
internal static class HsdsPaging
{
    public static HsdsPage<T> Page<T>(IReadOnlyList<T> contents, int total, int page, int perPage)
    {
        var totalPages = (int)Math.Ceiling(total / (double)perPage);
        return new HsdsPage<T>
        {
            TotalItems = total,
            TotalPages = totalPages,
            PageNumber = page,
            Size = contents.Count,
            FirstPage = page == 1,
            LastPage = page >= totalPages,
            Empty = contents.Count == 0,
            Contents = contents,
        };
    }

    public static int Skip(int page, int perPage) => (int)Math.Min(int.MaxValue, (long)(page - 1) * perPage);
}
