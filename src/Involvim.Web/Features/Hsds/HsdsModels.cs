using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Involvim.Web.Features.Hsds;

// The HSDS 3.0 objects as Involvim reads and writes them: only the fields we map (docs in HsdsMapping). The same
// types are the API's answers and the importer's input; names are the spec's snake_case, absent values are left out
// (the schemas type them as plain strings and numbers, not nullable).

/// <summary>A list answer (HSDS <c>Page</c>).</summary>
internal sealed class HsdsPage<T>
{
    [JsonPropertyName("total_items")]
    public int TotalItems { get; init; }

    [JsonPropertyName("total_pages")]
    public int TotalPages { get; init; }

    [JsonPropertyName("page_number")]
    public int PageNumber { get; init; }

    /// <summary>The number of entities in this page.</summary>
    [JsonPropertyName("size")]
    public int Size { get; init; }

    [JsonPropertyName("first_page")]
    public bool FirstPage { get; init; }

    [JsonPropertyName("last_page")]
    public bool LastPage { get; init; }

    [JsonPropertyName("empty")]
    public bool Empty { get; init; }

    [JsonPropertyName("contents")]
    public IReadOnlyList<T> Contents { get; init; } = [];
}

/// <summary>The answer of <c>GET /</c>.</summary>
internal sealed class HsdsRoot
{
    [JsonPropertyName("version")]
    public string Version { get; init; } = "3.0";

    [JsonPropertyName("profile")]
    public string Profile { get; init; } = "";

    [JsonPropertyName("openapi_url")]
    public string OpenApiUrl { get; init; } = "";
}

internal sealed class HsdsService
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("organization_id")]
    public string? OrganizationId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("application_process")]
    public string? ApplicationProcess { get; set; }

    [JsonPropertyName("fees_description")]
    public string? FeesDescription { get; set; }

    [JsonPropertyName("eligibility_description")]
    public string? EligibilityDescription { get; set; }

    /// <summary>ISO date (YYYY-MM-DD).</summary>
    [JsonPropertyName("assured_date")]
    public string? AssuredDate { get; set; }

    /// <summary>RFC 3339 date-time in UTC with milliseconds.</summary>
    [JsonPropertyName("last_modified")]
    public string? LastModified { get; set; }

    [JsonPropertyName("phones")]
    public List<HsdsPhone>? Phones { get; set; }

    [JsonPropertyName("schedules")]
    public List<HsdsSchedule>? Schedules { get; set; }

    [JsonPropertyName("service_at_locations")]
    public List<HsdsServiceAtLocation>? ServiceAtLocations { get; set; }

    [JsonPropertyName("languages")]
    public List<HsdsLanguage>? Languages { get; set; }

    [JsonPropertyName("organization")]
    public HsdsOrganization? Organization { get; set; }

    [JsonPropertyName("cost_options")]
    public List<HsdsCostOption>? CostOptions { get; set; }

    [JsonPropertyName("attributes")]
    public List<HsdsAttribute>? Attributes { get; set; }
}

internal sealed class HsdsOrganization
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("website")]
    public string? Website { get; set; }

    [JsonPropertyName("phones")]
    public List<HsdsPhone>? Phones { get; set; }

    /// <summary>Only in <c>GET /organizations/{id}</c>: the organisation's published services.</summary>
    [JsonPropertyName("services")]
    public List<HsdsService>? Services { get; set; }
}

internal sealed class HsdsPhone
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("service_id")]
    public string? ServiceId { get; set; }

    [JsonPropertyName("organization_id")]
    public string? OrganizationId { get; set; }

    [JsonPropertyName("number")]
    public string? Number { get; set; }
}

internal sealed class HsdsLanguage
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("service_id")]
    public string? ServiceId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>ISO 639-1 (or 639-3) code.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }
}

internal sealed class HsdsCostOption
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("service_id")]
    public string? ServiceId { get; set; }

    [JsonPropertyName("option")]
    public string? Option { get; set; }

    [JsonPropertyName("amount")]
    public decimal? Amount { get; set; }
}

