using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Directory;

/// <summary>
/// Services as a kind of listing: their fields, places, opening hours and texts. Publication, proposals, approval,
/// audit (<c>service.*</c>) and the change log are the shared <see cref="ListingEditor{TListing, TForm}"/>'s.
/// </summary>
public sealed class ServiceKind : ListingKind<ServiceListing, ServiceForm>
{
    public override string Code => DirectoryChanges.Service;

    public override IQueryable<ServiceListing> Query(AppDbContext db) =>
        db.Services
            .Include(s => s.Translations)
            .Include(s => s.Locations)
            .Include(s => s.OpeningRules)
            .Include(s => s.ScheduleExceptions)
            .AsSplitQuery();

    public override IQueryable<ServiceListing> TextQuery(AppDbContext db) => db.Services.Include(s => s.Translations);

    public override ServiceListing Create(RegionSnapshot region, ServiceForm form, DateTime now) =>
        new() { RegionId = region.Id, OrganizationId = form.OrganizationId!.Value, CreatedAt = now };

    public override Guid? Owner(ServiceListing listing) => listing.OrganizationId;

    public override ITextSet Texts(ServiceListing listing) => new TextSet<ServiceTranslation>(listing.Translations, () => new ServiceTranslation { ServiceId = listing.Id });

    public override string PublicPath(ServiceListing listing) => $"services/{listing.Id}";

    public override string Title(ServiceListing listing, string language, string regionDefault) =>
        ContentTranslations.Pick(listing.Translations, language, regionDefault)?.Value.Name ?? "?";

    /// <summary>The form as readers see the service now (without any proposal): what a proposal is compared with.</summary>
    public override ServiceForm PublishedForm(ServiceListing s, string language)
    {
        var text = s.Translations.FirstOrDefault(t => t.Language == language);
        return new ServiceForm
        {
            OrganizationId = s.OrganizationId,
            TextLanguage = language,
            Name = text?.Name ?? "",
            Description = text?.Description,
            Eligibility = text?.Eligibility,
            Fees = text?.Fees,
            HowToApply = text?.HowToApply,
            Accessibility = text?.Accessibility,
            Categories = [.. s.Categories],
            AccessModes = [.. s.AccessModes],
            Languages = string.Join(", ", s.Languages),
            IsFree = s.IsFree,
            Email = s.Email,
            Phone = s.Phone,
            Website = s.Website,
            LocationIds = s.Locations.Select(l => l.LocationId).ToList(),
            Hours = ServiceFormRules.HoursText(s.OpeningRules),
            Exceptions = ServiceFormRules.ExceptionsText(s.ScheduleExceptions),
        };
    }

    public override async Task ApplyAsync(AppDbContext db, ServiceListing s, ServiceForm f, RegionSnapshot region, Guid actor, DateTime now, CancellationToken ct)
    {
        s.OrganizationId = f.OrganizationId ?? s.OrganizationId;
        s.Categories = [.. f.Categories.Distinct()];
        s.AccessModes = [.. f.AccessModes.Distinct()];
        s.Languages = ServiceFormRules.LanguageCodes(f.Languages) ?? s.Languages;
        s.IsFree = f.IsFree;
        s.Email = ListingTexts.Blank(f.Email);
        s.Phone = ListingTexts.Blank(f.Phone);
        s.Website = ListingTexts.Blank(f.Website);
        s.UpdatedAt = now;

        var locationIds = f.LocationIds.Distinct().ToList();
        if (!string.IsNullOrWhiteSpace(f.NewLocationName) && !string.IsNullOrWhiteSpace(f.NewLocationAddress))
        {
            var location = new Location
            {
                RegionId = region.Id,
                OrganizationId = s.OrganizationId,
                Name = f.NewLocationName.Trim(),
                Address = f.NewLocationAddress.Trim(),
                PostalCode = ListingTexts.Blank(f.NewLocationPostalCode),
                City = (f.NewLocationCity ?? "").Trim(),
                Country = "SI",
                UpdatedAt = now,
            };
            db.Locations.Add(location);
            locationIds.Add(location.Id);
        }

        var allowed = await db.Locations.Where(l => l.RegionId == region.Id && l.OrganizationId == s.OrganizationId).Select(l => l.Id).ToListAsync(ct);
        allowed.AddRange(db.ChangeTracker.Entries<Location>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id));
        s.Locations.RemoveAll(l => !locationIds.Contains(l.LocationId));
        foreach (var id in locationIds.Where(id => allowed.Contains(id) && s.Locations.All(l => l.LocationId != id)))
        {
            s.Locations.Add(new ServiceLocation { RegionId = region.Id, ServiceId = s.Id, LocationId = id });
        }

        s.OpeningRules.Clear();
        foreach (var (day, opens, closes) in ServiceFormRules.OpeningRules(f))
        {
            s.OpeningRules.Add(new OpeningRule { ServiceId = s.Id, Day = day, Opens = opens, Closes = closes });
        }

        s.ScheduleExceptions.Clear();
        foreach (var (date, closed, opens, closes, note) in ServiceFormRules.ParseExceptions(f.Exceptions) ?? [])
        {
            s.ScheduleExceptions.Add(new ScheduleException { ServiceId = s.Id, Date = date, Closed = closed, Opens = opens, Closes = closes, Note = note });
        }

        ListingTexts.Write(
            s.Translations,
            f,
            actor,
            now,
            () => new ServiceTranslation { ServiceId = s.Id },
            row =>
            {
                var changed = row.Name != f.Name.Trim() || row.Description != ListingTexts.Blank(f.Description) || row.Eligibility != ListingTexts.Blank(f.Eligibility) ||
                    row.Fees != ListingTexts.Blank(f.Fees) || row.HowToApply != ListingTexts.Blank(f.HowToApply) || row.Accessibility != ListingTexts.Blank(f.Accessibility);
                row.Name = f.Name.Trim();
                row.Description = ListingTexts.Blank(f.Description);
                row.Eligibility = ListingTexts.Blank(f.Eligibility);
                row.Fees = ListingTexts.Blank(f.Fees);
                row.HowToApply = ListingTexts.Blank(f.HowToApply);
                row.Accessibility = ListingTexts.Blank(f.Accessibility);
                return changed;
            });
    }
}
