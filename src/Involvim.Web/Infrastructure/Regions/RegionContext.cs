using Involvim.Web.Infrastructure.Localization;

namespace Involvim.Web.Infrastructure.Regions;

/// <summary>
/// What every page needs to know about its region; a cached, read-only copy of the region row. It also carries the
/// help settings a submission needs (areas, auto-offer), so a burst of submissions reads no region row (ADR 0012).
/// </summary>
public sealed record RegionSnapshot(
    Guid Id,
    string Slug,
    string DefaultLanguage,
    IReadOnlyList<string> EnabledLanguages,
    string TimeZone,
    IReadOnlyDictionary<string, string> Names,
    string? ContactEmail,
    string? ContactPhone,
    bool IsDemo,
    bool IsActive,
    IReadOnlyList<string> Areas,
    bool AutoOffer,
    int RetentionDays = 180,
    int AnswerWithinDays = 2)
{
    /// <summary>The region's name in a language, with the content fallback chain (language → default → English → any).</summary>
    public string NameIn(string language) =>
        Names.TryGetValue(language, out var name) ? name
        : Names.TryGetValue(DefaultLanguage, out name) ? name
        : Names.TryGetValue("en", out name) ? name
        : Names.Values.FirstOrDefault() ?? Slug;

    public bool Offers(string language) => EnabledLanguages.Contains(language, StringComparer.OrdinalIgnoreCase);

    public TimeZoneInfo TimeZoneInfo =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var tz) ? tz : TimeZoneInfo.Utc;

    /// <summary>A stored (UTC) time as the region's clocks show it; never the server's own time zone.</summary>
    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo);

    /// <summary>Date and time in the region's time zone, in the page's culture (short format).</summary>
    public string Time(DateTime utc) => Local(utc).ToString("g", System.Globalization.CultureInfo.CurrentCulture);
}

/// <summary>The region and language of the current request, set from the route by the region middleware.</summary>
public sealed class RegionContext
{
    public RegionSnapshot? Region { get; private set; }

    public string Language { get; private set; } = UiLanguages.Fallback;

    public Guid? RegionId => Region?.Id;

    public RegionSnapshot RequiredRegion =>
        Region ?? throw new InvalidOperationException("This request has no region.");

    public UiLanguage UiLanguage => UiLanguages.Get(Language);

    public void Set(RegionSnapshot region, string language)
    {
        Region = region;
        Language = language;
    }

    public void SetLanguage(string language) => Language = language;
}
