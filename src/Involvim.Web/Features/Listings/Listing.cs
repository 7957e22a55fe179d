namespace Involvim.Web.Features.Listings;

/// <summary>Where a listing (service, guide, event…) is in its life. Only <see cref="Published"/> is public.</summary>
public enum PublicationStatus
{
    Draft,
    Pending,
    Published,
    Archived,
}

/// <summary>
/// A listing: content of a region that readers see only when published, kept in several languages, and that may
/// carry an org-editor's proposal until a coordinator approves or rejects it (ADR 0010, ADR 0014). Each kind
/// (services, guides, events, …) is an entity that implements this and a <see cref="ListingKind{TListing, TForm}"/>.
/// </summary>
public interface IListing
{
    Guid Id { get; }

    Guid RegionId { get; }

    PublicationStatus Status { get; set; }

    DateTime UpdatedAt { get; set; }

    /// <summary>A proposed change (JSON of the proposed form) waiting for a coordinator; null when none.</summary>
    string? PendingChange { get; set; }

    Guid? PendingChangeBy { get; set; }

    DateTime? PendingChangeAt { get; set; }
}

/// <summary>A listing as staff edit it: one text language at a time. Also what a proposal stores.</summary>
public interface IListingForm
{
    string TextLanguage { get; set; }

    Guid? OrganizationId { get; set; }

    /// <summary>The change of the source text is minor (a typo): translations stay current (ADR 0015). Needs <see cref="MinorReason"/>.</summary>
    bool MinorEdit { get; set; }

    string? MinorReason { get; set; }
}
