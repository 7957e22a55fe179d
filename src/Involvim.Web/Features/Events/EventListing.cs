using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Events;

/// <summary>Whether people sign up for an event.</summary>
public enum RegistrationMode
{
    /// <summary>People just come.</summary>
    None,

    /// <summary>Signing up helps the organiser plan; people may also just come.</summary>
    Optional,

    /// <summary>Only people who signed up (and got a seat) take part.</summary>
    Required,
}

/// <summary>Who an event is for (codes; labels are <c>Audience.{code}</c>).</summary>
public static class Audiences
{
    public static readonly IReadOnlyList<string> Codes = ["everyone", "adults", "families", "children", "youth", "women", "men", "seniors", "parents", "workers"];

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code, StringComparer.Ordinal);
}

/// <summary>
/// An event or a recurring activity of an organisation (a language café, a workshop, a parents' evening): a kind of
/// listing (ADR 0014), so it is edited, proposed, approved and translated like a service. Its dates come from an
/// RFC 5545 schedule in the region's time zone (<see cref="EventSchedule"/>); each date is an <see cref="EventOccurrence"/>
/// that holds its own seats and changes (ADR 0016).
/// </summary>
public sealed class EventListing : IRegionScoped, IListing
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public Guid OrganizationId { get; set; }

    public PublicationStatus Status { get; set; } = PublicationStatus.Draft;

    /// <summary>Codes from <see cref="Directory.Categories"/>.</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>Languages spoken at the event (ISO 639-1), not limited to the UI languages.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Codes from <see cref="Audiences"/>.</summary>
    public List<string> Audience { get; set; } = [];

    public int? AgeMin { get; set; }

    public int? AgeMax { get; set; }

    public bool IsFree { get; set; }

    /// <summary>A place of the directory; or <see cref="PlaceText"/>, or <see cref="OnlineUrl"/>, or both of the latter.</summary>
    public Guid? LocationId { get; set; }

    /// <summary>A place in words when it is not in the directory (not translated: an address).</summary>
    public string? PlaceText { get; set; }

    public string? OnlineUrl { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>The IANA time zone the schedule is written in (the region's when it was saved).</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The first date (local, in the region's time zone) and time.</summary>
    public DateOnly StartDate { get; set; }

    public TimeOnly StartTime { get; set; }

    public int DurationMinutes { get; set; } = 60;

    /// <summary>An RFC 5545 RRULE value (<c>FREQ=WEEKLY;BYDAY=TH</c>); null for a single date.</summary>
    public string? Recurrence { get; set; }

    /// <summary>Days without the event (EXDATE), <c>yyyy-MM-dd</c>.</summary>
    public List<string> ExceptionDates { get; set; } = [];

    /// <summary>Extra dates (RDATE), local <c>yyyy-MM-ddTHH:mm</c>.</summary>
    public List<string> ExtraDates { get; set; } = [];

    /// <summary>Dates on the region's holiday calendar are skipped.</summary>
    public bool SkipHolidays { get; set; }

    public RegistrationMode Registration { get; set; } = RegistrationMode.None;

    /// <summary>Seats per date (people, not parties); null for no limit.</summary>
    public int? Capacity { get; set; }

    /// <summary>Whether people may wait for a seat when a date is full.</summary>
    public bool WaitingList { get; set; } = true;

    /// <summary>Registration opens this many days before a date (null: as soon as the date is shown).</summary>
    public int? RegistrationOpensDays { get; set; }

    /// <summary>Registration closes this many hours before a date starts.</summary>
    public int RegistrationClosesHours { get; set; }

    /// <summary>The iCalendar UID stem of the event's dates; stable for the life of the event.</summary>
    public string Uid { get; set; } = "";

    /// <summary>Counts every change readers see, for the iCalendar SEQUENCE.</summary>
    public int Sequence { get; set; }

    public bool IsDemo { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? PendingChange { get; set; }

    public Guid? PendingChangeBy { get; set; }

    public DateTime? PendingChangeAt { get; set; }

    public List<EventTranslation> Translations { get; set; } = [];

    public Location? Location { get; set; }
}

/// <summary>The reader-facing text of an event in one language.</summary>
public sealed class EventTranslation : ContentTranslation
{
    public Guid EventId { get; set; }

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    /// <summary>Markdown, sanitised on the way out (<see cref="SafeMarkdown"/>).</summary>
    public string? Description { get; set; }

    public string? CostNote { get; set; }

    public string? AccessibilityNote { get; set; }

    private static readonly TextFields<EventTranslation> Fieldset = new TextFields<EventTranslation>()
        .Add(nameof(Title), EventLimits.Title, t => t.Title, (t, v) => t.Title = v ?? "", required: true)
        .Add(nameof(Summary), EventLimits.Summary, t => t.Summary, (t, v) => t.Summary = v)
        .Add(nameof(Description), EventLimits.Description, t => t.Description, (t, v) => t.Description = v, paragraphs: true)
        .Add(nameof(CostNote), EventLimits.Note, t => t.CostNote, (t, v) => t.CostNote = v)
        .Add(nameof(AccessibilityNote), EventLimits.Note, t => t.AccessibilityNote, (t, v) => t.AccessibilityNote = v);

    protected override ITextFields Texts => Fieldset;
}

/// <summary>Whether a date takes place.</summary>
public enum OccurrenceStatus
{
    Scheduled,

    /// <summary>Called off by the organiser (or dropped from the schedule while people had signed up).</summary>
    Cancelled,
}

/// <summary>
/// One date of an event, kept from the schedule for the coming year: its seats (<see cref="Taken"/>, changed only
/// by conditional updates) and the organiser's changes of that one date (cancelled, moved, another room), which a
/// new schedule keeps (<see cref="EventOccurrences.SyncAsync"/>).
/// </summary>
public sealed class EventOccurrence : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public Guid EventId { get; set; }

    /// <summary>The date as the schedule gives it (local <c>yyyy-MM-ddTHH:mm</c>): the iCalendar RECURRENCE-ID, the key of the date.</summary>
    public string RecurrenceKey { get; set; } = "";

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public OccurrenceStatus Status { get; set; } = OccurrenceStatus.Scheduled;

    /// <summary>The organiser moved this date (its time no longer follows the schedule).</summary>
    public bool Moved { get; set; }

    /// <summary>The organiser cancelled this date (a new schedule does not bring it back).</summary>
    public bool CancelledByOrganiser { get; set; }

    /// <summary>A note for this date only (another room, bring the forms), in the event's source language.</summary>
    public string? Note { get; set; }

    /// <summary>Seats taken by confirmed and offered parties.</summary>
    public int Taken { get; set; }

    /// <summary>The next place in this date's waiting list.</summary>
    public int WaitingTicket { get; set; }

    public int Sequence { get; set; }

    /// <summary>People who came, kept as a count when the registrations are deleted (30 days after the date).</summary>
    public int Attended { get; set; }

    /// <summary>People signed up who did not come, kept as a count when the registrations are deleted.</summary>
    public int NoShows { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>Where a party is for a date.</summary>
public enum RegistrationStatus
{
    Confirmed,
    Waiting,

    /// <summary>Seats freed up and are held for this waiting party until <see cref="EventRegistration.HoldUntil"/>.</summary>
    Offered,
    Cancelled,
}

/// <summary>
/// A party signed up for one date, without an account: a name or nickname, an optional contact (both encrypted),
/// the party size and language, and a code of 80 bits of which only a hash is kept. No IP address is stored.
/// </summary>
public sealed class EventRegistration : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public Guid EventId { get; set; }

    public Guid OccurrenceId { get; set; }

    public string CodeHash { get; set; } = "";

    public string NameCipher { get; set; } = "";

    public string? EmailCipher { get; set; }

    public int PartySize { get; set; } = 1;

    public string Language { get; set; } = "";

    public RegistrationStatus Status { get; set; }

    /// <summary>The party's place in the waiting list (lower first); 0 for a party that never waited.</summary>
    public int WaitingTicket { get; set; }

    public DateTime? HoldUntil { get; set; }

    public bool CheckedIn { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>A day on the region's holiday calendar, which recurring events can skip.</summary>
public sealed class RegionHoliday : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public DateOnly Date { get; set; }

    public string Name { get; set; } = "";
}

public static class EventLimits
{
    public const int Title = 200;
    public const int Summary = 500;
    public const int Description = 20_000;
    public const int Note = 500;
    public const int Place = 300;
    public const int Name = 80;
    public const int MaxParty = 6;
    public const int MaxCapacity = 10_000;

    /// <summary>Dates kept ahead of today.</summary>
    public const int HorizonDays = 366;

    /// <summary>Registrations (names, contacts) are deleted this many days after their date; the counts stay.</summary>
    public const int KeepRegistrationsDays = 30;

    /// <summary>Dates kept per event at most.</summary>
    public const int MaxOccurrences = 500;
}

internal sealed class EventListingConfiguration : IEntityTypeConfiguration<EventListing>
{
    public void Configure(EntityTypeBuilder<EventListing> builder)
    {
        builder.ToTable("Events");
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Registration).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.PlaceText).HasMaxLength(EventLimits.Place);
        builder.Property(e => e.OnlineUrl).HasMaxLength(300);
        builder.Property(e => e.Email).HasMaxLength(254);
        builder.Property(e => e.Phone).HasMaxLength(40);
        builder.Property(e => e.Recurrence).HasMaxLength(500);
        builder.Property(e => e.Uid).HasMaxLength(100);
        builder.Property(e => e.TimeZone).HasMaxLength(64);
        builder.Property(e => e.PendingChange).HasMaxLength(100_000);
        builder.HasIndex(e => new { e.RegionId, e.Status });
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Location).WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.Translations).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventTranslationConfiguration : IEntityTypeConfiguration<EventTranslation>
{
    public void Configure(EntityTypeBuilder<EventTranslation> builder)
    {
        builder.ConfigureText("EventTranslations", t => new { t.EventId, t.Language });
        builder.Property(t => t.Title).HasMaxLength(EventLimits.Title);
        builder.Property(t => t.Summary).HasMaxLength(EventLimits.Summary);
        builder.Property(t => t.Description).HasMaxLength(EventLimits.Description);
        builder.Property(t => t.CostNote).HasMaxLength(EventLimits.Note);
        builder.Property(t => t.AccessibilityNote).HasMaxLength(EventLimits.Note);
    }
}

