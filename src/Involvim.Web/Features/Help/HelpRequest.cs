using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Help;

/// <summary>Where a help request is in its life; see <see cref="HelpWorkflow"/> for who may move it where.</summary>
public enum HelpStatus
{
    New,
    Triaged,
    Offered,
    Accepted,
    InProgress,
    Done,
    Cancelled,
    Unmet,
}

public enum HelpUrgency
{
    Low,
    Normal,
    High,
}

/// <summary>How the requester wants to be reached; <see cref="None"/> means "I will check the tracking page".</summary>
public enum ContactMethod
{
    None,
    Phone,
    WhatsApp,
    Viber,
    Signal,
    Email,
}

public enum HelpFeedback
{
    Helped,
    Partly,
    NotHelped,
}

/// <summary>
/// A newcomer's request for help. Anonymous: no account, no IP address, no name required. The tracking code is
/// stored only as a hash; the contact value only encrypted (<see cref="ContactProtector"/>) and erased after the
/// region's retention period.
/// </summary>
public sealed class HelpRequest : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    /// <summary>A category code from <see cref="Directory.Categories"/>.</summary>
    public string Category { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Languages the requester speaks, the preferred first.</summary>
    public List<string> Languages { get; set; } = [];

    public string? Area { get; set; }

    public HelpUrgency Urgency { get; set; } = HelpUrgency.Normal;

    /// <summary>Preferred weekly times as a <see cref="Matching.WeeklySlots"/> mask; 0 = any time.</summary>
    public int PreferredSlots { get; set; }

    public ContactMethod ContactMethod { get; set; }

    /// <summary>The phone number or e-mail address, encrypted; null when none was given or after erasure.</summary>
    public string? ContactCipher { get; set; }

    /// <summary>The requester allowed the accepted volunteer to see the contact.</summary>
    public bool ContactSharedWithVolunteer { get; set; }

    public DateTime? ContactErasedAt { get; set; }

    /// <summary>
    /// A keyed hash (HMAC-SHA256 under an application secret) of the normalised contact, so that "I lost my code" can
    /// find the request without the contact being searchable in a copy of the database; erased with the contact.
    /// </summary>
    public string? ContactLookup { get; set; }

    /// <summary>SHA-256 (hex) of the normalized tracking code.</summary>
    public string TrackingCodeHash { get; set; } = "";

    /// <summary>SHA-256 (hex) of the one-time form id, so a replayed form stores nothing twice.</summary>
    public string? SubmissionKeyHash { get; set; }

    /// <summary>The UI language the request was made in: status texts and messages to the requester use it.</summary>
    public string RequesterLanguage { get; set; } = "en";

    public HelpStatus Status { get; set; } = HelpStatus.New;

    public bool NeedsInterpreter { get; set; }

    /// <summary>Only vetted volunteers may take it (home visits, children).</summary>
    public bool NeedsVetting { get; set; }

    /// <summary>The volunteer who accepted it.</summary>
    public Guid? VolunteerId { get; set; }

    public decimal? HoursSpent { get; set; }

    public HelpFeedback? Feedback { get; set; }

    public string? FeedbackComment { get; set; }

    /// <summary>Set when a coordinator merged this request into another (it is then cancelled).</summary>
    public Guid? MergedIntoId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>
    /// Set, in the same commit as the submission, when the region offers automatically and no offer has been made
    /// yet: the durable "offer next" marker. The submitting request makes the offer at once and clears it; after a
    /// crash in between, the offer job finds the marker and makes the offer (issue 9: one unit of work).
    /// </summary>
    public DateTime? OfferDueAt { get; set; }

    /// <summary>Changes on every write; two people acting at once cannot both win.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<HelpMessage> Messages { get; set; } = [];

    public List<HelpEvent> Events { get; set; } = [];

    public List<HelpOffer> Offers { get; set; } = [];

    public bool IsClosed => Status is HelpStatus.Done or HelpStatus.Cancelled or HelpStatus.Unmet;
}

public enum MessageAuthor
{
    Requester,
    Coordinator,
    Volunteer,
}

/// <summary>A message on a request, between the requester and the coordinator or volunteer; nobody's contact is shared.</summary>
public sealed class HelpMessage : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RequestId { get; set; }

    public Guid RegionId { get; set; }

    public MessageAuthor Author { get; set; }

    public Guid? AuthorUserId { get; set; }

    public string Text { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

/// <summary>One step in a request's timeline (who did what when); staff steps are also in the audit log.</summary>
public sealed class HelpEvent : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RequestId { get; set; }

    public Guid RegionId { get; set; }

    public DateTime At { get; set; }

    /// <summary>What happened: <see cref="HelpEventKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public Guid? ActorUserId { get; set; }

    public Guid? VolunteerId { get; set; }

    public string? Note { get; set; }
}

