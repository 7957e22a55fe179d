using System.Text.Json.Nodes;
using Involvim.Tests.Support;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Hsds;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Hsds;

/// <summary>Fresh ids for one use of the fixture files: the same key gives the same id.</summary>
public sealed class TestIds
{
    private readonly Dictionary<string, Guid> _ids = new(StringComparer.Ordinal);

    public Guid this[string key] => _ids.TryGetValue(key, out var id) ? id : _ids[key] = Guid.NewGuid();

    public string Text(string key) => this[key].ToString("D");

    /// <summary>Whether <paramref name="id"/> is one of these ids.</summary>
    public bool Knows(string id) => Guid.TryParse(id, out var guid) && _ids.ContainsValue(guid);

    /// <summary>Replaces every <c>@key</c> placeholder (letters and digits after @) with its id.</summary>
    public string Fill(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, "\"@([a-z0-9]+)\"", m => $"\"{Text(m.Groups[1].Value)}\"");
}

/// <summary>Fixture files and helpers of the HSDS tests: a small, realistic Litija directory, the upstream examples, imports in-process.</summary>
internal static class HsdsTestData
{
    /// <summary>
    /// Four services of Litija in Slovenian: a Slovenian course (free; Monday and Wednesday evenings; closed over
    /// Christmas, other hours on 24 June), help with residence permits (two time slots), a football school at two
    /// places, and workers'-rights counselling (no place, no hours). Keys: s1..s4, o1..o3, l1..l3, a1..a4 (links).
    /// </summary>
    public const string LitijaSl = """
        [
          {
            "id": "@s1",
            "name": "Tečaj slovenščine za odrasle",
            "description": "Brezplačen začetni tečaj slovenščine za odrasle, ki so prišli v Litijo delat. Učimo se v majhnih skupinah.",
            "url": "https://cik-litija.example/slovenscina",
            "email": "tecaji@cik-litija.example",
            "status": "active",
            "application_process": "Pokličite ali pridite v knjižnico v času tečaja. S seboj prinesite osebni dokument.",
            "fees_description": "Brezplačno.",
            "eligibility_description": "Odrasli tujci, ki živijo ali delajo v občini Litija.",
            "assured_date": "2026-01-15",
            "phones": [ { "id": "@p1", "number": "+386 1 890 00 10" } ],
            "schedules": [
              { "id": "@h1", "freq": "WEEKLY", "byday": "MO,WE", "opens_at": "17:00", "closes_at": "19:00:00" },
              { "id": "@h2", "valid_from": "2026-12-24", "valid_to": "2026-12-26", "description": "Božični prazniki" },
              { "id": "@h3", "valid_from": "2026-06-24", "valid_to": "2026-06-24", "opens_at": "16:00", "closes_at": "18:00", "description": "Dan pred praznikom krajše" }
            ],
            "service_at_locations": [
              {
                "id": "@a1",
                "location": {
                  "id": "@l1",
                  "location_type": "physical",
                  "name": "Knjižnica Litija",
                  "latitude": 46.0573,
                  "longitude": 14.8246,
                  "addresses": [ { "id": "@d1", "address_1": "Parmova ulica 7", "city": "Litija", "state_province": "", "postal_code": "1270", "country": "SI", "address_type": "physical" } ]
                }
              }
            ],
            "languages": [ { "id": "@g1", "name": "Slovenian", "code": "sl" }, { "id": "@g2", "name": "English", "code": "en" }, { "id": "@g3", "name": "Ukrainian", "code": "uk" } ],
            "organization": {
              "id": "@o1",
              "name": "Center za izobraževanje in kulturo Litija",
              "description": "Izobraževanje odraslih, knjižnica in kulturni programi.",
              "email": "info@cik-litija.example",
              "website": "https://cik-litija.example",
              "phones": [ { "id": "@p2", "number": "+386 1 890 00 00" } ]
            },
            "cost_options": [ { "id": "@c1", "option": "Free", "amount": 0 } ],
            "attributes": [
              { "id": "@t1", "taxonomy_term": { "id": "@t1t", "code": "language-learning", "name": "Učenje jezika", "description": "Učenje jezika" } },
              { "id": "@t2", "taxonomy_term": { "id": "@t2t", "code": "education-schools", "name": "Izobraževanje", "description": "Izobraževanje" } }
            ]
          },
          {
            "id": "@s2",
            "name": "Pomoč pri dovoljenju za prebivanje",
            "description": "Svetujemo pri prvem dovoljenju in podaljšanju dovoljenja za prebivanje in delo.",
            "status": "active",
            "application_process": "Naročite se po telefonu.",
            "phones": [ { "id": "@p3", "number": "+386 1 899 10 00" } ],
            "schedules": [
              { "id": "@h4", "freq": "WEEKLY", "byday": "TU,TH", "opens_at": "08:00:00", "closes_at": "12:00:00" },
              { "id": "@h5", "freq": "WEEKLY", "interval": 1, "byday": "TU", "opens_at": "13:00:00", "closes_at": "15:00:00" }
            ],
            "service_at_locations": [
              {
                "id": "@a2",
                "location": {
                  "id": "@l2",
                  "location_type": "physical",
                  "name": "Urad za delo Litija",
                  "addresses": [ { "id": "@d2", "address_1": "Kidričeva cesta 1", "city": "Litija", "state_province": "", "postal_code": "1270", "country": "SI", "address_type": "physical" } ]
                }
              }
            ],
            "languages": [ { "id": "@g4", "code": "sl" }, { "id": "@g5", "code": "bs" }, { "id": "@g6", "code": "mk" }, { "id": "@g7", "code": "sq" } ],
            "organization": {
              "id": "@o2",
              "name": "Informacijska točka za tujce",
              "description": "Svetovanje tujim delavcem in delodajalcem."
            },
            "attributes": [
              { "id": "@t3", "taxonomy_term": { "id": "@t3t", "code": "documents-permits", "name": "Dokumenti", "description": "Dokumenti" } },
              { "id": "@t4", "taxonomy_term": { "id": "@t4t", "code": "work-rights", "name": "Pravice", "description": "Pravice" } }
            ]
          },
          {
            "id": "@s3",
            "name": "Nogometna šola za otroke",
            "description": "Treningi za otroke od 6 do 14 let, tudi za otroke, ki še ne govorijo slovensko.",
            "fees_description": "20 € na mesec.",
            "status": "active",
            "schedules": [ { "id": "@h6", "freq": "WEEKLY", "byday": "TU,FR", "opens_at": "16:30", "closes_at": "18:00" } ],
            "service_at_locations": [
              {
                "id": "@a3",
                "location": {
                  "id": "@l3",
                  "name": "Športni park Litija",
                  "latitude": 46.0551,
                  "longitude": 14.8302,
                  "addresses": [ { "id": "@d3", "address_1": "Cesta komandanta Staneta 2", "city": "Litija", "state_province": "", "postal_code": "1270", "country": "SI", "address_type": "physical" } ]
                }
              },
              { "id": "@a4", "location_id": "@l1" }
            ],
            "languages": [ { "id": "@g8", "code": "sl" } ],
            "organization": {
              "id": "@o3",
              "name": "Nogometni klub Litija",
              "description": "Nogomet za vse generacije.",
              "website": "https://nk-litija.example"
            },
            "attributes": [
              { "id": "@t5", "taxonomy_term": { "id": "@t5t", "code": "leisure-hobbies", "name": "Prosti čas", "description": "Prosti čas" } },
              { "id": "@t6", "taxonomy_term": { "id": "@t6t", "code": "family-children", "name": "Družina", "description": "Družina" } }
            ]
          },
          {
            "id": "@s4",
            "name": "Svetovanje o pravicah delavcev",
            "description": "Zaupno svetovanje, ko delodajalec ne plača ali so pogoji dela slabi.",
            "email": "pravice@svetovalnica.example",
            "status": "active",
            "organization_id": "@o2",
            "attributes": [ { "id": "@t7", "taxonomy_term_id": "@worktermid" } ]
          }
        ]
        """;

