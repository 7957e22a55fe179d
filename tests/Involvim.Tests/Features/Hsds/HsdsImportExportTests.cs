using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Involvim.Tests.Support;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Hsds;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Hsds;

/// <summary>
/// import-hsds and export-hsds in-process (the verbs call the same importer and exporter): round trips, idempotence,
/// translations, and every kind of broken file refused whole with the file, record and field named.
/// </summary>
public abstract partial class HsdsImportExportTests(AppFixture fixture)
{
    private static readonly ConditionalWeakTable<InvolvimApp, Task<TestIds>> LouthData = [];

    private InvolvimApp App => fixture.App;

    /// <summary>A Louth service, for the "belongs to another region" cases.</summary>
    private Task<TestIds> LouthAsync() => LouthData.GetValue(App, async app =>
    {
        var ids = new TestIds();
        await HsdsTestData.ImportAsync(app, "louth", "en", HsdsTestData.Louth(ids));
        return ids;
    });

    private static JsonArray Items(string json) => JsonNode.Parse(json)!.AsArray();

    private static JsonObject ById(JsonArray items, string id) =>
        items.Select(i => i!.AsObject()).Single(i => i["id"]!.GetValue<string>() == id);

    private static string? Str(JsonNode? node) => node?.GetValue<string>() is { } s ? s.Trim() : null;