internal sealed class HsdsSchedule
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("service_id")]
    public string? ServiceId { get; set; }

    /// <summary>ISO date; with <see cref="ValidTo"/> the dates of an exception to the weekly hours.</summary>
    [JsonPropertyName("valid_from")]
    public string? ValidFrom { get; set; }

    [JsonPropertyName("valid_to")]
    public string? ValidTo { get; set; }

    [JsonPropertyName("freq")]
    public string? Freq { get; set; }

    [JsonPropertyName("interval")]
    public decimal? Interval { get; set; }

    /// <summary>Comma-separated MO,TU,WE,TH,FR,SA,SU.</summary>
    [JsonPropertyName("byday")]
    public string? ByDay { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>HH:MM:SS, local time of the region.</summary>
    [JsonPropertyName("opens_at")]
    public string? OpensAt { get; set; }

    [JsonPropertyName("closes_at")]
    public string? ClosesAt { get; set; }

    [JsonPropertyName("notes")]
    public string? Notes { get; set; }
}

internal sealed class HsdsServiceAtLocation
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("service_id")]
    public string? ServiceId { get; set; }

    [JsonPropertyName("location_id")]
    public string? LocationId { get; set; }

    [JsonPropertyName("location")]
    public HsdsLocation? Location { get; set; }

    /// <summary>Only in <c>/service_at_locations</c>: the service offered here (one-to-one fields).</summary>
    [JsonPropertyName("service")]
    public HsdsService? Service { get; set; }
}

internal sealed class HsdsLocation
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("location_type")]
    public string? LocationType { get; set; }

    [JsonPropertyName("organization_id")]
    public string? OrganizationId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("latitude")]
    public double? Latitude { get; set; }

    [JsonPropertyName("longitude")]
    public double? Longitude { get; set; }

    [JsonPropertyName("addresses")]
    public List<HsdsAddress>? Addresses { get; set; }
}

internal sealed class HsdsAddress
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("location_id")]
    public string? LocationId { get; set; }

    [JsonPropertyName("address_1")]
    public string? Address1 { get; set; }

    [JsonPropertyName("address_2")]
    public string? Address2 { get; set; }

    [JsonPropertyName("city")]
    public string? City { get; set; }

    [JsonPropertyName("state_province")]
    public string? StateProvince { get; set; }

    [JsonPropertyName("postal_code")]
    public string? PostalCode { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    [JsonPropertyName("address_type")]
    public string? AddressType { get; set; }
}

internal sealed class HsdsAttribute
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("link_id")]
    public string? LinkId { get; set; }

    [JsonPropertyName("link_entity")]
    public string? LinkEntity { get; set; }

    [JsonPropertyName("taxonomy_term_id")]
    public string? TaxonomyTermId { get; set; }

    [JsonPropertyName("taxonomy_term")]
    public HsdsTaxonomyTerm? TaxonomyTerm { get; set; }
}

internal sealed class HsdsTaxonomy
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }
}

internal sealed class HsdsTaxonomyTerm
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("taxonomy")]
    public string? Taxonomy { get; set; }

    [JsonPropertyName("taxonomy_detail")]
    public HsdsTaxonomy? TaxonomyDetail { get; set; }

    /// <summary>The language of <see cref="Name"/> and <see cref="Description"/>.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    [JsonPropertyName("taxonomy_id")]
    public string? TaxonomyId { get; set; }
}

/// <summary>How HSDS JSON is written and read: snake_case names from the attributes, nothing for absent values.</summary>
internal static class HsdsJson
{
    public static readonly JsonSerializerOptions Options = Create(indented: false);

    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented) => new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = indented,
        // Letters of every script as they are (Cyrillic, Arabic, Devanagari), not \uXXXX.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        NumberHandling = JsonNumberHandling.Strict,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };
}
