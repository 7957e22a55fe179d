using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Hsds;

/// <summary>
/// Involvim's directory as HSDS 3.0, by hand (no mapper library). What maps:
/// <list type="bullet">
/// <item>service: id, organization_id, name, description, eligibility_description, fees_description (Fees),
/// application_process (HowToApply), url (Website), email, phones (Phone), status (always <c>active</c>: only published
/// services are shown), languages (the languages the service is delivered in), attributes (our categories as terms of
/// the one taxonomy "Involvim categories"), cost_options (one "Free" option of amount 0 when the service is free),
/// schedules, service_at_locations, organization, assured_date (LastVerifiedAt), last_modified (the latest change of
/// the service, its organisation or its locations).</item>
/// <item>schedules: the weekly opening rules, one schedule per opening time (freq WEEKLY, byday, opens_at, closes_at
/// in the region's local time, HH:MM:SS); each dated exception as a schedule with valid_from = valid_to = the date,
/// description = its note, and either opens_at/closes_at (other hours) or none with notes <c>closed</c> (closed).</item>
/// <item>organization: id, name, description, email, website, phones. location: id, name, organization_id,
/// latitude, longitude and one physical address (address_1, city, postal_code, country; state_province is empty).</item>
/// </list>
/// Not mapped: access modes, the service's accessibility text, organisation kind, pending changes.
/// Ids of phones, addresses, languages, attributes, weekly schedules and cost options are derived from their owner
/// (stable, name-based UUIDs); they are not stored.
/// </summary>
internal sealed class HsdsMapper
{
    public const string TaxonomyName = "Involvim categories";

    /// <summary>The one taxonomy of our 14 categories; fixed for ever.</summary>
    public static readonly Guid TaxonomyId = new("5e0c7f0e-4b8a-4d1f-9a63-2f1d7c0b9e41");

    private static readonly DayOfWeek[] WeekFromMonday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private readonly Dictionary<string, string> _labels;

    public HsdsMapper(IStringLocalizer<SharedResource> localizer, string language, string regionDefault)
    {
        Language = language;
        RegionDefault = regionDefault;
        using var culture = new CultureScope(language);
        _labels = Categories.Codes.ToDictionary(c => c, c => localizer[$"Category.{c}"].Value, StringComparer.Ordinal);
    }

    public string Language { get; }

    public string RegionDefault { get; }

    /// <summary>Set by a full mapping when a text was not in <see cref="Language"/> and fell back to another one.</summary>
    public int Fallbacks { get; private set; }