    /// <summary>English texts for s1..s3 (s4 stays Slovenian only, to show the fallback).</summary>
    public static string LitijaEn(TestIds ids)
    {
        var file = JsonNode.Parse(Litija(ids))!.AsArray();
        var english = new Dictionary<string, (string Name, string Description, string? Organization)>
        {
            [ids.Text("s1")] = ("Slovenian course for adults", "A free beginners' course of Slovenian for adults who came to Litija to work. We learn in small groups.", "Centre for Education and Culture Litija"),
            [ids.Text("s2")] = ("Help with residence permits", "Advice on a first permit and on renewing a residence and work permit.", "Information point for foreigners"),
            [ids.Text("s3")] = ("Football school for children", "Training for children from 6 to 14, also for children who do not speak Slovenian yet.", "Litija Football Club"),
        };
        var result = new JsonArray();
        foreach (var item in file.Select(i => i!.AsObject()).Where(i => english.ContainsKey(i["id"]!.GetValue<string>())).ToList())
        {
            file.Remove(item);
            var (name, description, organization) = english[item["id"]!.GetValue<string>()];
            item["name"] = name;
            item["description"] = description;
            item.Remove("application_process");
            item.Remove("fees_description");
            item.Remove("eligibility_description");
            if (organization is not null && item["organization"] is JsonObject org)
            {
                org["name"] = organization;
                org["description"] = "(English) " + org["description"]!.GetValue<string>();
            }

            result.Add(item);
        }

        return result.ToJsonString();
    }

