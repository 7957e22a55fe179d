using Involvim.Web.Infrastructure.Regions;

namespace Involvim.Web.Features.Search;

/// <summary>One thing the search found: a service, an organisation or a guide, best first.</summary>
public sealed record SearchHit(string Type, Guid Id, double Score);

/// <summary>
/// The multilingual search over a region's published services, organisations and guides (DESIGN.md §3, Search):
/// diacritic-, typo- and inflection-tolerant, Cyrillic↔Latin, whole questions, category words in every UI language.
/// </summary>
public interface IDirectorySearch
{
    /// <summary>Hits for <paramref name="query"/> in the region, best first; <paramref name="types"/> limits the kinds (null: all).</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(RegionSnapshot region, string language, string query, int limit, IReadOnlySet<string>? types = null, CancellationToken ct = default);
}