    public static string Date(DateTime value) => DateOnly.FromDateTime(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTimeUtc(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly value) => value.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Day(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "MO",
        DayOfWeek.Tuesday => "TU",
        DayOfWeek.Wednesday => "WE",
        DayOfWeek.Thursday => "TH",
        DayOfWeek.Friday => "FR",
        DayOfWeek.Saturday => "SA",
        _ => "SU",
    };

    /// <summary>A stable UUID (RFC 9562 version 8, name-based) for a part of <paramref name="owner"/> that has no id of its own.</summary>
    public static Guid Derive(Guid owner, string part)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"involvim-hsds:{owner:D}:{part}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    public static string Id(Guid id) => id.ToString("D");

    /// <summary>The latest change of the service or of what it shows (organisation, locations).</summary>
    public static DateTime LastModified(ServiceListing s)
    {
        var latest = s.UpdatedAt;
        if (s.Organization is { } org && org.UpdatedAt > latest)
        {
            latest = org.UpdatedAt;
        }

        foreach (var link in s.Locations)
        {
            if (link.Location is { } location && location.UpdatedAt > latest)
            {
                latest = location.UpdatedAt;
            }
        }

        return latest;
    }

    public HsdsTaxonomy Taxonomy() => new()
    {
        Id = Id(TaxonomyId),
        Name = TaxonomyName,
        Description = "The fixed service categories of Involvim, a directory of services for work-based immigrants. Term codes never change; names are in the language asked for.",
        Version = "1",
    };

    public HsdsTaxonomyTerm Term(string code, bool withDetail = true) => new()
    {
        Id = Id(Categories.TermId(code)),
        Code = code,
        Name = _labels[code],
        Description = _labels[code],
        Taxonomy = TaxonomyName,
        TaxonomyDetail = withDetail ? Taxonomy() : null,
        Language = Language,
        TaxonomyId = Id(TaxonomyId),
    };

    private ServiceTranslation? Text(ServiceListing s, bool count)
    {
        var picked = ContentTranslations.Pick(s.Translations, Language, RegionDefault);
        if (count && picked is { IsFallback: true })
        {
            Fallbacks++;
        }

        return picked?.Value;
    }

    /// <summary>One-to-one fields and the organisation: the shape of a list item.</summary>
    public HsdsService BriefService(ServiceListing s)
    {
        var text = Text(s, count: false);
        return new HsdsService
        {
            Id = Id(s.Id),
            OrganizationId = Id(s.OrganizationId),
            Name = text?.Name ?? "",
            Description = text?.Description,
            Url = s.Website,
            Email = s.Email,
            Status = "active",
            ApplicationProcess = text?.HowToApply,
            FeesDescription = text?.Fees,
            EligibilityDescription = text?.Eligibility,
            AssuredDate = s.LastVerifiedAt is { } verified ? Date(verified) : null,
            LastModified = DateTimeUtc(LastModified(s)),
            Organization = s.Organization is null ? null : Organization(s.Organization, withPhones: false),
        };
    }

    /// <summary>The fully nested service (<c>/services/{id}</c>, export).</summary>
    public HsdsService FullService(ServiceListing s)
    {
        var text = Text(s, count: true);
        var id = Id(s.Id);
        var service = BriefService(s);
        service.Name = text?.Name ?? "";
        service.Organization = s.Organization is null ? null : Organization(s.Organization, withPhones: true);
        service.Phones = s.Phone is null ? [] : [new HsdsPhone { Id = Id(Derive(s.Id, "phone")), ServiceId = id, Number = s.Phone }];
        service.Schedules = Schedules(s);
        service.ServiceAtLocations = s.Locations
            .Where(l => l.Location is not null)
            .OrderBy(l => l.Location!.Name, StringComparer.Ordinal)
            .ThenBy(l => l.Id)
            .Select(l => ServiceAtLocation(l, service: null, fullLocation: true))
            .ToList();
        service.Languages = s.Languages
            .Select(code => new HsdsLanguage { Id = Id(Derive(s.Id, "language:" + code)), ServiceId = id, Name = LanguageName(code), Code = code })
            .ToList();
        service.CostOptions = s.IsFree
            ? [new HsdsCostOption { Id = Id(Derive(s.Id, "cost:free")), ServiceId = id, Option = "Free", Amount = 0 }]
            : [];
        service.Attributes = s.Categories
            .Where(Categories.IsKnown)
            .Select(code => new HsdsAttribute
            {
                Id = Id(Derive(s.Id, "category:" + code)),
                LinkId = id,
                LinkEntity = "service",
                TaxonomyTermId = Id(Categories.TermId(code)),
                TaxonomyTerm = Term(code, withDetail: false),
            })
            .ToList();
        return service;
    }

    public List<HsdsSchedule> Schedules(ServiceListing s)
    {
        var id = Id(s.Id);
        var schedules = s.OpeningRules
            .GroupBy(r => (r.Opens, r.Closes))
            .OrderBy(g => g.Key.Opens)
            .ThenBy(g => g.Key.Closes)
            .Select(g => new HsdsSchedule
            {
                Id = Id(Derive(s.Id, $"weekly:{Time(g.Key.Opens)}-{Time(g.Key.Closes)}")),
                ServiceId = id,
                Freq = "WEEKLY",
                ByDay = string.Join(',', WeekFromMonday.Where(d => g.Any(r => r.Day == d)).Select(Day)),
                OpensAt = Time(g.Key.Opens),
                ClosesAt = Time(g.Key.Closes),
            })
            .ToList();
        schedules.AddRange(s.ScheduleExceptions
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Opens)
            .Select(e => new HsdsSchedule
            {
                Id = Id(e.Id),
                ServiceId = id,
                ValidFrom = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ValidTo = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Description = e.Note,
                OpensAt = e.Closed || e.Opens is null ? null : Time(e.Opens.Value),
                ClosesAt = e.Closed || e.Closes is null ? null : Time(e.Closes.Value),
                Notes = e.Closed ? "closed" : null,
            }));
        return schedules;
    }

