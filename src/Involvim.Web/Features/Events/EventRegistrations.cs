using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Outbox;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Events;

/// <summary>Encrypts registrants' names and contacts at rest.</summary>
public sealed class RegistrationProtector(IDataProtectionProvider provider) : PersonalDataProtector(provider, "Involvim.Events.Registration.v1");

/// <summary>What a person gives to sign up.</summary>
public sealed record SignUpInput(string? Name, string? Email, int PartySize, string Language);

public enum SignUpOutcome
{
    Confirmed,
    Waiting,
    Full,
    Closed,
}

/// <summary>The outcome of a sign-up, and the code (shown once) when one was made.</summary>
public sealed record SignUpResult(SignUpOutcome Outcome, string? Code, EventRegistration? Registration, string? ClosedReason = null);

/// <summary>
/// Signing up for a date without an account, the waiting list and the seats (ADR 0016). Seats are only ever taken by
/// one conditional update (<c>Taken = Taken + n WHERE Taken + n &lt;= capacity</c>) in the transaction that stores the
/// registration, on SQLite and PostgreSQL alike, so two people can never get the last seat. When seats free up, the
/// first waiting party that fits is offered them with a hold; an unanswered hold passes on (<see cref="ExpireHoldsAsync"/>).
/// </summary>
public sealed class EventRegistrations(
    AppDbContext db,
    RegistrationProtector protector,
    EmailOutbox outbox,
    PublicLinks links,
    IStringLocalizer<SharedResource> t,
    TimeProvider clock)
{
    public const string CodePurpose = "involvim-event-registration";

    /// <summary>The longest a hold lasts; it is shorter (half the time left) when the date is near.</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromHours(24);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Why nobody can sign up for this date now (a resource key), or null when they can.</summary>
    public static string? ClosedReason(EventListing e, EventOccurrence o, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(o);
        if (e.Status != PublicationStatus.Published || o.Status != OccurrenceStatus.Scheduled)
        {
            return "Events.Closed.Cancelled";
        }

        if (e.Registration == RegistrationMode.None)
        {
            return "Events.Closed.None";
        }

        if (now >= o.StartsAt.AddHours(-e.RegistrationClosesHours))
        {
            return "Events.Closed.Over";
        }

        return e.RegistrationOpensDays is int days && now < o.StartsAt.AddDays(-days) ? "Events.Closed.NotYet" : null;
    }

    /// <summary>Seats still free on a date; null when there is no limit.</summary>
    public static int? SeatsLeft(EventListing e, EventOccurrence o) => e.Capacity is int cap ? Math.Max(0, cap - o.Taken) : null;

    /// <summary>Problems of what a person typed, as (field, resource key).</summary>
    public static List<(string Field, string Key)> Validate(string? name, string? email, string? party)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(("Name", "Validation.Required"));
        }
        else if (name.Trim().Length > EventLimits.Name || name.Any(char.IsControl))
        {
            problems.Add(("Name", "Validation.TooLong"));
        }

        if (Directory.ServiceFormRules.BadEmail(email?.Trim()))
        {
            problems.Add(("Email", "Validation.Email"));
        }

        if (PartySize(party) is null)
        {
            problems.Add(("PartySize", "Events.Error.Party"));
        }

        return problems;
    }

    /// <summary>A party size of 1 to <see cref="EventLimits.MaxParty"/> as typed; null otherwise.</summary>
    public static int? PartySize(string? text) =>
        int.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= EventLimits.MaxParty ? n : null;

    /// <summary>
    /// Signs a party up for a date: a seat when one is free (one conditional update), else a place on the waiting list
    /// (if the event has one), else full. The registration, the taken seats and the confirmation e-mail are one commit.
    /// </summary>
    public async Task<SignUpResult> SignUpAsync(RegionSnapshot region, EventListing e, EventOccurrence o, SignUpInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(input);
        var now = Now;
        if (ClosedReason(e, o, now) is { } reason)
        {
            return new SignUpResult(SignUpOutcome.Closed, null, null, reason);
        }

        var n = input.PartySize;
        using var gate = await WriteGateAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var occurrences = db.EventOccurrences.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(x => x.Id == o.Id && x.Status == OccurrenceStatus.Scheduled);
        var seated = e.Capacity is int cap
            ? await occurrences.Where(x => x.Taken + n <= cap).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + n), ct) == 1
            : await occurrences.ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + n), ct) == 1;
        var ticket = 0;
        if (!seated)
        {
            if (!e.WaitingList || await occurrences.ExecuteUpdateAsync(s => s.SetProperty(x => x.WaitingTicket, x => x.WaitingTicket + 1), ct) != 1)
            {
                await transaction.RollbackAsync(ct);
                return new SignUpResult(SignUpOutcome.Full, null, null);
            }

            ticket = await occurrences.Select(x => x.WaitingTicket).FirstAsync(ct);
        }

        var code = SecretCodes.New();
        var registration = new EventRegistration
        {
            RegionId = e.RegionId,
            EventId = e.Id,
            OccurrenceId = o.Id,
            CodeHash = SecretCodes.Hash(CodePurpose, code),
            NameCipher = protector.Protect(input.Name!.Trim())!,
            EmailCipher = protector.Protect(ListingTexts.Blank(input.Email)),
            PartySize = n,
            Language = input.Language,
            Status = seated ? RegistrationStatus.Confirmed : RegistrationStatus.Waiting,
            WaitingTicket = ticket,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.EventRegistrations.Add(registration);
        if (registration.EmailCipher is not null)
        {
            db.OutboxMessages.Add(Message(region, e, o, registration, seated ? "Mail.Events.Confirmed" : "Mail.Events.Waiting", code));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SignUpResult(seated ? SignUpOutcome.Confirmed : SignUpOutcome.Waiting, code, registration);
    }

    /// <summary>The registration of a code, with its date and event; null for a wrong code (the same answer as for an unknown one).</summary>
    public async Task<(EventRegistration Registration, EventOccurrence Occurrence, EventListing Event)?> FindAsync(Guid regionId, string? code, CancellationToken ct)
    {
        if (SecretCodes.Normalize(code) is null)
        {
            return null;
        }

        var hash = SecretCodes.Hash(CodePurpose, code);
        var registration = await db.EventRegistrations.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .FirstOrDefaultAsync(r => r.CodeHash == hash && r.RegionId == regionId, ct);
        if (registration is null)
        {
            return null;
        }

        var occurrence = await db.EventOccurrences.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking().FirstAsync(o => o.Id == registration.OccurrenceId, ct);
        var e = await db.Events.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking().Include(x => x.Translations).Include(x => x.Location).FirstAsync(x => x.Id == registration.EventId, ct);
        return (registration, occurrence, e);
    }

    public string? NameOf(EventRegistration registration) => protector.Unprotect(registration?.NameCipher);

    /// <summary>Cancels a registration (or leaves the waiting list); freed seats go to the waiting list. False when it was already cancelled.</summary>
    public async Task<bool> CancelAsync(EventRegistration registration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var freed = false;
        using (var gate = await WriteGateAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var old = registration.Status;
            if (old == RegistrationStatus.Cancelled || await Registrations(registration.Id).Where(r => r.Status == old)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Cancelled).SetProperty(r => r.HoldUntil, (DateTime?)null).SetProperty(r => r.UpdatedAt, Now), ct) != 1)
            {
                return false;
            }

            if (old is RegistrationStatus.Confirmed or RegistrationStatus.Offered)
            {
                await Occurrence(registration.OccurrenceId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - registration.PartySize), ct);
                freed = true;
            }

            await transaction.CommitAsync(ct);
        }

        if (freed)
        {
            await PromoteAsync(registration.OccurrenceId, ct);
        }

        return true;
    }

    /// <summary>Changes the party size: more seats only when they are free (else the message says so), fewer seats free them for the waiting list.</summary>
    public async Task<bool> ChangePartyAsync(EventRegistration registration, EventListing e, int size, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(e);
        var delta = size - registration.PartySize;
        if (delta == 0 || registration.Status == RegistrationStatus.Cancelled)
        {
            return delta == 0;
        }

        using (var gate = await WriteGateAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var rows = Registrations(registration.Id).Where(r => r.Status == registration.Status && r.PartySize == registration.PartySize);
            if (registration.Status is RegistrationStatus.Confirmed or RegistrationStatus.Offered)
            {
                var occurrence = Occurrence(registration.OccurrenceId);
                var fits = delta < 0 || e.Capacity is not int cap
                    ? await occurrence.ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + delta), ct) == 1
                    : await occurrence.Where(x => x.Taken + delta <= cap).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + delta), ct) == 1;
                if (!fits)
                {
                    await transaction.RollbackAsync(ct);
                    return false;
                }
            }

            if (await rows.ExecuteUpdateAsync(s => s.SetProperty(r => r.PartySize, size).SetProperty(r => r.UpdatedAt, Now), ct) != 1)
            {
                await transaction.RollbackAsync(ct);
                return false;
            }

            await transaction.CommitAsync(ct);
        }

        if (delta < 0 && registration.Status is RegistrationStatus.Confirmed or RegistrationStatus.Offered)
        {
            await PromoteAsync(registration.OccurrenceId, ct);
        }

        return true;
    }

    /// <summary>A waiting party takes the seats held for it; false when the hold has passed.</summary>
    public async Task<bool> AcceptAsync(EventRegistration registration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(registration);
        using var gate = await WriteGateAsync(ct);
        return await Registrations(registration.Id).Where(r => r.Status == RegistrationStatus.Offered && r.HoldUntil > Now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Confirmed).SetProperty(r => r.HoldUntil, (DateTime?)null).SetProperty(r => r.UpdatedAt, Now), ct) == 1;
    }

    /// <summary>
    /// Offers free seats to the waiting list, in order: the first party that fits gets them held (the seats are taken
    /// by the same conditional update as a sign-up) and is told through its channel. Returns how many parties were offered.
    /// </summary>
    public async Task<int> PromoteAsync(Guid occurrenceId, CancellationToken ct)
    {
        var offered = 0;
        for (var round = 0; round < 100; round++)
        {
            db.ChangeTracker.Clear();
            var occurrence = await db.EventOccurrences.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking().FirstOrDefaultAsync(o => o.Id == occurrenceId, ct);
            if (occurrence is null || occurrence.Status != OccurrenceStatus.Scheduled || occurrence.StartsAt <= Now)
            {
                break;
            }

            var e = await db.Events.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking().Include(x => x.Translations).FirstAsync(x => x.Id == occurrence.EventId, ct);
            var free = e.Capacity is int cap ? cap - occurrence.Taken : int.MaxValue;
            var next = await db.EventRegistrations.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
                .Where(r => r.OccurrenceId == occurrenceId && r.Status == RegistrationStatus.Waiting && r.PartySize <= free)
                .OrderBy(r => r.WaitingTicket).FirstOrDefaultAsync(ct);
            if (next is null)
            {
                break;
            }

            var now = Now;
            var hold = now + TimeSpan.FromTicks(Math.Min(Hold.Ticks, (occurrence.StartsAt - now).Ticks / 2));
            using var gate = await WriteGateAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var seats = Occurrence(occurrenceId).Where(x => x.Status == OccurrenceStatus.Scheduled);
            var taken = e.Capacity is int capacity
                ? await seats.Where(x => x.Taken + next.PartySize <= capacity).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + next.PartySize), ct) == 1
                : await seats.ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + next.PartySize), ct) == 1;
            if (!taken || await Registrations(next.Id).Where(r => r.Status == RegistrationStatus.Waiting)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Offered).SetProperty(r => r.HoldUntil, hold).SetProperty(r => r.UpdatedAt, now), ct) != 1)
            {
                await transaction.RollbackAsync(ct);
                continue;
            }

            if (next.EmailCipher is not null && await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == e.RegionId, ct) is { } region)
            {
                next.HoldUntil = hold;
                db.OutboxMessages.Add(Message(region.Slug, region.TimeZone, e, occurrence, next, "Mail.Events.Offered", null));
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
            offered++;
        }

        db.ChangeTracker.Clear();
        return offered;
    }

    /// <summary>Holds nobody took up end: their seats go to the next waiting party. Each hold ends once (conditional update), whichever instance runs it.</summary>
    public async Task<int> ExpireHoldsAsync(CancellationToken ct)
    {
        var now = Now;
        var due = await db.EventRegistrations.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(r => r.Status == RegistrationStatus.Offered && r.HoldUntil <= now)
            .OrderBy(r => r.HoldUntil).Take(500).ToListAsync(ct);
        var expired = 0;
        foreach (var registration in due)
        {
            using (var gate = await WriteGateAsync(ct))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (await Registrations(registration.Id).Where(r => r.Status == RegistrationStatus.Offered && r.HoldUntil <= now)
                        .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Cancelled).SetProperty(r => r.UpdatedAt, now), ct) != 1)
                {
                    continue;
                }

                await Occurrence(registration.OccurrenceId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - registration.PartySize), ct);
                await transaction.CommitAsync(ct);
                expired++;
            }

            await PromoteAsync(registration.OccurrenceId, ct);
        }

        return expired;
    }

    /// <summary>Queues a message to every party of a date that gave an e-mail address (in the caller's unit of work); returns how many.</summary>
    public async Task<int> TellAsync(EventListing e, EventOccurrence o, string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(o);
        var region = await db.Regions.AsNoTracking().FirstAsync(r => r.Id == e.RegionId, ct);
        var parties = await db.EventRegistrations.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(r => r.OccurrenceId == o.Id && r.Status != RegistrationStatus.Cancelled && r.EmailCipher != null).ToListAsync(ct);
        foreach (var party in parties)
        {
            db.OutboxMessages.Add(Message(region.Slug, region.TimeZone, e, o, party, key, null));
        }

        return parties.Count;
    }

    private IQueryable<EventRegistration> Registrations(Guid id) => db.EventRegistrations.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(r => r.Id == id);

    private IQueryable<EventOccurrence> Occurrence(Guid id) => db.EventOccurrences.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(o => o.Id == id);

    /// <summary>On SQLite, this process's writers queue at the one gate instead of in SQLite's busy handler.</summary>
    private async Task<IDisposable?> WriteGateAsync(CancellationToken ct) =>
        db.Database.IsSqlite() ? await SqliteWriteGate.For(db.Database.GetConnectionString()!).EnterAsync(ct) : null;

    private OutboxMessage Message(RegionSnapshot region, EventListing e, EventOccurrence o, EventRegistration r, string key, string? code) =>
        Message(region.Slug, region.TimeZone, e, o, r, key, code);

    /// <summary>A sealed e-mail to the registrant in their language (the address is read only when it is sent).</summary>
    private OutboxMessage Message(string regionSlug, string timeZone, EventListing e, EventOccurrence o, EventRegistration r, string key, string? code)
    {
        using var _ = new CultureScope(r.Language);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var tz) ? tz : TimeZoneInfo.Utc;
        var when = TimeZoneInfo.ConvertTimeFromUtc(o.StartsAt, zone).ToString("f", System.Globalization.CultureInfo.CurrentCulture);
        var title = Infrastructure.Content.ContentTranslations.Pick(e.Translations, r.Language, r.Language)?.Value.Title ?? "";
        var link = links.Absolute($"/{regionSlug}/{r.Language}/events/registration");
        var hold = r.HoldUntil is { } until ? TimeZoneInfo.ConvertTimeFromUtc(until, zone).ToString("f", System.Globalization.CultureInfo.CurrentCulture) : "";
        var body = t[$"{key}.Body", title, when, code ?? "", link, hold].Value;
        return outbox.CreateSealed(OutboxChannels.Email, RegistrationContactResolver.Reference(r.Id), t[$"{key}.Subject", title].Value, body + "\n", key.ToLowerInvariant(), e.RegionId);
    }
}

/// <summary>Resolves <c>event-registration:{id}</c> to the registrant's decrypted e-mail address when a message is sent.</summary>
internal sealed class RegistrationContactResolver(AppDbContext db, RegistrationProtector protector) : IRecipientResolver
{
    public const string Prefix = "event-registration:";

    public static string Reference(Guid registrationId) => Prefix + registrationId.ToString("N");

    public bool Handles(string reference) => reference.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task<string?> ResolveAsync(string reference, CancellationToken ct)
    {
        if (!Guid.TryParse(reference[Prefix.Length..], out var id))
        {
            return null;
        }

        var cipher = await db.EventRegistrations.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(r => r.Id == id).Select(r => r.EmailCipher).FirstOrDefaultAsync(ct);
        return protector.Unprotect(cipher);
    }
}

/// <summary>Every minute: holds that nobody took up pass on to the next waiting party (one instance, a lease).</summary>
internal sealed class EventHoldsJob : Infrastructure.Jobs.IRecurringJob
{
    public string Name => "event-holds";

    public TimeSpan Interval => TimeSpan.FromMinutes(1);

    public Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<EventRegistrations>().ExpireHoldsAsync(ct);
}