    public static string Litija(TestIds ids)
    {
        _ = ids["worktermid"];
        var text = ids.Fill(LitijaSl);
        return text.Replace(ids.Text("worktermid"), Categories.TermId("work-rights").ToString("D"), StringComparison.Ordinal);
    }

    /// <summary>One service of Louth (English), for the isolation tests.</summary>
    public static string Louth(TestIds ids) => ids.Fill("""
        [
          {
            "id": "@s9",
            "name": "English conversation club",
            "description": "Practise English over tea, every Thursday.",
            "status": "active",
            "schedules": [ { "id": "@h9", "freq": "WEEKLY", "byday": "TH", "opens_at": "18:00", "closes_at": "20:00" } ],
            "service_at_locations": [ { "id": "@a9", "location": { "id": "@l9", "name": "Dundalk Library", "addresses": [ { "id": "@d9", "address_1": "Roden Place", "city": "Dundalk", "state_province": "Louth", "postal_code": "A91 K584", "country": "IE", "address_type": "physical" } ] } } ],
            "organization": { "id": "@o9", "name": "Louth Volunteer Centre", "description": "Volunteering in County Louth." },
            "attributes": [ { "id": "@t9", "taxonomy_term": { "id": "@t9t", "code": "language-learning", "name": "Language", "description": "Language" } } ]
          }
        ]
        """);

    /// <summary>
    /// The upstream example service (<c>examples/service_full.json</c>) as an import file. Two fixes, because the
    /// example is not meant as real data: its attribute uses the placeholder code "code" (replaced by one of our
    /// categories), and its location has latitude 100 and longitude 101, which are no WGS84 coordinates
    /// (replaced by a point in Litija). Everything else is as upstream.
    /// </summary>
    public static JsonObject ExampleService(string category = "health")
    {
        var service = JsonNode.Parse(HsdsSchemas.Example("service_full.json"))!.AsObject();
        foreach (var attribute in service["attributes"]!.AsArray())
        {
            attribute!["taxonomy_term"]!["code"] = category;
        }

        var location = service["service_at_locations"]![0]!["location"]!;
        location["latitude"] = 46.0573;
        location["longitude"] = 14.8246;
        return service;
    }

