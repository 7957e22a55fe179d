using Involvim.Web.Infrastructure.Regions;

namespace Involvim.Web.Features.Regions;

/// <summary>One line of a section on the region's home page: its words (in <see cref="Language"/>), where it leads, a note (a date).</summary>
public sealed record HomeSectionItem(string Text, string Language, string Url, string Meta);

/// <summary>A section on the region's home page that a feature above Regions fills (e.g. the events of this week).</summary>
public sealed record HomeSection(string TitleKey, IReadOnlyList<HomeSectionItem> Items, string MoreUrl, string MoreKey);

/// <summary>
/// Lets a feature add a section to the region's home page without the home page knowing the feature (the edges
/// point one way, ADR 0014). Null or no items: no section.
/// </summary>
public interface IRegionHomeSection
{
    int Order { get; }

    Task<HomeSection?> SectionAsync(RegionSnapshot region, string language, CancellationToken ct);
}