    private static IEnumerable<string> Days(string from, string to)
    {
        for (var day = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture); day <= DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture); day = day.AddDays(1))
        {
            yield return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static JsonNode? First(JsonNode? array) => array?.AsArray().FirstOrDefault();

    private static string TimeOf(string value) => value.Length == 5 ? value + ":00" : value[..8];

    /// <summary>What Involvim keeps of an HSDS service, in a form that two files can be compared by.</summary>
    private static JsonObject Supported(JsonObject s)
    {
        var schedules = s["schedules"]?.AsArray().Select(x => x!.AsObject()).ToList() ?? [];
        var weekly = schedules.Where(x => x["byday"] is not null)
            .SelectMany(x => Str(x["byday"])!.Split(',').Select(d => $"{d}@{TimeOf(Str(x["opens_at"])!)}-{TimeOf(Str(x["closes_at"])!)}"))
            .Order(StringComparer.Ordinal);
        // A dated schedule covers each day from valid_from to valid_to (we keep one exception per day).
        var dated = schedules.Where(x => x["byday"] is null)
            .SelectMany(x => Days(Str(x["valid_from"])!, Str(x["valid_to"]) ?? Str(x["valid_from"])!)
                .Select(day => $"{day}@{(x["opens_at"] is null ? "closed" : TimeOf(Str(x["opens_at"])!) + "-" + TimeOf(Str(x["closes_at"])!))}:{Str(x["description"])}"))
            .Order(StringComparer.Ordinal);
        var organization = s["organization"]!.AsObject();
        return new JsonObject
        {
            ["id"] = Str(s["id"]),
            ["name"] = Str(s["name"]),
            ["description"] = Str(s["description"]),
            ["url"] = Str(s["url"]),
            ["email"] = Str(s["email"]),
            ["application_process"] = Str(s["application_process"]),
            ["fees_description"] = Str(s["fees_description"]),
            ["eligibility_description"] = Str(s["eligibility_description"]),
            ["assured_date"] = Str(s["assured_date"]),
            ["phone"] = Str(First(s["phones"])?["number"]),
            ["free"] = s["cost_options"]?.AsArray().Any(c => c!["amount"]?.GetValue<decimal>() == 0) ?? false,
            ["languages"] = new JsonArray([.. (s["languages"]?.AsArray() ?? []).Select(l => JsonValue.Create(Str(l!["code"])))]),
            ["categories"] = new JsonArray([.. (s["attributes"]?.AsArray() ?? []).Select(a => JsonValue.Create(Str(a!["taxonomy_term"]!["code"])))]),
            ["weekly"] = new JsonArray([.. weekly.Select(w => JsonValue.Create(w))]),
            ["dated"] = new JsonArray([.. dated.Select(w => JsonValue.Create(w))]),
            ["organization"] = new JsonObject
            {
                ["id"] = Str(organization["id"]),
                ["name"] = Str(organization["name"]),
                ["description"] = Str(organization["description"]),
                ["email"] = Str(organization["email"]),
                ["website"] = Str(organization["website"]),
                ["phone"] = Str(First(organization["phones"])?["number"]),
            },
            ["places"] = new JsonArray([.. (s["service_at_locations"]?.AsArray() ?? []).Select(x => x!.AsObject()).OrderBy(x => Str(x["id"]), StringComparer.Ordinal).Select(Place)]),
        };
    }

    private static JsonObject Place(JsonObject link)
    {
        var location = link["location"]!.AsObject();
        var address = location["addresses"]?.AsArray().FirstOrDefault()?.AsObject();
        return new JsonObject
        {
            ["id"] = Str(link["id"]),
            ["location_id"] = Str(location["id"]),
            ["name"] = Str(location["name"]),
            ["latitude"] = location["latitude"]?.GetValue<double>(),
            ["longitude"] = location["longitude"]?.GetValue<double>(),
            ["address"] = string.Join(", ", new[] { Str(address?["address_1"]), Str(address?["address_2"]) }.Where(a => !string.IsNullOrEmpty(a))),
            ["city"] = Str(address?["city"]),
            ["postal_code"] = Str(address?["postal_code"]),
            ["country"] = Str(address?["country"]),
        };
    }

    private static void AssertSameSupportedFields(JsonObject imported, JsonObject exported)
    {
        var expected = Supported(imported);
        var actual = Supported(exported);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Round trip lost something.\nimported: {expected.ToJsonString()}\nexported: {actual.ToJsonString()}");
    }

    [Fact]
    public async Task UpstreamExamples_ImportAndExportAgain_KeepEveryFieldWeSupport()
    {
        // service_full.json: everything Involvim maps survives import and export.
        var example = HsdsTestData.ExampleService("health");
        var first = await HsdsTestData.ImportAsync(App, "litija", "en", new JsonArray(example.DeepClone()).ToJsonString(), "service_full.json");
        Assert.Equal(1, first.Created + first.Updated + first.Unchanged);
        var exported = Items(await HsdsTestData.ExportAsync(App, "litija", "en"));
        var mine = ById(exported, example["id"]!.GetValue<string>());
        HsdsSchemas.AssertValid("service", mine, "exported example");
        AssertSameSupportedFields(example, mine);
        Assert.Equal("active", mine["status"]!.GetValue<string>());
        Assert.Equal("Urdu", mine["languages"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(Categories.TermId("health").ToString("D"), mine["attributes"]![0]!["taxonomy_term"]!["id"]!.GetValue<string>());

        // The export is a fixed point: importing it again changes nothing.
        var before = await HsdsTestData.SnapshotAsync(App);
        var again = await HsdsTestData.ImportAsync(App, "litija", "en", new JsonArray(mine.DeepClone()).ToJsonString());
        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(before, await HsdsTestData.SnapshotAsync(App));

        // service_list.json: the one-to-one shape (no places, no schedules) imports too, and is what the service becomes.
        var listed = JsonNode.Parse(HsdsSchemas.Example("service_list.json"))!["contents"]!.AsArray();
        var brief = await HsdsTestData.ImportAsync(App, "litija", "en", listed.ToJsonString(), "service_list.json");
        Assert.Equal((0, 1), (brief.Created, brief.Updated));
        var briefExported = ById(Items(await HsdsTestData.ExportAsync(App, "litija", "en")), example["id"]!.GetValue<string>());
        AssertSameSupportedFields(listed[0]!.AsObject(), briefExported);
        Assert.Empty(briefExported["service_at_locations"]!.AsArray());

        // organization_full.json: its services, given with the organisation they belong to.
        var organization = JsonNode.Parse(HsdsSchemas.Example("organization_full.json"))!.AsObject();
        var services = organization["services"]!.AsArray();
        organization.Remove("services");
        foreach (var service in services.Select(s => s!.AsObject()))
        {
            service["organization"] = organization.DeepClone();
            foreach (var attribute in service["attributes"]!.AsArray())
            {
                attribute!["taxonomy_term"]!["code"] = "community-culture";
            }

            var location = service["service_at_locations"]![0]!["location"]!;
            location["latitude"] = 46.0;
            location["longitude"] = 14.8;
        }

        await HsdsTestData.ImportAsync(App, "litija", "en", services.ToJsonString(), "organization_full.json");
        var fromOrganization = ById(Items(await HsdsTestData.ExportAsync(App, "litija", "en")), example["id"]!.GetValue<string>());
        AssertSameSupportedFields(services[0]!.AsObject(), fromOrganization);
    }

    [Fact]
    public async Task Export_ValidatesAgainstServiceSchema_AndReimportsUnchanged()
    {
        var ids = new TestIds();
        var file = HsdsTestData.Litija(ids);
        var result = await HsdsTestData.ImportAsync(App, "litija", "sl", file);
        Assert.Equal((4, 0, 0, 3, 3), (result.Created, result.Updated, result.Unchanged, result.OrganizationsCreated, result.LocationsCreated));

        var exportedText = await HsdsTestData.ExportAsync(App, "litija", "sl");
        var exported = Items(exportedText);
        for (var i = 0; i < exported.Count; i++)
        {
            HsdsSchemas.AssertValid("service", exported[i], $"export item {i}");
        }

        foreach (var item in Items(file).Select(i => i!.AsObject()))
        {
            var out1 = ById(exported, item["id"]!.GetValue<string>());
            if (item["organization"] is null)
            {
                // s4 names its organisation by id only; the export carries the whole organisation.
                Assert.Equal(item["organization_id"]!.GetValue<string>(), out1["organization"]!["id"]!.GetValue<string>());
                continue;
            }

            if (item["service_at_locations"] is JsonArray links)
            {
                // A place given by location_id only is exported with its location.
                foreach (var link in links.Select(l => l!.AsObject()).Where(l => l["location"] is null).ToList())
                {
                    var full = Items(file).SelectMany(x => x!["service_at_locations"]?.AsArray() ?? []).Select(x => x!["location"]).OfType<JsonObject>()
                        .First(l => l["id"]!.GetValue<string>() == link["location_id"]!.GetValue<string>());
                    link["location"] = full.DeepClone();
                }
            }

            AssertSameSupportedFields(item, out1);
        }

        var before = await HsdsTestData.SnapshotAsync(App);
        var mine = new JsonArray([.. exported.Where(e => Items(file).Any(i => i!["id"]!.GetValue<string>() == e!["id"]!.GetValue<string>())).Select(e => e!.DeepClone())]);
        var again = await HsdsTestData.ImportAsync(App, "litija", "sl", mine.ToJsonString());
        Assert.Equal((0, 0, 4), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(before, await HsdsTestData.SnapshotAsync(App));
    }

    [Fact]
    public async Task ReImport_OfTheSameFile_ChangesNothing_AndTheFirstIsAudited()
    {
        var ids = new TestIds();
        var file = HsdsTestData.Litija(ids);
        var auditBefore = await CountAuditAsync();
        var first = await HsdsTestData.ImportAsync(App, "litija", "sl", file, "litija.json");
        Assert.Equal(4, first.Created);
        Assert.Equal(auditBefore + 1, await CountAuditAsync());
        var entry = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<AuditEntry>().OrderByDescending(e => e.Sequence).FirstAsync());
        Assert.Equal("hsds.imported", entry.Action);
        Assert.NotNull(entry.RegionId);
        Assert.Contains("\"created\":4", entry.Details!, StringComparison.Ordinal);
        Assert.Contains("litija.json", entry.Details!, StringComparison.Ordinal);

        var changes = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<DirectoryChange>().Where(c => c.EntityId == ids["s1"] || c.EntityId == ids["o1"]).ToListAsync());
        Assert.Contains(changes, c => c.EntityType == DirectoryChanges.Service && c.EntityId == ids["s1"]);
        Assert.Contains(changes, c => c.EntityType == DirectoryChanges.Organization && c.EntityId == ids["o1"]);

        var before = await HsdsTestData.SnapshotAsync(App);
        var second = await HsdsTestData.ImportAsync(App, "litija", "sl", file, "litija.json");
        Assert.Equal((0, 0, 4, 0, 0, 0, 0), (second.Created, second.Updated, second.Unchanged, second.OrganizationsCreated, second.OrganizationsUpdated, second.LocationsCreated, second.LocationsUpdated));
        Assert.False(second.ChangedAnything);
        Assert.Equal(before, await HsdsTestData.SnapshotAsync(App));

        // One real change: only that service moves, and one more audit entry.
        var changed = Items(file);
        changed[1]!["description"] = "Svetujemo pri dovoljenjih. Nova uradna ura ob petkih.";
        var third = await HsdsTestData.ImportAsync(App, "litija", "sl", changed.ToJsonString());
        Assert.Equal((0, 1, 3), (third.Created, third.Updated, third.Unchanged));
        Assert.Equal(auditBefore + 2, await CountAuditAsync());
    }

    private Task<int> CountAuditAsync() => App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<AuditEntry>().CountAsync(e => e.Action == "hsds.imported"));

    [Fact]
    public async Task SameIds_InAnotherLanguage_AddTranslations_SourceStays()
    {
        var ids = new TestIds();
        await HsdsTestData.ImportAsync(App, "litija", "sl", HsdsTestData.Litija(ids));
        var english = await HsdsTestData.ImportAsync(App, "litija", "en", HsdsTestData.LitijaEn(ids));
        Assert.Equal((0, 3, 0), (english.Created, english.Updated, english.Unchanged));
        Assert.Equal(0, english.OrganizationsCreated);

        // The English file has no application, fees or eligibility text: those parts are missing, the rest is current.
        var texts = await TextsAsync(ids["s1"]);
        Assert.Equal(TranslationStatus.Source, texts["sl"].Status);
        var english1 = ContentTranslations.Progress(texts.Values, "en");
        Assert.Equal((0, 2), (english1.Outdated, english1.Human));
        Assert.True(english1.Missing > 0);
        Assert.Equal(TranslationStatus.Outdated, texts["en"].Status);
        Assert.Equal("Slovenian course for adults", texts["en"].Name);
        Assert.Null(texts["en"].HowToApply);

        using var client = App.Anonymous();
        Assert.Contains("Slovenian course for adults", await client.GetStringAsync($"/api/hsds/litija/services/{ids["s1"]:D}?lang=en"), StringComparison.Ordinal);
        Assert.Contains("Tečaj slovenščine za odrasle", await client.GetStringAsync($"/api/hsds/litija/services/{ids["s1"]:D}?lang=sl"), StringComparison.Ordinal);

        // A new Slovenian description: the source moves on and only the English description becomes outdated ...
        var slovenian = Items(HsdsTestData.Litija(ids));
        slovenian[0]!["description"] = "Brezplačen tečaj slovenščine, zdaj tudi ob sobotah.";
        await HsdsTestData.ImportAsync(App, "litija", "sl", slovenian.ToJsonString());
        texts = await TextsAsync(ids["s1"]);
        Assert.Equal(TranslationStatus.Source, texts["sl"].Status);
        Assert.Equal((1, 1), (ContentTranslations.Progress(texts.Values, "en").Outdated, ContentTranslations.Progress(texts.Values, "en").Human));
        // ... the same English file again does not pretend to be a new translation ...
        var same = await HsdsTestData.ImportAsync(App, "litija", "en", HsdsTestData.LitijaEn(ids));
        Assert.Equal(3, same.Unchanged);
        Assert.Equal(1, ContentTranslations.Progress((await TextsAsync(ids["s1"])).Values, "en").Outdated);
        // ... and a changed English text is a current human translation again.
        var newEnglish = Items(HsdsTestData.LitijaEn(ids));
        newEnglish[0]!["description"] = "A free Slovenian course, now also on Saturdays.";
        await HsdsTestData.ImportAsync(App, "litija", "en", newEnglish.ToJsonString());
        texts = await TextsAsync(ids["s1"]);
        Assert.Equal((0, 2), (ContentTranslations.Progress(texts.Values, "en").Outdated, ContentTranslations.Progress(texts.Values, "en").Human));

        // Unchanged Slovenian again: the English translation stays current.
        await HsdsTestData.ImportAsync(App, "litija", "sl", slovenian.ToJsonString());
        Assert.Equal(0, ContentTranslations.Progress((await TextsAsync(ids["s1"])).Values, "en").Outdated);
    }

    private Task<Dictionary<string, ServiceTranslation>> TextsAsync(Guid serviceId) => App.WithScopeAsync(async sp =>
        await sp.GetRequiredService<AppDbContext>().ServiceTranslations.AsNoTracking().Where(t => t.ServiceId == serviceId).ToDictionaryAsync(t => t.Language));

    [Fact]
    public async Task Import_LeavesWhatHsdsDoesNotCarry_AndPublishes()
    {
        var ids = new TestIds();
        var file = HsdsTestData.Litija(ids);
        await HsdsTestData.ImportAsync(App, "litija", "sl", file);
        var verified = new DateTime(2026, 1, 15, 9, 30, 0, DateTimeKind.Utc);
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var service = await db.Services.IgnoreQueryFilters().Include(s => s.Translations).SingleAsync(s => s.Id == ids["s1"]);
            service.AccessModes = ["walk-in"];
            service.Status = PublicationStatus.Draft;
            service.IsDemo = true;
            service.LastVerifiedAt = verified;
            service.Translations.Single(t => t.Language == "sl").Accessibility = "Dostop z vozičkom.";
            var other = await db.Services.IgnoreQueryFilters().SingleAsync(s => s.Id == ids["s2"]);
            other.LastVerifiedAt = verified;
            await db.SaveChangesAsync();
        });

        var again = await HsdsTestData.ImportAsync(App, "litija", "sl", file);
        Assert.Equal(1, again.Updated);
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var service = await db.Services.IgnoreQueryFilters().Include(s => s.Translations).SingleAsync(s => s.Id == ids["s1"]);
            Assert.Equal(PublicationStatus.Published, service.Status);
            Assert.False(service.IsDemo);
            Assert.Equal(["walk-in"], service.AccessModes);
            Assert.Equal("Dostop z vozičkom.", service.Translations.Single(t => t.Language == "sl").Accessibility);
            // assured_date 2026-01-15 is the same day: the time of day stays.
            Assert.Equal(verified, service.LastVerifiedAt);
            // s2 has no assured_date: its last verification is not touched.
            Assert.Equal(verified, (await db.Services.IgnoreQueryFilters().SingleAsync(s => s.Id == ids["s2"])).LastVerifiedAt);
        });
    }

    [Theory]
    [InlineData("record-not-object", "(record)")]
    [InlineData("missing-id", "id")]
    [InlineData("invalid-id", "id")]
    [InlineData("duplicate-id", "id")]
    [InlineData("other-region-id", "id")]
    [InlineData("missing-name", "name")]
    [InlineData("blank-name", "name")]
    [InlineData("name-not-text", "name")]
    [InlineData("long-name", "name")]
    [InlineData("long-description", "description")]
    [InlineData("long-fees", "fees_description")]
    [InlineData("bad-url", "url")]
    [InlineData("bad-email", "email")]
    [InlineData("bad-status", "status")]
    [InlineData("bad-assured-date", "assured_date")]
    [InlineData("unknown-category", "attributes[0].taxonomy_term.code")]
    [InlineData("category-without-code", "attributes[0].taxonomy_term.code")]
    [InlineData("too-many-categories", "attributes")]
    [InlineData("bad-language", "languages[0].code")]
    [InlineData("bad-time", "schedules[0].opens_at")]
    [InlineData("time-as-words", "schedules[0].closes_at")]
    [InlineData("missing-time", "schedules[0].closes_at")]
    [InlineData("bad-day", "schedules[0].byday")]
    [InlineData("opens-after-closes", "schedules[0].opens_at")]
    [InlineData("opens-equals-closes", "schedules[0].opens_at")]
    [InlineData("monthly", "schedules[0].freq")]
    [InlineData("bad-date", "schedules[1].valid_from")]
    [InlineData("schedule-without-days-or-dates", "schedules[1]")]
    [InlineData("missing-organization", "organization")]
    [InlineData("organization-without-name", "organization.name")]
    [InlineData("organization-conflict", "organization")]
    [InlineData("other-region-organization", "organization.id")]
    [InlineData("long-phone", "phones[0].number")]
    [InlineData("duplicate-link", "service_at_locations[0].id")]
    [InlineData("other-region-location", "service_at_locations[0].location.id")]
    [InlineData("bad-latitude", "service_at_locations[0].location.latitude")]
    [InlineData("bad-country", "service_at_locations[0].location.addresses[0].country")]
    [InlineData("unknown-location-id", "service_at_locations[1].location_id")]
    public async Task BrokenFile_IsRefusedWhole_NamingFileRecordAndField(string broken, string field)
    {
        var louth = await LouthAsync();
        var ids = new TestIds();
        var file = Items(HsdsTestData.Litija(ids));
        var third = file[2]!.AsObject();
        Break(broken, file, third, ids, louth);
        var counts = await HsdsTestData.CountsAsync(App);

        var failure = await Assert.ThrowsAsync<HsdsFailure>(() => HsdsTestData.ImportAsync(App, "litija", "sl", file.ToJsonString(), "broken.json"));

        Assert.DoesNotContain('\n', failure.Message);
        var match = ProblemLine().Match(failure.Message);
        Assert.True(match.Success, $"Not FILE: record N (id X): field F: problem — {failure.Message}");
        Assert.Equal("3", match.Groups["record"].Value);
        Assert.Equal(field, match.Groups["field"].Value);
        if (broken is not ("missing-id" or "invalid-id" or "record-not-object"))
        {
            Assert.Equal(third["id"]!.GetValue<string>(), match.Groups["id"].Value);
        }

        // Nothing of the file was stored, not even its two good records.
        Assert.Equal(counts, await HsdsTestData.CountsAsync(App));
        Assert.False(await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Services.IgnoreQueryFilters().AnyAsync(s => s.Id == ids["s1"])));
    }

    [GeneratedRegex(@"^broken\.json: record (?<record>\d+) \(id (?<id>[^)]*)\): field (?<field>\S+): \S.*$")]
    private static partial Regex ProblemLine();

    private static void Break(string broken, JsonArray file, JsonObject s, TestIds ids, TestIds louth)
    {
        var schedule = s["schedules"]![0]!.AsObject();
        var location = s["service_at_locations"]![0]!["location"]!.AsObject();
        switch (broken)
        {
            case "record-not-object": file[2] = 42; break;
            case "missing-id": s.Remove("id"); break;
            case "invalid-id": s["id"] = "123"; break;
            case "duplicate-id": s["id"] = ids.Text("s1"); break;
            case "other-region-id": s["id"] = louth.Text("s9"); break;
            case "missing-name": s.Remove("name"); break;
            case "blank-name": s["name"] = "   "; break;
            case "name-not-text": s["name"] = 5; break;
            case "long-name": s["name"] = new string('a', ServiceLimits.Name + 1); break;
            case "long-description": s["description"] = new string('a', ServiceLimits.LongText + 1); break;
            case "long-fees": s["fees_description"] = new string('a', ServiceLimits.ShortText + 1); break;
            case "bad-url": s["url"] = "ftp://nk-litija.example"; break;
            case "bad-email": s["email"] = "not an address"; break;
            case "bad-status": s["status"] = "open"; break;
            case "bad-assured-date": s["assured_date"] = "15.1.2026"; break;
            case "unknown-category": s["attributes"]![0]!["taxonomy_term"]!["code"] = "cooking"; break;
            case "category-without-code": s["attributes"]![0]!.AsObject().Remove("taxonomy_term"); break;
            case "too-many-categories":
                s["attributes"] = new JsonArray([.. Categories.Codes.Take(6).Select(c => new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["taxonomy_term"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["code"] = c, ["name"] = c, ["description"] = c } })]);
                break;
            case "bad-language": s["languages"]![0]!["code"] = "Slovenian"; break;
            case "bad-time": schedule["opens_at"] = "25:00"; break;
            case "time-as-words": schedule["closes_at"] = "6pm"; break;
            case "missing-time": schedule.Remove("closes_at"); break;
            case "bad-day": schedule["byday"] = "TU,XX"; break;
            case "opens-after-closes": schedule["opens_at"] = "18:30"; break;
            case "opens-equals-closes": schedule["opens_at"] = "18:00"; break;
            case "monthly": schedule["freq"] = "MONTHLY"; break;
            case "bad-date": s["schedules"]!.AsArray().Add(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["valid_from"] = "2026-02-30" }); break;
            case "schedule-without-days-or-dates": s["schedules"]!.AsArray().Add(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["description"] = "Po dogovoru" }); break;
            case "missing-organization": s.Remove("organization"); break;
            case "organization-without-name": s["organization"]!.AsObject().Remove("name"); break;
            case "organization-conflict":
                s["organization"]!["id"] = ids.Text("o1");
                break;
            case "other-region-organization": s["organization"]!["id"] = louth.Text("o9"); break;
            case "long-phone": s["phones"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["number"] = new string('1', 41) }); break;
            case "duplicate-link": s["service_at_locations"]![0]!["id"] = ids.Text("a1"); break;
            case "other-region-location": location["id"] = louth.Text("l9"); break;
            case "bad-latitude": location["latitude"] = 100; break;
            case "bad-country": location["addresses"]![0]!["country"] = "Slovenia"; break;
            case "unknown-location-id": s["service_at_locations"]![1]!["location_id"] = Guid.NewGuid().ToString(); break;
            default: throw new ArgumentOutOfRangeException(nameof(broken), broken, null);
        }
    }

    [Theory]
    [InlineData("{ \"id\": ", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("{ \"id\": \"ac148810-d857-441c-9679-408f346de14b\" }", "must hold a JSON array")]
    [InlineData("\"services\"", "must hold a JSON array")]
    public async Task NotAnArrayOfServices_IsRefused(string content, string problem)
    {
        var counts = await HsdsTestData.CountsAsync(App);
        var failure = await Assert.ThrowsAsync<HsdsFailure>(() => HsdsTestData.ImportAsync(App, "litija", "sl", content, "broken.json"));
        Assert.StartsWith("broken.json: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(problem, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.Equal(counts, await HsdsTestData.CountsAsync(App));
    }

    [Fact]
    public async Task EmptyArray_ChangesNothing()
    {
        var before = await HsdsTestData.SnapshotAsync(App);
        var result = await HsdsTestData.ImportAsync(App, "litija", "sl", "[]");
        Assert.False(result.ChangedAnything);
        Assert.Equal(before, await HsdsTestData.SnapshotAsync(App));
    }

    [Theory]
    [InlineData("nowhere", "sl", "unknown region 'nowhere'")]
    [InlineData("louth", "sl", "region 'louth' does not offer language 'sl'")]
    [InlineData("litija", "xx", "does not offer language 'xx'")]
    public async Task UnknownRegionOrLanguage_IsRefused(string region, string language, string problem)
    {
        var failure = await Assert.ThrowsAsync<HsdsFailure>(() => HsdsTestData.ImportAsync(App, region, language, "[]"));
        Assert.Contains(problem, failure.Message, StringComparison.Ordinal);
        var export = await Assert.ThrowsAsync<HsdsFailure>(() => HsdsTestData.ExportAsync(App, region, language));
        Assert.Contains(problem, export.Message, StringComparison.Ordinal);
    }
}

public sealed class HsdsImportExportTests_Sqlite(SqliteFixture fixture) : HsdsImportExportTests(fixture), IClassFixture<SqliteFixture>;

public sealed class HsdsImportExportTests_Postgres(PostgresFixture fixture) : HsdsImportExportTests(fixture), IClassFixture<PostgresFixture>;