    public static async Task<HsdsImportResult> ImportAsync(InvolvimApp app, string region, string language, string json, string file = "test.json") =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var (target, code) = await HsdsRegions.ResolveAsync(db, region, language, CancellationToken.None);
            using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
            return await sp.GetRequiredService<HsdsImporter>().ImportAsync(target, code, file, input, CancellationToken.None);
        });

    public static async Task<string> ExportAsync(InvolvimApp app, string region, string language) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var (target, code) = await HsdsRegions.ResolveAsync(db, region, language, CancellationToken.None);
            using var output = new MemoryStream();
            await sp.GetRequiredService<HsdsExporter>().ExportAsync(target, code, output, CancellationToken.None);
            return System.Text.Encoding.UTF8.GetString(output.ToArray());
        });

    /// <summary>Row counts of everything an import may write, to show that a refused file wrote nothing.</summary>
    public static async Task<string> CountsAsync(InvolvimApp app) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var rows = new[]
            {
                ("services", await db.Services.IgnoreQueryFilters().CountAsync()),
                ("service texts", await db.ServiceTranslations.CountAsync()),
                ("organizations", await db.Organizations.IgnoreQueryFilters().CountAsync()),
                ("organization texts", await db.Set<OrganizationTranslation>().CountAsync()),
                ("locations", await db.Locations.IgnoreQueryFilters().CountAsync()),
                ("service locations", await db.ServiceLocations.IgnoreQueryFilters().CountAsync()),
                ("opening rules", await db.Set<OpeningRule>().CountAsync()),
                ("schedule exceptions", await db.Set<ScheduleException>().CountAsync()),
                ("directory changes", await db.Set<DirectoryChange>().CountAsync()),
                ("audit entries", await db.Set<AuditEntry>().CountAsync()),
            };
            return string.Join(", ", rows.Select(r => $"{r.Item1}={r.Item2}"));
        });

    /// <summary>Everything about the region's services that an import could touch, to show that nothing moved.</summary>
    public static async Task<string> SnapshotAsync(InvolvimApp app) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var services = await db.Services.IgnoreQueryFilters().AsNoTracking()
                .Include(s => s.Translations).Include(s => s.Locations).Include(s => s.OpeningRules).Include(s => s.ScheduleExceptions)
                .OrderBy(s => s.Id).ToListAsync();
            var organizations = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Include(o => o.Translations).OrderBy(o => o.Id).ToListAsync();
            var locations = await db.Locations.IgnoreQueryFilters().AsNoTracking().OrderBy(l => l.Id).ToListAsync();
            var lines = new List<string> { await CountsAsync(app) };
            lines.AddRange(services.Select(s => string.Join("|",
                s.Id, s.Status, s.UpdatedAt.Ticks, s.LastVerifiedAt?.Ticks, s.Email, s.Phone, s.Website, s.IsFree, string.Join(",", s.Categories), string.Join(",", s.Languages),
                string.Join(";", s.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => $"{t.Language}:{t.Status}:{t.Segments}:{t.UpdatedAt.Ticks}:{t.Name}:{t.Description}")),
                string.Join(";", s.Locations.OrderBy(l => l.Id).Select(l => $"{l.Id}>{l.LocationId}")),
                string.Join(";", s.OpeningRules.OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Day}:{r.Opens}-{r.Closes}")),
                string.Join(";", s.ScheduleExceptions.OrderBy(e => e.Id).Select(e => $"{e.Id}:{e.Date}:{e.Closed}:{e.Opens}-{e.Closes}:{e.Note}")))));
            lines.AddRange(organizations.Select(o => string.Join("|", o.Id, o.UpdatedAt.Ticks, o.Email, o.Website, o.Phone,
                string.Join(";", o.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => $"{t.Language}:{t.Status}:{t.Segments}:{t.Name}")))));
            lines.AddRange(locations.Select(l => string.Join("|", l.Id, l.UpdatedAt.Ticks, l.Name, l.Address, l.City, l.PostalCode, l.Country, l.Latitude, l.Longitude, l.OrganizationId)));
            return string.Join("\n", lines);
        });
}
