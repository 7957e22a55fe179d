using System.Globalization;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Events;

/// <summary>
/// An event as staff edit it (one text language at a time); also an org-editor's proposal. Numbers and dates are text
/// as typed, so that a wrong one gets a message rather than a silent empty value.
/// </summary>
public sealed class EventForm : IListingForm
{
    public string TextLanguage { get; set; } = "";

    public bool MinorEdit { get; set; }

    public string? MinorReason { get; set; }

    public Guid? OrganizationId { get; set; }

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string? Description { get; set; }

    public string? CostNote { get; set; }

    public string? AccessibilityNote { get; set; }

    public List<string> Categories { get; set; } = [];

    /// <summary>Comma-separated ISO codes of the languages spoken at the event.</summary>
    public string? Languages { get; set; }

    public List<string> Audience { get; set; } = [];

    public string? AgeMin { get; set; }

    public string? AgeMax { get; set; }

    public bool IsFree { get; set; }

    public Guid? LocationId { get; set; }

    public string? PlaceText { get; set; }

    public string? OnlineUrl { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public string? StartDate { get; set; }

    /// <summary><c>HH:mm</c>.</summary>
    public string? StartTime { get; set; }

    public string? Duration { get; set; } = "60";

    /// <summary>One of <see cref="EventSchedule.Presets"/>.</summary>
    public string Repeat { get; set; } = "none";

    /// <summary>The last day of a simple repetition, <c>yyyy-MM-dd</c>, or empty for no end.</summary>
    public string? Until { get; set; }

    /// <summary>An RFC 5545 RRULE when <see cref="Repeat"/> is <c>custom</c>.</summary>
    public string? Rule { get; set; }

    /// <summary>Days without the event, one <c>yyyy-MM-dd</c> per line.</summary>
    public string? ExceptionDates { get; set; }

    /// <summary>Extra dates, one <c>yyyy-MM-dd HH:mm</c> per line.</summary>
    public string? ExtraDates { get; set; }

    public bool SkipHolidays { get; set; }

    public string Registration { get; set; } = nameof(RegistrationMode.None);

    public string? Capacity { get; set; }

    public bool WaitingList { get; set; } = true;

    public string? RegistrationOpensDays { get; set; }

    public string? RegistrationClosesHours { get; set; } = "0";
}

/// <summary>
/// Events as a kind of listing: their fields, schedule and texts. Publication, proposals, approval, audit
/// (<c>event.*</c>) and the change log are the shared <see cref="ListingEditor{TListing, TForm}"/>'s; applying a form
/// also brings the event's dates up to date (<see cref="EventOccurrences.SyncAsync"/>).
/// </summary>
public sealed class EventKind : ListingKind<EventListing, EventForm>
{
    public override string Code => DirectoryChanges.Event;

    public override IQueryable<EventListing> Query(AppDbContext db) => db.Events.Include(e => e.Translations);

    public override EventListing Create(RegionSnapshot region, EventForm form, DateTime now)
    {
        var listing = new EventListing { RegionId = region.Id, OrganizationId = form.OrganizationId!.Value, CreatedAt = now };
        listing.Uid = $"{listing.Id:N}@involvim";
        return listing;
    }

    public override Guid? Owner(EventListing listing) => listing.OrganizationId;

    public override ITextSet Texts(EventListing listing) => new TextSet<EventTranslation>(listing.Translations, () => new EventTranslation { EventId = listing.Id });

    public override string PublicPath(EventListing listing) => $"events/{listing.Id}";

    public override string? CheckText(string field, string text) =>
        field == nameof(EventTranslation.Description) && SafeMarkdown.ContainsUnsafeMarkup(text) ? "ManageGuides.Error.Markup" : null;

    public override string Title(EventListing listing, string language, string regionDefault) =>
        ContentTranslations.Pick(listing.Translations, language, regionDefault)?.Value.Title ?? "?";