public static class HelpEventKinds
{
    public const string Submitted = "submitted";
    public const string Triaged = "triaged";
    public const string Edited = "edited";
    public const string Offered = "offered";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
    public const string Expired = "expired";
    public const string Withdrawn = "withdrawn";
    public const string Returned = "returned";
    public const string Started = "started";
    public const string Done = "done";
    public const string Cancelled = "cancelled";
    public const string Unmet = "unmet";
    public const string Merged = "merged";
    public const string Feedback = "feedback";
    public const string ContactErased = "contact-erased";
    public const string CodeReissued = "code-reissued";
}

public enum OfferStatus
{
    Pending,
    Accepted,
    Declined,
    Expired,
    Withdrawn,
}

/// <summary>A request offered to one volunteer; offers made together share a <see cref="BatchId"/> (first to accept wins).</summary>
public sealed class HelpOffer : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RequestId { get; set; }

    public Guid RegionId { get; set; }

    public Guid VolunteerId { get; set; }

    public Guid BatchId { get; set; }

    public OfferStatus Status { get; set; }

    /// <summary>The rank score when offered (for the timeline and for tuning the weights later).</summary>
    public int Score { get; set; }

    /// <summary>Made by the system (auto-offer or after a timeout), not by a coordinator.</summary>
    public bool Automatic { get; set; }

    public DateTime OfferedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public string? DeclineReason { get; set; }

    public HelpRequest? Request { get; set; }
}

/// <summary>Messages of a request as a page shows them; the requester sees their own as "You", staff as "Requester".</summary>
public sealed record HelpMessagesView(IReadOnlyList<HelpMessage> Messages, bool ForRequester);

public static class HelpLimits
{
    public const int Description = 2000;
    public const int Area = 100;
    public const int Contact = 254;
    public const int Message = 2000;
    public const int Reason = 500;
    public const int MaxLanguages = 5;
}

internal sealed class HelpRequestConfiguration : IEntityTypeConfiguration<HelpRequest>
{
    public void Configure(EntityTypeBuilder<HelpRequest> builder)
    {
        builder.Property(r => r.Category).HasMaxLength(40);
        builder.Property(r => r.Description).HasMaxLength(HelpLimits.Description);
        builder.Property(r => r.Area).HasMaxLength(HelpLimits.Area);
        builder.Property(r => r.Urgency).HasEnumText(HelpUrgency.Normal);
        builder.Property(r => r.ContactMethod).HasEnumText(ContactMethod.None);
        builder.Property(r => r.ContactCipher).HasMaxLength(2000);
        builder.Property(r => r.TrackingCodeHash).HasMaxLength(64);
        builder.Property(r => r.SubmissionKeyHash).HasMaxLength(64);
        builder.Property(r => r.RequesterLanguage).HasMaxLength(8);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Feedback).HasEnumText();
        builder.Property(r => r.FeedbackComment).HasMaxLength(HelpLimits.Message);
        builder.Property(r => r.HoursSpent).HasPrecision(6, 2);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.TrackingCodeHash).IsUnique();
        builder.Property(r => r.ContactLookup).HasMaxLength(64);
        builder.HasIndex(r => new { r.RegionId, r.ContactLookup });
        builder.HasIndex(r => r.SubmissionKeyHash).IsUnique();
        builder.HasIndex(r => new { r.RegionId, r.Status, r.CreatedAt });
        builder.HasIndex(r => r.OfferDueAt);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Messages).WithOne().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Offers).WithOne(o => o.Request).HasForeignKey(o => o.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HelpMessageConfiguration : IEntityTypeConfiguration<HelpMessage>
{
    public void Configure(EntityTypeBuilder<HelpMessage> builder)
    {
        builder.Property(m => m.Author).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Text).HasMaxLength(HelpLimits.Message);
    }
}

internal sealed class HelpEventConfiguration : IEntityTypeConfiguration<HelpEvent>
{
    public void Configure(EntityTypeBuilder<HelpEvent> builder)
    {
        builder.Property(e => e.Kind).HasMaxLength(24);
        builder.Property(e => e.Note).HasMaxLength(HelpLimits.Reason);
    }
}

internal sealed class HelpOfferConfiguration : IEntityTypeConfiguration<HelpOffer>
{
    public void Configure(EntityTypeBuilder<HelpOffer> builder)
    {
        // Accepting and expiring race for the same offer; the status as a concurrency token lets only one win.
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(o => o.DeclineReason).HasMaxLength(HelpLimits.Reason);
        builder.HasIndex(o => new { o.Status, o.ExpiresAt });
        builder.HasIndex(o => new { o.VolunteerId, o.Status });
        builder.HasIndex(o => new { o.RegionId, o.OfferedAt });
    }
}
