using System.Globalization;
using Involvim.Web.Features.Search;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Directory.Pages;

/// <summary>One line of a service list: what the reader needs to choose, in their language.</summary>
public sealed record ServiceListItem(
    Guid Id,
    string Title,
    string TitleLanguage,
    string? Organization,
    string? OrganizationLanguage,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Languages,
    bool IsFree,
    string? OpenText,
    bool IsOpen,
    string Url)
{
    public static ServiceListItem From(SearchDocument d, RegionSnapshot region, string language, IReadOnlyDictionary<Guid, SearchDocument> organizations, DateTime utcNow, IStringLocalizer t)
    {
        var state = OpeningHours.StateAt(utcNow, region.TimeZoneInfo, d.OpeningRules, d.ScheduleExceptions);
        (string Title, string Language)? organization = d.OrganizationId is { } id && organizations.TryGetValue(id, out var o) ? o.TitleFor(language, region.DefaultLanguage) : null;
        var (title, titleLanguage) = d.TitleFor(language, region.DefaultLanguage);
        return new ServiceListItem(
            d.Id,
            title,
            titleLanguage,
            organization?.Title,
            organization?.Language,
            d.Categories,
            d.Languages,
            d.IsFree,
            DescribeOpening(state, utcNow, region, t),
            state.IsOpen,
            SearchSetup.UrlFor(d, region.Slug, language));
    }

    /// <summary>"Open now, until 15:00" / "Opens Tue 08:00" in the reader's language and the region's time.</summary>
    public static string? DescribeOpening(OpenState state, DateTime utcNow, RegionSnapshot region, IStringLocalizer t)
    {
        if (!state.HasHours)
        {
            return null;
        }

        var culture = CultureInfo.CurrentCulture;
        if (state.IsOpen && state.Until is { } until)
        {
            return t["Services.OpenUntil", until.ToString("t", culture)];
        }

        if (state.NextOpening is not { } next)
        {
            return t["Services.Closed"];
        }

        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, region.TimeZoneInfo));
        var day = DateOnly.FromDateTime(next) == localToday
            ? t["Services.Today"].Value
            : culture.DateTimeFormat.GetAbbreviatedDayName(next.DayOfWeek);
        return t["Services.Opens", day, next.ToString("t", culture)];
    }
}