    public override EventForm PublishedForm(EventListing e, string language)
    {
        var text = e.Translations.FirstOrDefault(t => t.Language == language);
        return new EventForm
        {
            TextLanguage = language,
            OrganizationId = e.OrganizationId,
            Title = text?.Title ?? "",
            Summary = text?.Summary,
            Description = text?.Description,
            CostNote = text?.CostNote,
            AccessibilityNote = text?.AccessibilityNote,
            Categories = [.. e.Categories],
            Languages = string.Join(", ", e.Languages),
            Audience = [.. e.Audience],
            AgeMin = Number(e.AgeMin),
            AgeMax = Number(e.AgeMax),
            IsFree = e.IsFree,
            LocationId = e.LocationId,
            PlaceText = e.PlaceText,
            OnlineUrl = e.OnlineUrl,
            Email = e.Email,
            Phone = e.Phone,
            StartDate = e.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartTime = e.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            Duration = Number(e.DurationMinutes),
            Repeat = RepeatOf(e).Repeat,
            Until = RepeatOf(e).Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Rule = RepeatOf(e).Repeat == "custom" ? e.Recurrence : null,
            ExceptionDates = string.Join('\n', e.ExceptionDates),
            ExtraDates = string.Join('\n', e.ExtraDates.Select(d => d.Replace('T', ' '))),
            SkipHolidays = e.SkipHolidays,
            Registration = e.Registration.ToString(),
            Capacity = Number(e.Capacity),
            WaitingList = e.WaitingList,
            RegistrationOpensDays = Number(e.RegistrationOpensDays),
            RegistrationClosesHours = Number(e.RegistrationClosesHours),
        };
    }

