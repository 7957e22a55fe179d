using System.Globalization;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Guides;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Demo;

/// <summary>Adds the demo directory of Litija (services, places, hours, guides); only what is missing.</summary>
internal static class DemoDirectorySeeder
{
    public static async Task<int> SeedAsync(AppDbContext db, Guid regionId, string sourceLanguage, IReadOnlyDictionary<string, Guid> knownOrganizations, DateTime now, CancellationToken ct)
    {
        var created = 0;
        var organizations = new Dictionary<string, Guid>(knownOrganizations, StringComparer.Ordinal);
        var existingOrganizations = await db.Organizations.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(o => o.RegionId == regionId)
            .Include(o => o.Translations)
            .ToListAsync(ct);
        foreach (var demo in DemoDirectory.Organizations)
        {
            var name = demo.Texts[sourceLanguage].Name;
            var organization = existingOrganizations.FirstOrDefault(o => o.Translations.Any(t => t.Name == name));
            if (organization is null)
            {
                organization = new Organization { RegionId = regionId, Kind = demo.Kind, Website = demo.Website, Email = demo.Email, Phone = demo.Phone, IsDemo = true, CreatedAt = now, UpdatedAt = now };
                WriteTexts(organization.Translations, demo.Texts, sourceLanguage, now, () => new OrganizationTranslation { OrganizationId = organization.Id }, (row, text) =>
                {
                    row.Name = text.Name;
                    row.Description = text.Description;
                });
                db.Organizations.Add(organization);
                DirectoryChanges.Record(db, regionId, DirectoryChanges.Organization, organization.Id, now);
                created++;
            }

            organizations[demo.Key] = organization.Id;
        }

        var places = await db.Locations.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(l => l.RegionId == regionId).ToListAsync(ct);
        var placeIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var demo in DemoDirectory.Places)
        {
            var organizationId = organizations[demo.OrgKey];
            var place = places.FirstOrDefault(p => p.OrganizationId == organizationId && p.Name == demo.Name);
            if (place is null)
            {
                place = new Location
                {
                    RegionId = regionId,
                    OrganizationId = organizationId,
                    Name = demo.Name,
                    Address = demo.Address,
                    PostalCode = demo.PostalCode,
                    City = demo.City,
                    Country = "SI",
                    Latitude = demo.Latitude,
                    Longitude = demo.Longitude,
                    UpdatedAt = now,
                };
                db.Locations.Add(place);
                created++;
            }

            placeIds[demo.Key] = place.Id;
        }

        var existingServices = await db.ServiceTranslations
            .Where(t => t.Language == sourceLanguage)
            .Join(db.Services.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(s => s.RegionId == regionId), t => t.ServiceId, s => s.Id, (t, s) => t.Name)
            .ToListAsync(ct);
        var index = 0;
        foreach (var demo in DemoDirectory.Services)
        {
            index++;
            if (existingServices.Contains(demo.Texts[sourceLanguage].Name))
            {
                continue;
            }

            var service = new ServiceListing
            {
                RegionId = regionId,
                OrganizationId = organizations[demo.OrgKey],
                Status = PublicationStatus.Published,
                Categories = [.. demo.Categories],
                Languages = [.. demo.Languages],
                AccessModes = [.. demo.Access],
                IsFree = demo.Free,
                Email = demo.Email,
                Phone = demo.Phone,
                Website = demo.Website,
                IsDemo = true,
                CreatedAt = now,
                UpdatedAt = now,
                // Most were checked recently; a few are overdue, so coordinators see the "not verified" list at work.
                LastVerifiedAt = now.AddDays(index % 7 == 0 ? -200 - index : -(index * 3)),
            };
            WriteTexts(service.Translations, demo.Texts, sourceLanguage, now, () => new ServiceTranslation { ServiceId = service.Id }, (row, text) =>
            {
                row.Name = text.Name;
                row.Description = text.Description;
                row.Eligibility = text.Eligibility;
                row.Fees = text.Fees;
                row.HowToApply = text.HowToApply;
                row.Accessibility = text.Accessibility;
            });
            foreach (var key in demo.PlaceKeys)
            {
                service.Locations.Add(new ServiceLocation { RegionId = regionId, ServiceId = service.Id, LocationId = placeIds[key] });
            }

            foreach (var hours in demo.Hours)
            {
                foreach (var day in hours.Days)
                {
                    service.OpeningRules.Add(new OpeningRule
                    {
                        ServiceId = service.Id,
                        Day = day,
                        Opens = TimeOnly.Parse(hours.Opens, CultureInfo.InvariantCulture),
                        Closes = TimeOnly.Parse(hours.Closes, CultureInfo.InvariantCulture),
                    });
                }
            }

            db.Services.Add(service);
            DirectoryChanges.Record(db, regionId, DirectoryChanges.Service, service.Id, now);
            created++;
        }

        var existingGuides = await db.Guides.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(g => g.RegionId == regionId).ToDictionaryAsync(g => g.Slug, g => g.Id, ct);
        foreach (var demo in DemoDirectory.Guides.OrderBy(g => g.ParentSlug is null ? 0 : 1))
        {
            if (existingGuides.ContainsKey(demo.Slug))
            {
                continue;
            }

            var guide = new GuidePage
            {
                RegionId = regionId,
                ParentId = demo.ParentSlug is null ? null : existingGuides[demo.ParentSlug],
                Slug = demo.Slug,
                SortOrder = demo.Order,
                Categories = [.. demo.Categories],
                Status = PublicationStatus.Published,
                IsDemo = true,
                CreatedAt = now,
                UpdatedAt = now,
            };
            WriteTexts(guide.Translations, demo.Texts, sourceLanguage, now, () => new GuideTranslation { GuideId = guide.Id }, (row, text) =>
            {
                row.Title = text.Title;
                row.Summary = text.Summary;
                row.BodyMarkdown = text.Body;
            });
            db.Guides.Add(guide);
            existingGuides[demo.Slug] = guide.Id;
            DirectoryChanges.Record(db, regionId, DirectoryChanges.Guide, guide.Id, now);
            created++;
        }

        await db.SaveChangesAsync(ct);
        return created;
    }

    internal static void WriteTexts<TRow, TText>(List<TRow> rows, Dictionary<string, TText> texts, string sourceLanguage, DateTime now, Func<TRow> create, Action<TRow, TText> fill)
        where TRow : ContentTranslation
    {
        foreach (var (language, text) in texts.OrderBy(kv => kv.Key == sourceLanguage ? 0 : 1))
        {
            ContentTranslations.Write(rows, language, language == sourceLanguage ? TranslationStatus.Source : TranslationStatus.Human, now, create, row =>
            {
                fill(row, text);
                return true;
            });
        }
    }
}
