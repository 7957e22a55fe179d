using Involvim.Web.Features.Directory;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Search.Pages;

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
            OpeningHours.Describe(state, utcNow, region, t),
            state.IsOpen,
            SearchSetup.UrlFor(d, region.Slug, language));
    }
}