    public HsdsServiceAtLocation ServiceAtLocation(ServiceLocation link, HsdsService? service, bool fullLocation) => new()
    {
        Id = Id(link.Id),
        ServiceId = Id(link.ServiceId),
        LocationId = Id(link.LocationId),
        Location = link.Location is null ? null : Location(link.Location, fullLocation),
        Service = service,
    };

    public static HsdsLocation Location(Location l, bool withAddress) => new()
    {
        Id = Id(l.Id),
        LocationType = "physical",
        OrganizationId = Id(l.OrganizationId),
        Name = l.Name,
        Latitude = l.Latitude,
        Longitude = l.Longitude,
        Addresses = withAddress
            ?
            [
                new HsdsAddress
                {
                    Id = Id(Derive(l.Id, "address")),
                    LocationId = Id(l.Id),
                    Address1 = l.Address,
                    City = l.City,
                    StateProvince = "",
                    PostalCode = l.PostalCode ?? "",
                    Country = l.Country,
                    AddressType = "physical",
                },
            ]
            : null,
    };

    public HsdsOrganization Organization(Organization o, bool withPhones)
    {
        var text = ContentTranslations.Pick(o.Translations, Language, RegionDefault)?.Value;
        return new HsdsOrganization
        {
            Id = Id(o.Id),
            Name = text?.Name ?? "",
            Description = text?.Description ?? "",
            Email = o.Email,
            Website = o.Website,
            Phones = !withPhones ? null
                : o.Phone is null ? []
                : [new HsdsPhone { Id = Id(Derive(o.Id, "phone")), OrganizationId = Id(o.Id), Number = o.Phone }],
        };
    }

    /// <summary>The English name of a language code ("uk" → "Ukrainian"); the code itself when the runtime does not know it.</summary>
    public static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            var name = culture.EnglishName;
            return string.IsNullOrEmpty(name) || name.StartsWith("Unknown", StringComparison.Ordinal) || string.Equals(name, code, StringComparison.OrdinalIgnoreCase)
                ? code
                : name;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}

/// <summary>The queries behind the HSDS API and the export: published services of one region, scoped explicitly.</summary>
internal static class HsdsQueries
{
    /// <summary>Works with or without a current region (web request or CLI): the region filter is replaced by an explicit one.</summary>
    public static IQueryable<ServiceListing> PublishedServices(AppDbContext db, Guid regionId) =>
        db.Services.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(s => s.RegionId == regionId && s.Status == PublicationStatus.Published);

    /// <summary>Services with everything HSDS shows, in the order of <paramref name="ids"/>.</summary>
    public static async Task<List<ServiceListing>> LoadAsync(AppDbContext db, Guid regionId, IReadOnlyCollection<Guid> ids, CancellationToken ct, bool full = true)
    {
        var loaded = new Dictionary<Guid, ServiceListing>();
        foreach (var chunk in ids.Chunk(500))
        {
            var matching = PublishedServices(db, regionId).Where(s => chunk.Contains(s.Id));
            var rows = await (full ? Full(matching) : Brief(matching)).ToListAsync(ct);
            foreach (var row in rows)
            {
                loaded[row.Id] = row;
            }
        }

        return ids.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();
    }

    /// <summary>Every published service of the region with everything HSDS shows, by id (the export).</summary>
    public static Task<List<ServiceListing>> LoadAllAsync(AppDbContext db, Guid regionId, CancellationToken ct) =>
        Full(PublishedServices(db, regionId)).OrderBy(s => s.Id).ToListAsync(ct);

    /// <summary>What a list of one-to-one fields needs: the texts and the organisation.</summary>
    public static IQueryable<ServiceListing> Brief(IQueryable<ServiceListing> query) =>
        query.AsNoTracking()
            .Include(s => s.Translations)
            .Include(s => s.Organization!).ThenInclude(o => o.Translations)
            .AsSplitQuery();

    public static IQueryable<ServiceListing> Full(IQueryable<ServiceListing> query) =>
        query.AsNoTracking()
            .Include(s => s.Translations)
            .Include(s => s.Organization!).ThenInclude(o => o.Translations)
            .Include(s => s.Locations).ThenInclude(l => l.Location)
            .Include(s => s.OpeningRules)
            .Include(s => s.ScheduleExceptions)
            .AsSplitQuery();
}
