using System.Text.Json;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Guides;
using Involvim.Web.Features.Help;
using Involvim.Web.Features.Volunteers;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Manage;

/// <summary>
/// One audit line as staff see it: who (by name), what in words in the reader's language ("Mojca approved changes
/// to “Tečaj slovenščine”"), when; the action code and details stay available on demand.
/// </summary>
public sealed record AuditLine(long Sequence, DateTime At, string? Actor, string Action, string EntityType, string? EntityId, string? Details, string Text);

/// <summary>Which entries to show: by person, by kind of action (its first word: service, help, …), by date (region time).</summary>
public sealed record AuditFilter(Guid? ActorId = null, string? Group = null, DateOnly? From = null, DateOnly? To = null)
{
    public static readonly IReadOnlyList<string> Groups = ["service", "guide", "help", "volunteer", "staff", "account", "region", "hsds"];
}

/// <summary>Reads a region's audit entries, newest first, in pages; shared by the page, its CSV and the JSON endpoint.</summary>
public static class AuditQueries
{
    public const int PageSize = 50;

    public static async Task<IReadOnlyList<AuditLine>> PageAsync(
        AppDbContext db, RegionSnapshot region, string language, AuditFilter filter, long? before, int take, IStringLocalizer t, CancellationToken ct)
    {
        take = Math.Clamp(take, 1, 5000);
        var query = db.AuditEntries.AsNoTracking().Where(e => e.RegionId == region.Id);
        if (before is { } b)
        {
            query = query.Where(e => e.Sequence < b);
        }

        if (filter.ActorId is { } actor)
        {
            query = query.Where(e => e.ActorUserId == actor);
        }

        if (filter.Group is { } group && AuditFilter.Groups.Contains(group))
        {
            var prefix = group + ".%";
            query = query.Where(e => EF.Functions.Like(e.Action, prefix));
        }

        if (filter.From is { } from)
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), region.TimeZoneInfo);
            query = query.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), region.TimeZoneInfo);
            query = query.Where(e => e.At < end);
        }

        var entries = await query.OrderByDescending(e => e.Sequence).Take(take).ToListAsync(ct);
        var subjects = await SubjectsAsync(db, region, language, entries, t, ct);
        var actorIds = entries.Where(e => e.ActorUserId is not null).Select(e => e.ActorUserId!.Value).Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => actorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return entries.Select(e =>
        {
            var actorName = e.ActorUserId is { } id ? users.GetValueOrDefault(id, "?") : null;
            var subject = subjects.GetValueOrDefault((e.EntityType, e.EntityId ?? ""), t["Audit.Subject.Unknown"]);
            var key = $"Audit.Action.{e.Action}";
            var sentence = t[key, actorName ?? t["Manage.Audit.System"], subject];
            var text = !sentence.ResourceNotFound ? sentence.Value
                : TranslationSentence(e, actorName ?? t["Manage.Audit.System"], subject, t)
                ?? t["Audit.Action.Unknown", actorName ?? t["Manage.Audit.System"], subject, e.Action].Value;
            return new AuditLine(e.Sequence, e.At, actorName, e.Action, e.EntityType, e.EntityId, e.Details, text);
        }).ToList();
    }

    /// <summary>The people who appear as actors in the region's log, for the filter.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> ActorsAsync(AppDbContext db, Guid regionId, CancellationToken ct)
    {
        var ids = await db.AuditEntries.AsNoTracking().Where(e => e.RegionId == regionId && e.ActorUserId != null).Select(e => e.ActorUserId!.Value).Distinct().ToListAsync(ct);
        return (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
            .Select(u => (u.Id, u.DisplayName)).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>What each entry is about, by name, in the reader's language; one query per kind of record.</summary>
    private static async Task<Dictionary<(string Type, string Id), string>> SubjectsAsync(
        AppDbContext db, RegionSnapshot region, string language, IReadOnlyList<AuditEntry> entries, IStringLocalizer t, CancellationToken ct)
    {
        var names = new Dictionary<(string, string), string>();
        List<Guid> Ids(string type) => entries.Where(e => e.EntityType == type && Guid.TryParse(e.EntityId, out _)).Select(e => Guid.Parse(e.EntityId!)).Distinct().ToList();

        var services = Ids(nameof(ServiceListing));
        foreach (var s in await db.Services.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking().Where(s => services.Contains(s.Id)).Include(s => s.Translations).ToListAsync(ct))
        {
            names[(nameof(ServiceListing), s.Id.ToString())] = ContentTranslations.Pick(s.Translations, language, region.DefaultLanguage)?.Value.Name ?? "?";
        }

        var guides = Ids(nameof(GuidePage));
        foreach (var g in await db.Guides.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking().Where(g => guides.Contains(g.Id)).Include(g => g.Translations).ToListAsync(ct))
        {
            names[(nameof(GuidePage), g.Id.ToString())] = ContentTranslations.Pick(g.Translations, language, region.DefaultLanguage)?.Value.Title ?? g.Slug;
        }

        foreach (var id in Ids(nameof(HelpRequest)))
        {
            names[(nameof(HelpRequest), id.ToString())] = t["Audit.Subject.HelpRequest", id.ToString()[^6..]];
        }

        var volunteers = Ids(nameof(VolunteerProfile));
        foreach (var v in await db.Volunteers.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking().Where(v => volunteers.Contains(v.Id)).Select(v => new { v.Id, v.User!.DisplayName }).ToListAsync(ct))
        {
            names[(nameof(VolunteerProfile), v.Id.ToString())] = v.DisplayName;
        }

        var organizations = Ids(nameof(Organization));
        foreach (var o in await db.Organizations.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking().Where(o => organizations.Contains(o.Id)).Include(o => o.Translations).ToListAsync(ct))
        {
            names[(nameof(Organization), o.Id.ToString())] = ContentTranslations.Pick(o.Translations, language, region.DefaultLanguage)?.Value.Name ?? "?";
        }

        var invitations = Ids(nameof(StaffInvitation));
        foreach (var i in await db.StaffInvitations.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking().Where(i => invitations.Contains(i.Id)).Select(i => new { i.Id, i.Email }).ToListAsync(ct))
        {
            names[(nameof(StaffInvitation), i.Id.ToString())] = i.Email;
        }

        // Removed roles and accounts: the person named in the entry.
        var people = Ids(nameof(AppUser));
        foreach (var entry in entries.Where(e => e.EntityType == nameof(RegionRoleAssignment)))
        {
            if (UserIdIn(entry.Details) is { } userId)
            {
                people.Add(userId);
            }
        }

        var users = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        foreach (var entry in entries)
        {
            if (entry.EntityType == nameof(AppUser) && Guid.TryParse(entry.EntityId, out var userId) && users.TryGetValue(userId, out var name))
            {
                names[(nameof(AppUser), entry.EntityId!)] = name;
            }
            else if (entry.EntityType == nameof(RegionRoleAssignment) && UserIdIn(entry.Details) is { } roleUser && users.TryGetValue(roleUser, out var person))
            {
                names[(nameof(RegionRoleAssignment), entry.EntityId ?? "")] = person;
            }
            else if (entry.EntityType == "Region")
            {
                names[("Region", entry.EntityId ?? "")] = region.NameIn(language);
            }
        }

        return names;
    }

    /// <summary>The translator's desk writes <c>{kind}.translated</c>, <c>{kind}.translation.reviewed</c>, … for every kind of content: one sentence per action, naming the kind and the language.</summary>
    private static string? TranslationSentence(AuditEntry e, string actor, string subject, IStringLocalizer t)
    {
        var dot = e.Action.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || e.Action[(dot + 1)..] is not ("translated" or "translation.reviewed" or "translation.drafted" or "translation.withdrawn") || t[$"Desk.Kind.{e.Action[..dot]}"] is not { ResourceNotFound: false } kind)
        {
            return null;
        }

        string? language = null;
        try
        {
            using var json = e.Details is null ? null : JsonDocument.Parse(e.Details);
            if (json?.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("language", out var value) && value.ValueKind == JsonValueKind.String)
            {
                language = UiLanguages.Find(value.GetString())?.Endonym ?? value.GetString();
            }
        }
        catch (JsonException)
        {
        }

        return t[$"Audit.Translation.{e.Action[(dot + 1)..]}", actor, subject, kind.Value, language ?? "?"].Value;
    }

    private static Guid? UserIdIn(string? details)
    {
        if (details is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(details);
            return json.RootElement.TryGetProperty("userId", out var value) && value.TryGetGuid(out var id) ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static Task<AuditVerification> VerifyAsync(AppDbContext db, CancellationToken ct) => AuditChain.VerifyAsync(db, ct);
}
