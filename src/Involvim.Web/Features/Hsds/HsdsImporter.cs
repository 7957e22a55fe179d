using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using System.Text.RegularExpressions;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Hsds;

/// <summary>A file, region or language the HSDS verbs refuse; the message is the one line the operator reads.</summary>
internal sealed class HsdsFailure(string message) : Exception(message);

/// <summary>What an import did. Organisations and locations are counted apart from services.</summary>
internal sealed record HsdsImportResult(
    int Created,
    int Updated,
    int Unchanged,
    int OrganizationsCreated,
    int OrganizationsUpdated,
    int LocationsCreated,
    int LocationsUpdated)
{
    public bool ChangedAnything => Created + Updated + OrganizationsCreated + OrganizationsUpdated + LocationsCreated + LocationsUpdated > 0;
}

internal static class HsdsRegions
{
    /// <summary>The region by slug, and the language normalised, or a one-line failure.</summary>
    public static async Task<(Region Region, string Language)> ResolveAsync(AppDbContext db, string slug, string language, CancellationToken ct)
    {
        var wanted = slug.Trim().ToLowerInvariant();
        var region = await db.Regions.Include(r => r.Translations).FirstOrDefaultAsync(r => r.Slug == wanted, ct)
            ?? throw new HsdsFailure($"unknown region '{slug}'");
        var code = language.Trim().ToLowerInvariant();
        if (!region.EnabledLanguages.Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            throw new HsdsFailure($"region '{region.Slug}' does not offer language '{language}' (it offers {string.Join(",", region.EnabledLanguages)})");
        }

        return (region, code);
    }
}

