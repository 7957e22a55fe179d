using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Regions;

/// <summary>What a new region or a settings change needs; the same rules for the web form and the CLI.</summary>
public sealed record RegionSettings(
    string DefaultLanguage,
    IReadOnlyList<string> Languages,
    string TimeZone,
    string? ContactEmail,
    string? ContactPhone,
    string? Website,
    int RetentionDays,
    IReadOnlyDictionary<string, (string Name, string? Introduction)> Texts);

/// <summary>A rule a region input broke: the form field and the resource key of the message.</summary>
public sealed record RegionProblem(string Field, string MessageKey);

/// <summary>Creates regions and changes their settings, with validation, audit and cache eviction in one place.</summary>
public sealed class RegionAdministration(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    RegionDirectory directory,
    IOutputCacheStore outputCache)
{
    public const int MinRetentionDays = 30;
    public const int MaxRetentionDays = 3650;

    public static IReadOnlyList<RegionProblem> Validate(RegionSettings s)
    {
        var problems = new List<RegionProblem>();
        if (s.Languages.Count == 0 || s.Languages.Any(l => !UiLanguages.IsSupported(l)))
        {
            problems.Add(new("Languages", "Region.Error.Languages"));
        }

        if (!s.Languages.Contains(s.DefaultLanguage))
        {
            problems.Add(new("DefaultLanguage", "Region.Error.DefaultLanguage"));
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(s.TimeZone, out _) || !s.TimeZone.Contains('/', StringComparison.Ordinal))
        {
            problems.Add(new("TimeZone", "Region.Error.TimeZone"));
        }

        if (s.ContactEmail is { Length: > 0 } email && (email.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(email, out _)))
        {
            problems.Add(new("ContactEmail", "Validation.Email"));
        }

        if (s.ContactPhone is { Length: > 0 } phone && (phone.Length > 40 || !phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '/')))
        {
            problems.Add(new("ContactPhone", "Validation.Phone"));
        }

        if (s.Website is { Length: > 0 } website && (website.Length > 300 || !Uri.TryCreate(website, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            problems.Add(new("Website", "Validation.Url"));
        }

        if (s.RetentionDays is < MinRetentionDays or > MaxRetentionDays)
        {
            problems.Add(new("RetentionDays", "Region.Error.Retention"));
        }

        if (!s.Texts.TryGetValue(s.DefaultLanguage, out var main) || string.IsNullOrWhiteSpace(main.Name))
        {
            problems.Add(new("Name", "Region.Error.NameRequired"));
        }

        foreach (var (language, text) in s.Texts)
        {
            if (text.Name.Length > 120)
            {
                problems.Add(new($"Name_{language}", "Validation.TooLong"));
            }

            if (text.Introduction?.Length > 2000)
            {
                problems.Add(new($"Introduction_{language}", "Validation.TooLong"));
            }
        }

        return problems;
    }

    public async Task<(Region? Region, IReadOnlyList<RegionProblem> Problems)> CreateAsync(string slug, RegionSettings settings, bool isDemo, CancellationToken ct)
    {
        var problems = Validate(settings).ToList();
        slug = slug.Trim();
        if (!RegionSlugs.IsValid(slug))
        {
            problems.Add(new("Slug", "Region.Error.Slug"));
        }
        else if (await db.Regions.AnyAsync(r => r.Slug == slug, ct))
        {
            problems.Add(new("Slug", "Region.Error.SlugTaken"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var region = new Region { Slug = slug, IsDemo = isDemo, CreatedAt = now };
        Apply(region, settings, now);
        db.Regions.Add(region);
        audit.Record("region.created", nameof(Region), region.Id.ToString(), region.Id, new { slug, settings.DefaultLanguage, languages = settings.Languages });
        await db.SaveChangesAsync(ct);
        directory.Invalidate();
        return (region, []);
    }

    public async Task<IReadOnlyList<RegionProblem>> UpdateAsync(Guid regionId, RegionSettings settings, CancellationToken ct)
    {
        var problems = Validate(settings);
        if (problems.Count > 0)
        {
            return problems;
        }

        var region = await db.Regions.Include(r => r.Translations).FirstAsync(r => r.Id == regionId, ct);
        var before = Describe(region);
        var now = clock.GetUtcNow().UtcDateTime;
        Apply(region, settings, now);
        var after = Describe(region);
        var changed = before.Where(kv => !Equals(after.GetValueOrDefault(kv.Key), kv.Value)).Select(kv => kv.Key)
            .Concat(after.Keys.Except(before.Keys))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        if (changed.Count == 0)
        {
            return [];
        }

        audit.Record("region.settings.updated", nameof(Region), region.Id.ToString(), region.Id, new { changed });
        await db.SaveChangesAsync(ct);
        directory.Invalidate();
        await outputCache.EvictByTagAsync(PublicPages.RegionTag(region.Id), ct);
        return [];
    }

    public async Task SetActiveAsync(Guid regionId, bool active, CancellationToken ct)
    {
        var region = await db.Regions.FirstAsync(r => r.Id == regionId, ct);
        if (region.IsActive == active)
        {
            return;
        }

        region.IsActive = active;
        region.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(active ? "region.activated" : "region.deactivated", nameof(Region), region.Id.ToString(), region.Id);
        await db.SaveChangesAsync(ct);
        directory.Invalidate();
        await outputCache.EvictByTagAsync(PublicPages.RegionTag(region.Id), ct);
    }

    private static void Apply(Region region, RegionSettings s, DateTime now)
    {
        region.DefaultLanguage = s.DefaultLanguage;
        region.EnabledLanguages = [s.DefaultLanguage, .. s.Languages.Where(l => l != s.DefaultLanguage).Distinct()];
        region.TimeZone = s.TimeZone;
        region.ContactEmail = Blank(s.ContactEmail);
        region.ContactPhone = Blank(s.ContactPhone);
        region.Website = Blank(s.Website);
        region.RetentionDays = s.RetentionDays;
        region.UpdatedAt = now;

        // The default language's text is the source; the others are human translations of it.
        var ordered = s.Texts.OrderBy(kv => kv.Key == s.DefaultLanguage ? 0 : 1);
        foreach (var (language, text) in ordered)
        {
            if (string.IsNullOrWhiteSpace(text.Name) && string.IsNullOrWhiteSpace(text.Introduction))
            {
                region.Translations.RemoveAll(t => t.Language == language && t.Status != TranslationStatus.Source);
                continue;
            }

            ContentTranslations.Write(
                region.Translations,
                language,
                language == s.DefaultLanguage ? TranslationStatus.Source : TranslationStatus.Human,
                now,
                () => new RegionTranslation { RegionId = region.Id },
                row =>
                {
                    var name = text.Name.Trim();
                    var intro = Blank(text.Introduction?.Trim());
                    var changed = row.Name != name || row.Introduction != intro;
                    row.Name = name;
                    row.Introduction = intro;
                    return changed;
                });
        }
    }

    private static Dictionary<string, string?> Describe(Region r)
    {
        var d = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["defaultLanguage"] = r.DefaultLanguage,
            ["languages"] = string.Join(',', r.EnabledLanguages),
            ["timeZone"] = r.TimeZone,
            ["contactEmail"] = r.ContactEmail,
            ["contactPhone"] = r.ContactPhone,
            ["website"] = r.Website,
            ["retentionDays"] = r.RetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var t in r.Translations)
        {
            d[$"name.{t.Language}"] = t.Name;
            d[$"introduction.{t.Language}"] = t.Introduction;
        }

        return d;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