internal sealed class EventOccurrenceConfiguration : IEntityTypeConfiguration<EventOccurrence>
{
    public void Configure(EntityTypeBuilder<EventOccurrence> builder)
    {
        builder.Property(o => o.RecurrenceKey).HasMaxLength(16);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Note).HasMaxLength(EventLimits.Note);
        builder.HasIndex(o => new { o.EventId, o.RecurrenceKey }).IsUnique();
        builder.HasIndex(o => new { o.RegionId, o.StartsAt });
        builder.HasOne<EventListing>().WithMany().HasForeignKey(o => o.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.Property(r => r.CodeHash).HasMaxLength(64);
        builder.HasIndex(r => r.CodeHash).IsUnique();
        builder.Property(r => r.NameCipher).HasMaxLength(1000);
        builder.Property(r => r.EmailCipher).HasMaxLength(1500);
        builder.Property(r => r.Language).HasMaxLength(8);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => new { r.OccurrenceId, r.Status, r.WaitingTicket });
        builder.HasOne<EventOccurrence>().WithMany().HasForeignKey(r => r.OccurrenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegionHolidayConfiguration : IEntityTypeConfiguration<RegionHoliday>
{
    public void Configure(EntityTypeBuilder<RegionHoliday> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(100);
        builder.HasIndex(h => new { h.RegionId, h.Date }).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(h => h.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
