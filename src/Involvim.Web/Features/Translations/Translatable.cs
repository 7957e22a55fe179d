using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;

namespace Involvim.Web.Features.Translations;

/// <summary>
/// A kind of content that the translator's desk brings into more languages (services, guides, and every later
/// listing kind through the shared listing mechanism, which implements this once for all of them). The desk knows
/// nothing else about a kind.
/// </summary>
public interface ITranslatableKind
{
    /// <summary>The kind's code (<c>service</c>, <c>guide</c>): in the desk's addresses and the audit log.</summary>
    string Code { get; }

    /// <summary>The region's published items with their texts, read-only (the queue).</summary>
    Task<IReadOnlyList<TranslatableItem>> PublishedAsync(AppDbContext db, RegionSnapshot region, CancellationToken ct);

    /// <summary>One published item of the region, tracked for a change; null when there is none (or it is another region's).</summary>
    Task<TranslatableItem?> LoadAsync(AppDbContext db, RegionSnapshot region, Guid id, CancellationToken ct);

    /// <summary>A field's text is acceptable for the kind (e.g. no unsafe markup in a guide); the resource key of the problem otherwise.</summary>
    string? Check(string field, string text);

    /// <summary>Commits a change to the item's texts: audited as <c>{kind}.{action}</c>, with the change log that search and the caches follow.</summary>
    Task CommitAsync(RegionSnapshot region, TranslatableItem item, string action, object details, Guid actor, CancellationToken ct);

    /// <summary>Commits changes to several items of the kind in one unit of work (an XLIFF import): all or nothing.</summary>
    Task CommitManyAsync(RegionSnapshot region, IReadOnlyList<(TranslatableItem Item, object Details)> items, string action, Guid actor, CancellationToken ct);
}

/// <summary>One item of a kind as the desk sees it: its texts and its title in a language.</summary>
public sealed record TranslatableItem(string Kind, Guid Id, ITextSet Texts, Func<string, string> Title, string PublicPath);