    /// <summary>The region's time zone for the rule: what a preset's UNTIL and the rule check use.</summary>
    private static (string Repeat, DateOnly? Until) RepeatOf(EventListing e) => EventSchedule.Preset(e.Recurrence, e.StartDate, e.TimeZone);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public override async Task ApplyAsync(AppDbContext db, EventListing e, EventForm f, RegionSnapshot region, Guid actor, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        var parsed = EventFormRules.Parse(f, region.TimeZone) ?? throw new InvalidOperationException("An unchecked event form.");
        e.TimeZone = region.TimeZone;
        e.OrganizationId = f.OrganizationId ?? e.OrganizationId;
        e.Categories = [.. f.Categories.Distinct()];
        e.Languages = ServiceFormRules.LanguageCodes(f.Languages) ?? [];
        e.Audience = [.. f.Audience.Distinct()];
        e.AgeMin = parsed.AgeMin;
        e.AgeMax = parsed.AgeMax;
        e.IsFree = f.IsFree;
        e.LocationId = f.LocationId;
        e.PlaceText = ListingTexts.Blank(f.PlaceText);
        e.OnlineUrl = ListingTexts.Blank(f.OnlineUrl);
        e.Email = ListingTexts.Blank(f.Email);
        e.Phone = ListingTexts.Blank(f.Phone);
        e.StartDate = parsed.Schedule.StartDate;
        e.StartTime = parsed.Schedule.StartTime;
        e.DurationMinutes = parsed.Schedule.DurationMinutes;
        e.Recurrence = parsed.Schedule.Rule;
        e.ExceptionDates = parsed.Schedule.ExceptDays.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        e.ExtraDates = parsed.Schedule.ExtraDates.Order().Select(EventSchedule.Key).ToList();
        e.SkipHolidays = f.SkipHolidays;
        e.Registration = parsed.Registration;
        e.Capacity = parsed.Capacity;
        e.WaitingList = f.WaitingList;
        e.RegistrationOpensDays = parsed.OpensDays;
        e.RegistrationClosesHours = parsed.ClosesHours;
        e.UpdatedAt = now;
        e.Sequence++;
        ListingTexts.Write(
            e.Translations,
            f,
            actor,
            now,
            () => new EventTranslation { EventId = e.Id },
            row =>
            {
                var title = f.Title.Trim();
                var (summary, description, cost, access) = (ListingTexts.Blank(f.Summary), ListingTexts.Blank(f.Description), ListingTexts.Blank(f.CostNote), ListingTexts.Blank(f.AccessibilityNote));
                var changed = row.Title != title || row.Summary != summary || row.Description != description || row.CostNote != cost || row.AccessibilityNote != access;
                (row.Title, row.Summary, row.Description, row.CostNote, row.AccessibilityNote) = (title, summary, description, cost, access);
                return changed;
            });
        await EventOccurrences.SyncAsync(db, e, now, ct);
    }
}

/// <summary>An event form's values once checked.</summary>
public sealed record ParsedEventForm(ScheduleSpec Schedule, int? AgeMin, int? AgeMax, RegistrationMode Registration, int? Capacity, int? OpensDays, int ClosesHours);

/// <summary>Checks an <see cref="EventForm"/>; the one place its rules live.</summary>
public static class EventFormRules
{
    /// <summary>Problems as (field, resource key); empty when the form is fine.</summary>
    public static List<(string Field, string Key)> Validate(EventForm f, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(f);
        var problems = new List<(string, string)>();
        void Check(bool bad, string field, string key)
        {
            if (bad)
            {
                problems.Add((field, key));
            }
        }

        Check(string.IsNullOrWhiteSpace(f.Title), nameof(f.Title), "Validation.Required");
        Check(f.Title?.Length > EventLimits.Title, nameof(f.Title), "Validation.TooLong");
        Check(f.Summary?.Length > EventLimits.Summary, nameof(f.Summary), "Validation.TooLong");
        Check(f.Description?.Length > EventLimits.Description, nameof(f.Description), "Validation.TooLong");
        Check(f.Description is not null && SafeMarkdown.ContainsUnsafeMarkup(f.Description), nameof(f.Description), "ManageGuides.Error.Markup");
        Check(f.CostNote?.Length > EventLimits.Note, nameof(f.CostNote), "Validation.TooLong");
        Check(f.AccessibilityNote?.Length > EventLimits.Note, nameof(f.AccessibilityNote), "Validation.TooLong");
        Check(f.Categories.Count == 0 || f.Categories.Count > ServiceListing.MaxCategories || f.Categories.Any(c => !Directory.Categories.IsKnown(c)), nameof(f.Categories), "ManageServices.Error.Categories");
        Check(!string.IsNullOrWhiteSpace(f.Languages) && ServiceFormRules.LanguageCodes(f.Languages) is null, nameof(f.Languages), "ManageServices.Error.Languages");
        Check(f.Audience.Any(a => !Audiences.IsKnown(a)), nameof(f.Audience), "Validation.Choose");
        Check(Whole(f.AgeMin, 0, 120) is null, nameof(f.AgeMin), "Validation.Number");
        Check(Whole(f.AgeMax, 0, 120) is null, nameof(f.AgeMax), "Validation.Number");
        Check(Whole(f.AgeMin, 0, 120) is (int min, _) && Whole(f.AgeMax, 0, 120) is (int max, _) && min > max, nameof(f.AgeMax), "Events.Error.Ages");
        Check(f.PlaceText?.Length > EventLimits.Place, nameof(f.PlaceText), "Validation.TooLong");
        Check(ServiceFormRules.BadUrl(f.OnlineUrl), nameof(f.OnlineUrl), "Validation.Url");
        Check(f.LocationId is null && string.IsNullOrWhiteSpace(f.PlaceText) && string.IsNullOrWhiteSpace(f.OnlineUrl), nameof(f.PlaceText), "Events.Error.Place");
        Check(ServiceFormRules.BadEmail(f.Email), nameof(f.Email), "Validation.Email");
        Check(ServiceFormRules.BadPhone(f.Phone), nameof(f.Phone), "Validation.Phone");
        Check(EventSchedule.ParseDay(f.StartDate) is null, nameof(f.StartDate), "Events.Error.Date");
        Check(!TimeOnly.TryParseExact(f.StartTime?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), nameof(f.StartTime), "Events.Error.Time");
        Check(Whole(f.Duration, 5, 24 * 60) is not (int, _), nameof(f.Duration), "Events.Error.Duration");
        Check(!EventSchedule.Presets.Contains(f.Repeat ?? ""), nameof(f.Repeat), "Validation.Choose");
        Check(!string.IsNullOrWhiteSpace(f.Until) && EventSchedule.ParseDay(f.Until) is null, nameof(f.Until), "Events.Error.Date");
        Check(EventSchedule.ParseDay(f.Until) is { } until && EventSchedule.ParseDay(f.StartDate) is { } first && until < first, nameof(f.Until), "Events.Error.Until");
        Check(f.Repeat == "custom" && EventSchedule.NormalizeRule(f.Rule) is null, nameof(f.Rule), "Validation.Required");
        Check(f.Repeat == "custom" && EventSchedule.RuleProblem(EventSchedule.NormalizeRule(f.Rule), timeZone) is not null, nameof(f.Rule), "Events.Error.Rule");
        Check(Lines(f.ExceptionDates).Count > 400 || Lines(f.ExceptionDates).Any(l => EventSchedule.ParseDay(l) is null), nameof(f.ExceptionDates), "Events.Error.Dates");
        Check(Lines(f.ExtraDates).Count > 400 || Lines(f.ExtraDates).Any(l => EventSchedule.ParseLocal(l) is null), nameof(f.ExtraDates), "Events.Error.DateTimes");
        Check(!Enum.TryParse<RegistrationMode>(f.Registration, ignoreCase: false, out var mode) || !Enum.IsDefined(mode) || f.Registration.Any(char.IsDigit), nameof(f.Registration), "Validation.Choose");
        Check(Whole(f.Capacity, 1, EventLimits.MaxCapacity) is null, nameof(f.Capacity), "Validation.Number");
        Check(Whole(f.RegistrationOpensDays, 1, 365) is null, nameof(f.RegistrationOpensDays), "Validation.Number");
        Check(Whole(f.RegistrationClosesHours, 0, 24 * 14) is null, nameof(f.RegistrationClosesHours), "Validation.Number");
        return problems;
    }