/// <summary>
/// <c>import-hsds</c>: upserts a JSON array of fully nested HSDS 3.0 service objects into one region, with their
/// organisations, locations, services-at-locations and schedules, as the texts of one language.
/// <list type="bullet">
/// <item>All or nothing: the whole file is checked first; the first problem stops the import as
/// <c>FILE: record N (id X): field F: problem</c> and nothing is stored. Then one SaveChanges (one transaction).</item>
/// <item>Upsert by id. The file is the truth for every field that maps (HsdsMapper): an absent list (phones,
/// schedules, languages, attributes, cost options, service_at_locations) empties it, an absent text clears it in
/// that language. What HSDS does not carry (access modes, accessibility text, organisation kind) stays as it is.</item>
/// <item>Texts: a new entity gets the language as its source; an existing entity whose source is this language
/// gets its source updated (other languages become outdated only if the text really changed); for any other
/// language the text is stored as a human translation. An unchanged text is not written at all.</item>
/// <item>Services become Published and not demo; last verified only changes with assured_date.</item>
/// <item>Nothing changed (the same file again): nothing is written, no audit entry. Otherwise one
/// <c>hsds.imported</c> audit entry with the counts, and a DirectoryChange for each changed service and organisation.</item>
/// </list>
/// Accepted but not stored: ids of phones, languages, attributes and schedules (we derive our own), a schedule's
/// valid_from/valid_to on weekly hours, count/until/wkst, service_at_location and location schedules, contacts,
/// funding, programs, service areas and other HSDS parts Involvim has no place for. Times are read as the
/// region's local time (an offset after the time is ignored).
/// </summary>
internal sealed partial class HsdsImporter(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int MaxExceptionDays = 366;

    private const int OrganizationNameMax = 200;
    private const int OrganizationDescriptionMax = 4000;
    private const int EmailMax = 254;
    private const int WebsiteMax = 300;
    private const int PhoneMax = 40;
    private const int LocationNameMax = 200;
    private const int AddressMax = 200;
    private const int PostalCodeMax = 20;
    private const int CityMax = 100;
    private const int NoteMax = 200;

    private static readonly string[] Statuses = ["active", "inactive", "defunct", "temporarily closed"];

    public async Task<HsdsImportResult> ImportAsync(Region region, string language, string fileLabel, Stream input, CancellationToken ct)
    {
        var records = await ReadAsync(fileLabel, input, ct);
        var existing = await ExistingAsync(region.Id, ct);
        var foreign = await ForeignAsync(region.Id, records, existing, ct);
        var plan = Check(fileLabel, records, existing, foreign);
        // Tens of thousands of tracked rows: detect changes once, before saving, not on every call.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        HsdsImportResult result;
        try
        {
            result = Apply(region.Id, language, plan, existing);
        }
        finally
        {
            db.ChangeTracker.DetectChanges();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }

        if (result.ChangedAnything)
        {
            audit.Record("hsds.imported", nameof(Region), region.Id.ToString(), region.Id, new
            {
                file = Path.GetFileName(fileLabel) is { Length: > 0 and <= 200 } name ? name : "-",
                language,
                services = new { created = result.Created, updated = result.Updated, unchanged = result.Unchanged },
                organizations = new { created = result.OrganizationsCreated, updated = result.OrganizationsUpdated },
                locations = new { created = result.LocationsCreated, updated = result.LocationsUpdated },
            });
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    // ------------------------------------------------------------------ reading

    /// <summary>One element of the array: the service, or why it could not be read.</summary>
    private sealed record RawRecord(int Number, string IdLabel, HsdsService? Service, string? Field, string? Problem);

    private static async Task<List<RawRecord>> ReadAsync(string file, Stream input, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(input, new JsonDocumentOptions { MaxDepth = 64 }, ct);
        }
        catch (JsonException ex)
        {
            throw new HsdsFailure($"{file}: not valid JSON: {OneLine(ex.Message)}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new HsdsFailure($"{file}: the file must hold a JSON array of HSDS service objects, not {Kind(document.RootElement.ValueKind)}");
            }

            var records = new List<RawRecord>();
            var number = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                number++;
                var idLabel = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var idProperty) && idProperty.ValueKind == JsonValueKind.String
                    ? Shorten(idProperty.GetString() ?? "?")
                    : "?";
                if (element.ValueKind != JsonValueKind.Object)
                {
                    records.Add(new RawRecord(number, idLabel, null, "(record)", $"must be a JSON object, not {Kind(element.ValueKind)}"));
                    continue;
                }

                try
                {
                    records.Add(new RawRecord(number, idLabel, element.Deserialize<HsdsService>(HsdsJson.Options), null, null));
                }
                catch (JsonException ex)
                {
                    var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "(record)";
                    records.Add(new RawRecord(number, idLabel, null, field, "has the wrong type (text, number, list or object as in HSDS 3.0)"));
                }
            }

            return records;
        }
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    // ------------------------------------------------------------------ what is there

    private sealed class Existing
    {
        public required Dictionary<Guid, ServiceListing> Services { get; init; }

        public required Dictionary<Guid, Organization> Organizations { get; init; }

        public required Dictionary<Guid, Location> Locations { get; init; }

        public required Dictionary<Guid, ServiceLocation> Links { get; init; }
    }

    /// <summary>The region's rows, loaded once and tracked (the import changes them in place).</summary>
    private async Task<Existing> ExistingAsync(Guid regionId, CancellationToken ct)
    {
        var services = await db.Services.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(s => s.RegionId == regionId)
            .Include(s => s.Translations)
            .Include(s => s.Locations)
            .Include(s => s.OpeningRules)
            .Include(s => s.ScheduleExceptions)
            .AsSplitQuery()
            .ToDictionaryAsync(s => s.Id, ct);
        var organizations = await db.Organizations.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(o => o.RegionId == regionId)
            .Include(o => o.Translations)
            .ToDictionaryAsync(o => o.Id, ct);
        var locations = await db.Locations.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(l => l.RegionId == regionId)
            .ToDictionaryAsync(l => l.Id, ct);
        var links = services.Values.SelectMany(s => s.Locations).ToDictionary(l => l.Id);
        return new Existing { Services = services, Organizations = organizations, Locations = locations, Links = links };
    }

    private sealed record Foreign(HashSet<Guid> Services, HashSet<Guid> Organizations, HashSet<Guid> Locations, HashSet<Guid> Links);

    /// <summary>Ids in the file that exist in another region (never revealed which one).</summary>
    private async Task<Foreign> ForeignAsync(Guid regionId, List<RawRecord> records, Existing existing, CancellationToken ct)
    {
        var services = new HashSet<Guid>();
        var organizations = new HashSet<Guid>();
        var locations = new HashSet<Guid>();
        var links = new HashSet<Guid>();
        foreach (var service in records.Select(r => r.Service).OfType<HsdsService>())
        {
            AddId(services, service.Id, existing.Services);
            AddId(organizations, service.Organization?.Id ?? service.OrganizationId, existing.Organizations);
            foreach (var link in service.ServiceAtLocations ?? [])
            {
                AddId(links, link?.Id, existing.Links);
                AddId(locations, link?.Location?.Id ?? link?.LocationId, existing.Locations);
            }
        }

        return new Foreign(
            await InChunksAsync(services, chunk => db.Services.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(s => s.RegionId != regionId && chunk.Contains(s.Id)).Select(s => s.Id), ct),
            await InChunksAsync(organizations, chunk => db.Organizations.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(o => o.RegionId != regionId && chunk.Contains(o.Id)).Select(o => o.Id), ct),
            await InChunksAsync(locations, chunk => db.Locations.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(l => l.RegionId != regionId && chunk.Contains(l.Id)).Select(l => l.Id), ct),
            await InChunksAsync(links, chunk => db.ServiceLocations.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(l => l.RegionId != regionId && chunk.Contains(l.Id)).Select(l => l.Id), ct));
    }

    private static void AddId<T>(HashSet<Guid> candidates, string? value, Dictionary<Guid, T> inRegion)
    {
        if (value is not null && Guid.TryParse(value, out var id) && !inRegion.ContainsKey(id))
        {
            candidates.Add(id);
        }
    }

    private static async Task<HashSet<Guid>> InChunksAsync(HashSet<Guid> ids, Func<Guid[], IQueryable<Guid>> query, CancellationToken ct)
    {
        var found = new HashSet<Guid>();
        foreach (var chunk in ids.Chunk(500))
        {
            found.UnionWith(await query(chunk).ToListAsync(ct));
        }

        return found;
    }

    // ------------------------------------------------------------------ checking

    private sealed record OrganizationData(Guid Id, string Name, string? Description, string? Email, string? Website, string? Phone);

    private sealed record LocationData(Guid Id, string Name, string Address, string? PostalCode, string City, string Country, double? Latitude, double? Longitude, Guid? OrganizationId);

    private sealed record ExceptionData(DateOnly Date, bool Closed, TimeOnly? Opens, TimeOnly? Closes, string? Note);

    private sealed record ServiceData(
        Guid Id,
        Guid OrganizationId,
        string Name,
        string? Description,
        string? Eligibility,
        string? Fees,
        string? HowToApply,
        string? Website,
        string? Email,
        string? Phone,
        bool IsFree,
        List<string> Categories,
        List<string> Languages,
        List<(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)> Rules,
        List<ExceptionData> Exceptions,
        List<(Guid LinkId, Guid LocationId)> Links,
        DateOnly? Assured);

    private sealed class Plan
    {
        public List<OrganizationData> Organizations { get; } = [];

        public List<LocationData> Locations { get; } = [];

        /// <summary>For a new location without a known organization_id: the organisation of the first service offered there.</summary>
        public Dictionary<Guid, Guid> LocationOwners { get; } = [];

        public List<ServiceData> Services { get; } = [];
    }

    private sealed class Invalid(string field, string problem) : Exception(problem)
    {
        public string Field { get; } = field;
    }

    private static Plan Check(string file, List<RawRecord> records, Existing existing, Foreign foreign)
    {
        var plan = new Plan();
        var serviceRecords = new Dictionary<Guid, int>();
        var organizationRecords = new Dictionary<Guid, (OrganizationData Data, int Record)>();
        var locationRecords = new Dictionary<Guid, (LocationData Data, int Record)>();
        var linkRecords = new Dictionary<Guid, int>();
        foreach (var record in records)
        {
            try
            {
                if (record.Service is null)
                {
                    throw new Invalid(record.Field!, record.Problem!);
                }

                var context = new CheckContext(record.Number, existing, foreign, serviceRecords, organizationRecords, locationRecords, linkRecords, plan);
                plan.Services.Add(CheckService(record.Service, context));
            }
            catch (Invalid invalid)
            {
                throw new HsdsFailure($"{file}: record {record.Number} (id {record.IdLabel}): field {invalid.Field}: {invalid.Message}");
            }
        }

        return plan;
    }

    private sealed record CheckContext(
        int Record,
        Existing Existing,
        Foreign Foreign,
        Dictionary<Guid, int> ServiceRecords,
        Dictionary<Guid, (OrganizationData Data, int Record)> OrganizationRecords,
        Dictionary<Guid, (LocationData Data, int Record)> LocationRecords,
        Dictionary<Guid, int> LinkRecords,
        Plan Plan);

    private static ServiceData CheckService(HsdsService s, CheckContext c)
    {
        var id = RequiredUuid("id", s.Id);
        if (c.Foreign.Services.Contains(id))
        {
            throw new Invalid("id", "this id belongs to another region");
        }

        if (c.ServiceRecords.TryGetValue(id, out var earlier))
        {
            throw new Invalid("id", $"duplicate: record {earlier} has the same id");
        }

        c.ServiceRecords[id] = c.Record;
        var name = RequiredText("name", s.Name, ServiceLimits.Name);
        var description = Text("description", s.Description, ServiceLimits.LongText);
        var website = Url("url", s.Url);
        var email = Email("email", s.Email);
        if (s.Status is not null && !Statuses.Contains(s.Status, StringComparer.Ordinal))
        {
            throw new Invalid("status", $"'{Shorten(s.Status)}' is not one of {string.Join(", ", Statuses)}");
        }

        var howToApply = Text("application_process", s.ApplicationProcess, ServiceLimits.ShortText);
        var fees = Text("fees_description", s.FeesDescription, ServiceLimits.ShortText);
        var eligibility = Text("eligibility_description", s.EligibilityDescription, ServiceLimits.ShortText);
        DateOnly? assured = s.AssuredDate is null ? null : Date("assured_date", s.AssuredDate, allowDateTime: true);
        var phone = Phone("phones", s.Phones);
        var schedules = CheckSchedules(s.Schedules);
        var links = CheckLinks(s.ServiceAtLocations, id, c, out var locationIds);
        var languages = CheckLanguages(s.Languages);
        var organizationId = CheckOrganization(s, c);
        foreach (var locationId in locationIds)
        {
            c.Plan.LocationOwners.TryAdd(locationId, organizationId);
        }

        var isFree = false;
        for (var i = 0; i < (s.CostOptions?.Count ?? 0); i++)
        {
            var option = s.CostOptions![i] ?? throw new Invalid($"cost_options[{i}]", "must be an object");
            isFree |= option.Amount == 0;
        }

        var categories = CheckCategories(s.Attributes);
        return new ServiceData(id, organizationId, name, description, eligibility, fees, howToApply, website, email, phone, isFree, categories, languages,
            schedules.Rules, schedules.Exceptions, links, assured);
    }

    private static Guid CheckOrganization(HsdsService s, CheckContext c)
    {
        if (s.Organization is null)
        {
            // A service may point to an organisation given in an earlier record or already in the region.
            if (s.OrganizationId is not null)
            {
                var referenced = RequiredUuid("organization_id", s.OrganizationId);
                if (c.OrganizationRecords.ContainsKey(referenced) || c.Existing.Organizations.ContainsKey(referenced))
                {
                    return referenced;
                }

                throw new Invalid("organization_id", "no organisation with this id in the region or in an earlier record; give the organization object");
            }

            throw new Invalid("organization", "missing (each service needs its organization)");
        }

        var o = s.Organization;
        var id = RequiredUuid("organization.id", o.Id);
        if (s.OrganizationId is not null && !string.Equals(s.OrganizationId, o.Id, StringComparison.OrdinalIgnoreCase))
        {
            throw new Invalid("organization_id", "differs from organization.id");
        }

        if (c.Foreign.Organizations.Contains(id))
        {
            throw new Invalid("organization.id", "this id belongs to another region");
        }

        var data = new OrganizationData(
            id,
            RequiredText("organization.name", o.Name, OrganizationNameMax),
            Text("organization.description", o.Description, OrganizationDescriptionMax),
            Email("organization.email", o.Email),
            Url("organization.website", o.Website),
            Phone("organization.phones", o.Phones));
        if (c.OrganizationRecords.TryGetValue(id, out var earlier))
        {
            if (earlier.Data != data)
            {
                throw new Invalid("organization", $"differs from the organization with the same id in record {earlier.Record}");
            }
        }
        else
        {
            c.OrganizationRecords[id] = (data, c.Record);
            c.Plan.Organizations.Add(data);
        }

        return id;
    }

    private static List<(Guid LinkId, Guid LocationId)> CheckLinks(List<HsdsServiceAtLocation>? links, Guid serviceId, CheckContext c, out List<Guid> locationIds)
    {
        var result = new List<(Guid, Guid)>();
        locationIds = [];
        for (var i = 0; i < (links?.Count ?? 0); i++)
        {
            var field = $"service_at_locations[{i}]";
            var link = links![i] ?? throw new Invalid(field, "must be an object");
            var linkId = RequiredUuid(field + ".id", link.Id);
            if (c.Foreign.Links.Contains(linkId))
            {
                throw new Invalid(field + ".id", "this id belongs to another region");
            }

            if (c.LinkRecords.TryGetValue(linkId, out var earlier))
            {
                throw new Invalid(field + ".id", earlier == c.Record ? "duplicate within this service" : $"duplicate: record {earlier} has the same service_at_location id");
            }

            c.LinkRecords[linkId] = c.Record;
            if (c.Existing.Links.TryGetValue(linkId, out var existingLink) && existingLink.ServiceId != serviceId)
            {
                throw new Invalid(field + ".id", $"is the service_at_location of another service ({existingLink.ServiceId:D})");
            }

            Guid locationId;
            if (link.Location is null)
            {
                if (link.LocationId is null)
                {
                    throw new Invalid(field + ".location", "missing (give the location object)");
                }

                locationId = RequiredUuid(field + ".location_id", link.LocationId);
                if (!c.LocationRecords.ContainsKey(locationId) && !c.Existing.Locations.ContainsKey(locationId))
                {
                    throw new Invalid(field + ".location_id", c.Foreign.Locations.Contains(locationId)
                        ? "this id belongs to another region"
                        : "no location with this id in the region or in an earlier record; give the location object");
                }
            }
            else
            {
                locationId = CheckLocation(link.Location, field + ".location", c);
                if (link.LocationId is not null && !string.Equals(link.LocationId, link.Location.Id, StringComparison.OrdinalIgnoreCase))
                {
                    throw new Invalid(field + ".location_id", "differs from location.id");
                }
            }

            if (result.Any(r => r.Item2 == locationId))
            {
                throw new Invalid(field + ".location", "this service is already linked to this location");
            }

            result.Add((linkId, locationId));
            locationIds.Add(locationId);
        }

        return result;
    }

    private static Guid CheckLocation(HsdsLocation l, string field, CheckContext c)
    {
        var id = RequiredUuid(field + ".id", l.Id);
        if (c.Foreign.Locations.Contains(id))
        {
            throw new Invalid(field + ".id", "this id belongs to another region");
        }

        if (l.LocationType is not null && l.LocationType is not ("physical" or "postal" or "virtual"))
        {
            throw new Invalid(field + ".location_type", $"'{Shorten(l.LocationType)}' is not one of physical, postal, virtual");
        }

        var addresses = l.Addresses ?? [];
        for (var i = 0; i < addresses.Count; i++)
        {
            if (addresses[i] is null)
            {
                throw new Invalid($"{field}.addresses[{i}]", "must be an object");
            }
        }

        var index = addresses.FindIndex(a => a.AddressType == "physical");
        if (index < 0 && addresses.Count > 0)
        {
            index = 0;
        }

        var address = index >= 0 ? addresses[index] : null;
        var addressField = $"{field}.addresses[{index}]";
        var line = string.Join(", ", new[] { address?.Address1, address?.Address2 }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        if (line.Length > AddressMax)
        {
            throw new Invalid(addressField + ".address_1", $"longer than {AddressMax} characters (address_1 and address_2 together)");
        }

        var city = Text(addressField + ".city", address?.City, CityMax) ?? "";
        var postalCode = Text(addressField + ".postal_code", address?.PostalCode, PostalCodeMax);
        var country = "SI";
        if (address?.Country is { } givenCountry)
        {
            country = givenCountry.Trim().ToUpperInvariant();
            if (!CountryCode().IsMatch(country))
            {
                throw new Invalid(addressField + ".country", $"'{Shorten(givenCountry)}' is not a two-letter ISO 3166-1 country code");
            }
        }

        if (l.Latitude is < -90 or > 90)
        {
            throw new Invalid(field + ".latitude", $"{l.Latitude.Value.ToString(CultureInfo.InvariantCulture)} is not between -90 and 90 (WGS84 degrees)");
        }

        if (l.Longitude is < -180 or > 180)
        {
            throw new Invalid(field + ".longitude", $"{l.Longitude.Value.ToString(CultureInfo.InvariantCulture)} is not between -180 and 180 (WGS84 degrees)");
        }

        Guid? organizationId = null;
        if (l.OrganizationId is not null)
        {
            var given = RequiredUuid(field + ".organization_id", l.OrganizationId);
            // Only an organisation that will exist counts; any other is left to the service's organisation.
            if (c.OrganizationRecords.ContainsKey(given) || c.Existing.Organizations.ContainsKey(given))
            {
                organizationId = given;
            }
        }

        var name = Text(field + ".name", l.Name, LocationNameMax) ?? (line.Length <= LocationNameMax ? line : line[..LocationNameMax]);
        var data = new LocationData(id, name, line, postalCode, city, country, l.Latitude, l.Longitude, organizationId);
        if (c.LocationRecords.TryGetValue(id, out var earlier))
        {
            if (earlier.Data != data)
            {
                throw new Invalid(field, $"differs from the location with the same id in record {earlier.Record}");
            }
        }
        else
        {
            c.LocationRecords[id] = (data, c.Record);
            c.Plan.Locations.Add(data);
        }

        return id;
    }

    private static (List<(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)> Rules, List<ExceptionData> Exceptions) CheckSchedules(List<HsdsSchedule>? schedules)
    {
        var rules = new List<(DayOfWeek, TimeOnly, TimeOnly)>();
        var exceptions = new List<ExceptionData>();
        for (var i = 0; i < (schedules?.Count ?? 0); i++)
        {
            var field = $"schedules[{i}]";
            var schedule = schedules![i] ?? throw new Invalid(field, "must be an object");
            if (!string.IsNullOrWhiteSpace(schedule.ByDay))
            {
                if (schedule.Freq is not null && schedule.Freq != "WEEKLY")
                {
                    throw new Invalid(field + ".freq", $"'{Shorten(schedule.Freq)}' is not supported; weekly hours need WEEKLY");
                }

                if (schedule.Interval is not null && schedule.Interval != 1)
                {
                    throw new Invalid(field + ".interval", "only 1 (every week) is supported");
                }

                var (opens, closes) = Hours(field, schedule, required: true);
                foreach (var part in schedule.ByDay.Split(','))
                {
                    var day = DayFrom(part.Trim()) ?? throw new Invalid(field + ".byday", $"'{Shorten(part.Trim())}' is not a day (MO, TU, WE, TH, FR, SA, SU)");
                    if (!rules.Contains((day, opens!.Value, closes!.Value)))
                    {
                        rules.Add((day, opens.Value, closes.Value));
                    }
                }

                continue;
            }

            if (schedule.ValidFrom is null)
            {
                throw new Invalid(field, "needs byday (weekly hours) or valid_from (the dates of a closure or of other hours)");
            }

            var from = Date(field + ".valid_from", schedule.ValidFrom, allowDateTime: false);
            var to = schedule.ValidTo is null ? from : Date(field + ".valid_to", schedule.ValidTo, allowDateTime: false);
            if (to < from)
            {
                throw new Invalid(field + ".valid_to", "is before valid_from");
            }

            if (to.DayNumber - from.DayNumber >= MaxExceptionDays)
            {
                throw new Invalid(field + ".valid_to", $"a dated schedule may cover at most {MaxExceptionDays} days");
            }

            var (dayOpens, dayCloses) = Hours(field, schedule, required: false);
            var note = Text(field + ".description", schedule.Description, NoteMax);
            for (var date = from; date <= to; date = date.AddDays(1))
            {
                if (exceptions.Any(e => e.Date == date && (e.Closed || dayOpens is null)))
                {
                    throw new Invalid(field + ".valid_from", $"{date:yyyy-MM-dd} is already closed by an earlier schedule");
                }

                exceptions.Add(new ExceptionData(date, dayOpens is null, dayOpens, dayCloses, note));
            }
        }

        return (rules, exceptions);
    }

    private static (TimeOnly? Opens, TimeOnly? Closes) Hours(string field, HsdsSchedule schedule, bool required)
    {
        if (schedule.OpensAt is null && schedule.ClosesAt is null && !required)
        {
            return (null, null);
        }

        var opens = Time(field + ".opens_at", schedule.OpensAt);
        var closes = Time(field + ".closes_at", schedule.ClosesAt);
        if (opens >= closes)
        {
            throw new Invalid(field + ".opens_at", $"{HsdsMapper.Time(opens)} is not before closes_at {HsdsMapper.Time(closes)}");
        }

        return (opens, closes);
    }

    private static TimeOnly Time(string field, string? value)
    {
        if (value is null)
        {
            throw new Invalid(field, "missing");
        }

        var match = TimePattern().Match(value);
        if (!match.Success ||
            !int.TryParse(match.Groups["h"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23 ||
            !int.TryParse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minute) || minute > 59 ||
            (match.Groups["s"].Success && (!int.TryParse(match.Groups["s"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var second) || second > 59)))
        {
            throw new Invalid(field, $"'{Shorten(value)}' is not a time (HH:MM or HH:MM:SS, 00:00 to 23:59)");
        }

        return new TimeOnly(hour, minute, match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static DayOfWeek? DayFrom(string code) => code.ToUpperInvariant() switch
    {
        "MO" => DayOfWeek.Monday,
        "TU" => DayOfWeek.Tuesday,
        "WE" => DayOfWeek.Wednesday,
        "TH" => DayOfWeek.Thursday,
        "FR" => DayOfWeek.Friday,
        "SA" => DayOfWeek.Saturday,
        "SU" => DayOfWeek.Sunday,
        _ => null,
    };

    private static List<string> CheckLanguages(List<HsdsLanguage>? languages)
    {
        var codes = new List<string>();
        for (var i = 0; i < (languages?.Count ?? 0); i++)
        {
            var field = $"languages[{i}]";
            var language = languages![i] ?? throw new Invalid(field, "must be an object");
            if (language.Code is null)
            {
                throw new Invalid(field + ".code", "missing (an ISO 639-1 or 639-3 code)");
            }

            var code = language.Code.Trim().ToLowerInvariant();
            if (!LanguageCode().IsMatch(code))
            {
                throw new Invalid(field + ".code", $"'{Shorten(language.Code)}' is not an ISO 639-1 or 639-3 code");
            }

            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    private static List<string> CheckCategories(List<HsdsAttribute>? attributes)
    {
        var codes = new List<string>();
        for (var i = 0; i < (attributes?.Count ?? 0); i++)
        {
            var field = $"attributes[{i}]";
            var attribute = attributes![i] ?? throw new Invalid(field, "must be an object");
            var code = attribute.TaxonomyTerm?.Code?.Trim();
            if (code is null && attribute.TaxonomyTermId is { } termId && Guid.TryParse(termId, out var id))
            {
                code = Categories.Codes.FirstOrDefault(c => Categories.TermId(c) == id);
            }

            if (code is null)
            {
                throw new Invalid(field + ".taxonomy_term.code", "missing (one of our category codes)");
            }

            if (!Categories.IsKnown(code))
            {
                throw new Invalid(field + ".taxonomy_term.code", $"unknown category '{Shorten(code)}' (known: {string.Join(", ", Categories.Codes)})");
            }

            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        if (codes.Count > ServiceListing.MaxCategories)
        {
            throw new Invalid("attributes", $"{codes.Count} categories; a service has at most {ServiceListing.MaxCategories}");
        }

        return codes;
    }

    /// <summary>We keep one number: the first.</summary>
    private static string? Phone(string field, List<HsdsPhone>? phones)
    {
        if (phones is not { Count: > 0 })
        {
            return null;
        }

        var phone = phones[0] ?? throw new Invalid($"{field}[0]", "must be an object");
        return RequiredText($"{field}[0].number", phone.Number, PhoneMax);
    }

    private static Guid RequiredUuid(string field, string? value)
    {
        if (value is null)
        {
            throw new Invalid(field, "missing");
        }

        if (!HsdsFilterReader.IsUuid(value.Trim(), out var id))
        {
            throw new Invalid(field, $"'{Shorten(value)}' is not a UUID");
        }

        return id;
    }

    private static string RequiredText(string field, string? value, int max) =>
        Text(field, value, max) ?? throw new Invalid(field, "missing or empty");

    private static string? Text(string field, string? value, int max)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > max)
        {
            throw new Invalid(field, $"{text.Length} characters; at most {max}");
        }

        return text;
    }

    private static string? Url(string field, string? value)
    {
        var text = Text(field, value, WebsiteMax);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new Invalid(field, $"'{Shorten(text)}' is not an absolute http(s) URL");
        }

        return text;
    }

    private static string? Email(string field, string? value)
    {
        var text = Text(field, value, EmailMax);
        if (text is null)
        {
            return null;
        }

        if (!MailAddress.TryCreate(text, out var address) || !string.Equals(address.Address, text, StringComparison.Ordinal))
        {
            throw new Invalid(field, $"'{Shorten(text)}' is not an e-mail address");
        }

        return text;
    }

    private static DateOnly Date(string field, string value, bool allowDateTime)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (allowDateTime && value.Length > 10 && value[10] is 'T' or 't' &&
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.UtcDateTime);
        }

        throw new Invalid(field, $"'{Shorten(value)}' is not a date (YYYY-MM-DD)");
    }

    // ------------------------------------------------------------------ applying

    private HsdsImportResult Apply(Guid regionId, string language, Plan plan, Existing existing)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        int organizationsCreated = 0, organizationsUpdated = 0, locationsCreated = 0, locationsUpdated = 0, created = 0, updated = 0, unchanged = 0;

        foreach (var o in plan.Organizations)
        {
            var isNew = !existing.Organizations.TryGetValue(o.Id, out var entity);
            if (entity is null)
            {
                entity = new Organization { Id = o.Id, RegionId = regionId, Kind = OrganizationKind.Other, CreatedAt = now, UpdatedAt = now };
                db.Organizations.Add(entity);
                existing.Organizations[o.Id] = entity;
            }

            var changed = isNew;
            changed |= Set(entity.Email, o.Email, v => entity.Email = v);
            changed |= Set(entity.Website, o.Website, v => entity.Website = v);
            changed |= Set(entity.Phone, o.Phone, v => entity.Phone = v);
            changed |= WriteText(
                entity.Translations, isNew, language, now,
                () => new OrganizationTranslation { OrganizationId = o.Id },
                t => t.Name == o.Name && t.Description == o.Description,
                t =>
                {
                    t.Name = o.Name;
                    t.Description = o.Description;
                });
            if (changed)
            {
                entity.UpdatedAt = now;
                DirectoryChanges.Record(db, regionId, DirectoryChanges.Organization, o.Id, now);
                if (isNew)
                {
                    organizationsCreated++;
                }
                else
                {
                    organizationsUpdated++;
                }
            }
        }

        foreach (var l in plan.Locations)
        {
            var isNew = !existing.Locations.TryGetValue(l.Id, out var entity);
            if (entity is null)
            {
                entity = new Location
                {
                    Id = l.Id,
                    RegionId = regionId,
                    OrganizationId = l.OrganizationId ?? plan.LocationOwners[l.Id],
                    UpdatedAt = now,
                };
                db.Locations.Add(entity);
                existing.Locations[l.Id] = entity;
            }

            var changed = isNew;
            changed |= Set(entity.Name, l.Name, v => entity.Name = v);
            changed |= Set(entity.Address, l.Address, v => entity.Address = v);
            changed |= Set(entity.PostalCode, l.PostalCode, v => entity.PostalCode = v);
            changed |= Set(entity.City, l.City, v => entity.City = v);
            changed |= Set(entity.Country, l.Country, v => entity.Country = v);
            changed |= Set(entity.Latitude, l.Latitude, v => entity.Latitude = v);
            changed |= Set(entity.Longitude, l.Longitude, v => entity.Longitude = v);
            if (l.OrganizationId is { } owner)
            {
                changed |= Set(entity.OrganizationId, owner, v => entity.OrganizationId = v);
            }

            if (changed)
            {
                entity.UpdatedAt = now;
                if (isNew)
                {
                    locationsCreated++;
                }
                else
                {
                    locationsUpdated++;
                }
            }
        }

        foreach (var s in plan.Services)
        {
            var isNew = !existing.Services.TryGetValue(s.Id, out var entity);
            if (entity is null)
            {
                entity = new ServiceListing
                {
                    Id = s.Id,
                    RegionId = regionId,
                    OrganizationId = s.OrganizationId,
                    Status = PublicationStatus.Published,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.Services.Add(entity);
                existing.Services[s.Id] = entity;
            }

            var changed = isNew;
            changed |= Set(entity.OrganizationId, s.OrganizationId, v => entity.OrganizationId = v);
            changed |= Set(entity.Status, PublicationStatus.Published, v => entity.Status = v);
            changed |= Set(entity.IsDemo, false, v => entity.IsDemo = v);
            changed |= Set(entity.Email, s.Email, v => entity.Email = v);
            changed |= Set(entity.Phone, s.Phone, v => entity.Phone = v);
            changed |= Set(entity.Website, s.Website, v => entity.Website = v);
            changed |= Set(entity.IsFree, s.IsFree, v => entity.IsFree = v);
            if (!entity.Categories.ToHashSet(StringComparer.Ordinal).SetEquals(s.Categories))
            {
                entity.Categories = [.. s.Categories];
                changed = true;
            }

            if (!entity.Languages.ToHashSet(StringComparer.Ordinal).SetEquals(s.Languages))
            {
                entity.Languages = [.. s.Languages];
                changed = true;
            }

            if (s.Assured is { } assured && (entity.LastVerifiedAt is null || DateOnly.FromDateTime(entity.LastVerifiedAt.Value) != assured))
            {
                entity.LastVerifiedAt = assured.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                changed = true;
            }

            changed |= ReplaceRules(entity, s);
            changed |= ReplaceExceptions(entity, s);
            changed |= ReplaceLinks(entity, s, regionId, existing);
            changed |= WriteText(
                entity.Translations, isNew, language, now,
                () => new ServiceTranslation { ServiceId = s.Id },
                t => t.Name == s.Name && t.Description == s.Description && t.Eligibility == s.Eligibility && t.Fees == s.Fees && t.HowToApply == s.HowToApply,
                t =>
                {
                    t.Name = s.Name;
                    t.Description = s.Description;
                    t.Eligibility = s.Eligibility;
                    t.Fees = s.Fees;
                    t.HowToApply = s.HowToApply;
                });
            if (changed)
            {
                entity.UpdatedAt = now;
                DirectoryChanges.Record(db, regionId, DirectoryChanges.Service, s.Id, now);
                if (isNew)
                {
                    created++;
                }
                else
                {
                    updated++;
                }
            }
            else
            {
                unchanged++;
            }
        }

        return new HsdsImportResult(created, updated, unchanged, organizationsCreated, organizationsUpdated, locationsCreated, locationsUpdated);
    }

    private static bool Set<T>(T current, T value, Action<T> assign)
    {
        if (EqualityComparer<T>.Default.Equals(current, value))
        {
            return false;
        }

        assign(value);
        return true;
    }

    /// <summary>
    /// Writes one language's text through <see cref="ContentTranslations.Write"/> when it differs: the source of a
    /// new entity; the source again when this language is the source; otherwise a human translation.
    /// </summary>
    private bool WriteText<T>(List<T> translations, bool isNew, string language, DateTime now, Func<T> create, Func<T, bool> same, Action<T> set)
        where T : ContentTranslation
    {
        var row = translations.FirstOrDefault(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase));
        if (row is not null && same(row))
        {
            return false;
        }

        var status = isNew || row?.Status == TranslationStatus.Source ? TranslationStatus.Source : TranslationStatus.Human;
        var written = ContentTranslations.Write(translations, language, status, now, create, t =>
        {
            if (same(t))
            {
                return false;
            }

            set(t);
            return true;
        });
        Track(written);
        return true;
    }

    private bool ReplaceRules(ServiceListing entity, ServiceData s)
    {
        var current = entity.OpeningRules.Select(r => (r.Day, r.Opens, r.Closes)).Order().ToList();
        var wanted = s.Rules.Order().ToList();
        if (current.SequenceEqual(wanted))
        {
            return false;
        }

        foreach (var rule in entity.OpeningRules)
        {
            db.Remove(rule);
        }

        entity.OpeningRules.Clear();
        foreach (var (day, opens, closes) in s.Rules)
        {
            var rule = new OpeningRule { ServiceId = entity.Id, Day = day, Opens = opens, Closes = closes };
            entity.OpeningRules.Add(rule);
            Track(rule);
        }

        return true;
    }

    private bool ReplaceExceptions(ServiceListing entity, ServiceData s)
    {
        var current = entity.ScheduleExceptions.Select(e => new ExceptionData(e.Date, e.Closed, e.Opens, e.Closes, e.Note))
            .OrderBy(e => e.Date).ThenBy(e => e.Opens).ToList();
        var wanted = s.Exceptions.OrderBy(e => e.Date).ThenBy(e => e.Opens).ToList();
        if (current.SequenceEqual(wanted))
        {
            return false;
        }

        foreach (var exception in entity.ScheduleExceptions)
        {
            db.Remove(exception);
        }

        entity.ScheduleExceptions.Clear();
        foreach (var e in s.Exceptions)
        {
            var exception = new ScheduleException
            {
                ServiceId = entity.Id,
                Date = e.Date,
                Closed = e.Closed,
                Opens = e.Opens,
                Closes = e.Closes,
                Note = e.Note,
            };
            entity.ScheduleExceptions.Add(exception);
            Track(exception);
        }

        return true;
    }

    private bool ReplaceLinks(ServiceListing entity, ServiceData s, Guid regionId, Existing existing)
    {
        var changed = false;
        foreach (var link in entity.Locations.Where(l => !s.Links.Any(w => w.LinkId == l.Id)).ToList())
        {
            db.Remove(link);
            entity.Locations.Remove(link);
            changed = true;
        }

        foreach (var (linkId, locationId) in s.Links)
        {
            var link = entity.Locations.FirstOrDefault(l => l.Id == linkId);
            if (link is null)
            {
                var added = new ServiceLocation { Id = linkId, RegionId = regionId, ServiceId = entity.Id, LocationId = locationId };
                entity.Locations.Add(added);
                Track(added);
                changed = true;
            }
            else if (link.LocationId != locationId)
            {
                link.LocationId = locationId;
                link.Location = existing.Locations[locationId];
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// Marks a new row as added (after it is in its parent's list). A row only reached through a navigation and
    /// carrying its own key (our Guid ids) would otherwise be taken for an existing one and updated, not inserted.
    /// </summary>
    private void Track<T>(T row)
        where T : class
    {
        if (db.Entry(row).State == EntityState.Detached)
        {
            db.Add(row);
        }
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    private static string OneLine(string value) => value.ReplaceLineEndings(" ");

    [GeneratedRegex(@"^(?<h>\d{2}):(?<m>\d{2})(?::(?<s>\d{2})(?:\.\d{1,9})?)?(?:Z|z|[+-]\d{2}(?::?\d{2})?)?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();
}
