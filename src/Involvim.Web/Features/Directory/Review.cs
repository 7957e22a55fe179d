using System.Text.Json;

namespace Involvim.Web.Features.Directory;

/// <summary>
/// A listing (service or guide page) that readers see only when published, and that may carry an org-editor's
/// proposal until a coordinator approves or rejects it (ADR 0010).
/// </summary>
public interface IReviewable
{
    Guid Id { get; }

    PublicationStatus Status { get; set; }

    string? PendingChange { get; set; }

    Guid? PendingChangeBy { get; set; }

    DateTime? PendingChangeAt { get; set; }
}

/// <summary>The publication steps shared by every kind of listing.</summary>
public static class Review
{
    public static void Propose<TForm>(IReviewable item, TForm form, Guid actor, DateTime now)
    {
        item.PendingChange = JsonSerializer.Serialize(form);
        item.PendingChangeBy = actor;
        item.PendingChangeAt = now;
    }

    public static TForm? Proposal<TForm>(IReviewable item)
        where TForm : class =>
        item.PendingChange is null ? null : JsonSerializer.Deserialize<TForm>(item.PendingChange);

    public static void Publish(IReviewable item)
    {
        item.Status = PublicationStatus.Published;
        ClearProposal(item);
    }

    /// <summary>Drops the proposal; a listing that was only ever a proposal goes back to draft.</summary>
    public static void Reject(IReviewable item)
    {
        ClearProposal(item);
        if (item.Status == PublicationStatus.Pending)
        {
            item.Status = PublicationStatus.Draft;
        }
    }

    public static void ClearProposal(IReviewable item)
    {
        item.PendingChange = null;
        item.PendingChangeBy = null;
        item.PendingChangeAt = null;
    }
}