    /// <summary>The form's values, or null when <see cref="Validate"/> finds a problem.</summary>
    public static ParsedEventForm? Parse(EventForm f, string timeZone)
    {
        if (Validate(f, timeZone).Count > 0)
        {
            return null;
        }

        var start = EventSchedule.ParseDay(f.StartDate)!.Value;
        var rule = f.Repeat == "custom" ? EventSchedule.NormalizeRule(f.Rule) : EventSchedule.PresetRule(f.Repeat, start, EventSchedule.ParseDay(f.Until), timeZone);
        var schedule = new ScheduleSpec(
            start,
            TimeOnly.ParseExact(f.StartTime!.Trim(), "HH:mm", CultureInfo.InvariantCulture),
            Whole(f.Duration, 5, 24 * 60)!.Value.Value!.Value,
            rule,
            Lines(f.ExceptionDates).Select(l => EventSchedule.ParseDay(l)!.Value).Distinct().ToList(),
            Lines(f.ExtraDates).Select(l => EventSchedule.ParseLocal(l)!.Value).Distinct().ToList(),
            f.SkipHolidays);
        return new ParsedEventForm(
            schedule,
            Whole(f.AgeMin, 0, 120)!.Value.Value,
            Whole(f.AgeMax, 0, 120)!.Value.Value,
            Enum.Parse<RegistrationMode>(f.Registration),
            Whole(f.Capacity, 1, EventLimits.MaxCapacity)!.Value.Value,
            Whole(f.RegistrationOpensDays, 1, 365)!.Value.Value,
            Whole(f.RegistrationClosesHours, 0, 24 * 14)!.Value.Value ?? 0);
    }

    /// <summary>A whole number in a range as typed: (value) for a number, (null) for nothing, null for anything else.</summary>
    private static (int? Value, bool _)? Whole(string? text, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, true);
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? (n, true) : null;
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
