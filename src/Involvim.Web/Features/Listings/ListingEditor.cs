using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Listings;

/// <summary>
/// Every change to a listing of any kind goes through here: coordinators publish directly; an org-editor's change
/// to a published listing waits as a proposal until a coordinator approves or rejects it. Each step is audited
/// (<c>{kind}.created</c>, <c>.proposed</c>, <c>.updated</c>, <c>.change.proposed</c>, <c>.approved</c>,
/// <c>.rejected</c>, <c>.archived</c>) and committed in one unit of work with the change-log row that search follows.
/// </summary>
public sealed class ListingEditor<TListing, TForm>(AppDbContext db, AuditLog audit, TimeProvider clock, DirectoryChangeLog changes, ListingKind<TListing, TForm> kind)
    where TListing : class, IListing
    where TForm : class, IListingForm
{
    public ListingKind<TListing, TForm> Kind => kind;

    /// <summary>The listing of this region, or null (another region's listing is not found).</summary>
    public Task<TListing?> LoadAsync(Guid regionId, Guid id, CancellationToken ct) =>
        kind.Query(db).Where(l => l.Id == id && l.RegionId == regionId).FirstOrDefaultAsync(ct);

    public static TForm? Proposal(TListing listing) => Review.Proposal<TForm>(listing);

    /// <summary>The form in one language: the pending proposal when there is one in that language, else what readers see.</summary>
    public TForm ToForm(TListing listing, string language) =>
        Proposal(listing) is { } proposal && proposal.TextLanguage == language ? proposal : kind.PublishedForm(listing, language);

    /// <summary>Creates or changes a listing. <paramref name="publish"/>: the actor is a coordinator (or platform admin).</summary>
    public async Task<TListing> SaveAsync(RegionSnapshot region, TListing? existing, TForm form, bool publish, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(form);
        var now = clock.GetUtcNow().UtcDateTime;
        string action;
        var listing = existing;
        if (listing is null)
        {
            listing = kind.Create(region, form, now);
            await kind.ApplyAsync(db, listing, form, region, actor, now, ct);
            listing.Status = publish ? PublicationStatus.Published : PublicationStatus.Pending;
            db.Add(listing);
            action = publish ? "created" : "proposed";
        }
        else if (publish || listing.Status != PublicationStatus.Published)
        {
            await kind.ApplyAsync(db, listing, form, region, actor, now, ct);
            if (publish)
            {
                Review.Publish(listing);
            }
            else
            {
                listing.Status = PublicationStatus.Pending;
            }

            action = publish ? "updated" : "proposed";
        }
        else
        {
            // Readers keep the published text until a coordinator approves the proposal.
            Review.Propose(listing, form, actor, now);
            action = "change.proposed";
        }

        var publicChange = listing.Status == PublicationStatus.Published && action != "change.proposed";
        var minor = form.MinorEdit && action != "change.proposed" ? form.MinorReason : null;
        await RecordAsync(region, listing, action, new { language = form.TextLanguage, status = listing.Status.ToString(), minorEdit = minor }, publicChange, actor, now, ct);
        return listing;
    }

    /// <summary>Publishes the listing, with its pending proposal applied when there is one.</summary>
    public async Task ApproveAsync(RegionSnapshot region, TListing listing, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var now = clock.GetUtcNow().UtcDateTime;
        if (Proposal(listing) is { } proposal)
        {
            await kind.ApplyAsync(db, listing, proposal, region, actor, now, ct);
        }

        Review.Publish(listing);
        await RecordAsync(region, listing, "approved", null, publicChange: true, actor, now, ct);
    }

    /// <summary>Drops the proposal; a listing that was only ever proposed goes back to draft. Readers see no change.</summary>
    public Task RejectAsync(RegionSnapshot region, TListing listing, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(listing);
        Review.Reject(listing);
        return RecordAsync(region, listing, "rejected", null, publicChange: false, actor, clock.GetUtcNow().UtcDateTime, ct);
    }

    /// <summary>Takes the listing off the public pages (and drops any proposal); it stays for the record.</summary>
    public Task ArchiveAsync(RegionSnapshot region, TListing listing, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var wasPublic = listing.Status == PublicationStatus.Published;
        listing.Status = PublicationStatus.Archived;
        Review.ClearProposal(listing);
        return RecordAsync(region, listing, "archived", null, publicChange: wasPublic, actor, clock.GetUtcNow().UtcDateTime, ct);
    }

    /// <summary>
    /// A reviewer decides that a minor edit of the source was not minor: the translations it kept current become
    /// outdated. Audited as <c>{kind}.minor-edit.undone</c>. False when there is no such edit (or it was undone).
    /// </summary>
    public async Task<bool> UndoMinorEditAsync(RegionSnapshot region, TListing listing, string editId, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!kind.Texts(listing).UndoMinorEdit(editId, actor, now))
        {
            return false;
        }

        await RecordAsync(region, listing, "minor-edit.undone", new { edit = editId }, publicChange: listing.Status == PublicationStatus.Published, actor, now, ct);
        return true;
    }

    /// <summary>A kind's own step (a service "checked" by a coordinator): <paramref name="change"/>, audited as <c>{kind}.{action}</c>, one commit.</summary>
    public Task ActAsync(RegionSnapshot region, TListing listing, string action, Action<TListing, DateTime> change, bool publicChange, Guid actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var now = clock.GetUtcNow().UtcDateTime;
        change(listing, now);
        return RecordAsync(region, listing, action, null, publicChange, actor, now, ct);
    }

    private Task RecordAsync(RegionSnapshot region, TListing listing, string action, object? details, bool publicChange, Guid actor, DateTime now, CancellationToken ct)
    {
        audit.Record($"{kind.Code}.{action}", kind.EntityName, listing.Id.ToString(), region.Id, details, actor);
        return changes.CommitAsync(region.Id, kind.Code, listing.Id, publicChange, now, ct);
    }
}
