using Involvim.Web.Features.Search;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Directory;

/// <summary>
/// Every change to a service goes through here: coordinators publish directly; an org-editor's change to a
/// published service waits as a proposal until a coordinator approves it. Each step is audited and, when the
/// public text changes, recorded for the search index of every instance.
/// </summary>
public sealed class ServiceEditor(AppDbContext db, AuditLog audit, TimeProvider clock, SearchIndexCache search)
{
    public Task<ServiceListing?> LoadAsync(Guid regionId, Guid id, CancellationToken ct) =>
        db.Services
            .Where(s => s.Id == id && s.RegionId == regionId)
            .Include(s => s.Translations)
            .Include(s => s.Locations)
            .Include(s => s.OpeningRules)
            .Include(s => s.ScheduleExceptions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);

    /// <summary>The form for a service in one language (the pending proposal when there is one in that language).</summary>
    public static ServiceForm ToForm(ServiceListing s, string language) =>
        Proposal(s) is { } proposal && proposal.TextLanguage == language ? proposal : PublishedForm(s, language);

    /// <summary>The form as readers see the service now (without any proposal): what a proposal is compared with.</summary>
    public static ServiceForm PublishedForm(ServiceListing s, string language)
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

    public static ServiceForm? Proposal(ServiceListing s) => Review.Proposal<ServiceForm>(s);

    /// <summary>Creates or changes a service. <paramref name="publish"/>: the actor is a coordinator (or platform admin).</summary>
    public async Task<ServiceListing> SaveAsync(RegionSnapshot region, ServiceListing? existing, ServiceForm form, bool publish, Guid actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        string action;
        var service = existing;
        if (service is null)
        {
            service = new ServiceListing { RegionId = region.Id, OrganizationId = form.OrganizationId!.Value, CreatedAt = now };
            await ApplyAsync(service, form, region, now, ct);
            service.Status = publish ? PublicationStatus.Published : PublicationStatus.Pending;
            db.Services.Add(service);
            action = publish ? "service.created" : "service.proposed";
        }
        else if (publish || service.Status != PublicationStatus.Published)
        {
            await ApplyAsync(service, form, region, now, ct);
            if (publish)
            {
                Review.Publish(service);
            }
            else
            {
                service.Status = PublicationStatus.Pending;
            }

            action = publish ? "service.updated" : "service.proposed";
        }
        else
        {
            // Readers keep the published text until a coordinator approves the proposal.
            Review.Propose(service, form, actor, now);
            action = "service.change.proposed";
        }

        audit.Record(action, nameof(ServiceListing), service.Id.ToString(), region.Id, new { language = form.TextLanguage, status = service.Status.ToString() }, actor);
        await CommitAsync(region, service, publicChange: service.Status == PublicationStatus.Published && action != "service.change.proposed", now, ct);
        return service;
    }

    public async Task ApproveAsync(RegionSnapshot region, ServiceListing service, Guid actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (Proposal(service) is { } proposal)
        {
            await ApplyAsync(service, proposal, region, now, ct);
        }

        Review.Publish(service);
        audit.Record("service.approved", nameof(ServiceListing), service.Id.ToString(), region.Id, null, actor);
        await CommitAsync(region, service, publicChange: true, now, ct);
    }

    public async Task RejectAsync(RegionSnapshot region, ServiceListing service, Guid actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Review.Reject(service);
        audit.Record("service.rejected", nameof(ServiceListing), service.Id.ToString(), region.Id, null, actor);
        await CommitAsync(region, service, publicChange: false, now, ct);
    }

    public async Task VerifyAsync(RegionSnapshot region, ServiceListing service, Guid actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        service.LastVerifiedAt = now;
        audit.Record("service.verified", nameof(ServiceListing), service.Id.ToString(), region.Id, null, actor);
        await CommitAsync(region, service, publicChange: false, now, ct);
    }

    public async Task ArchiveAsync(RegionSnapshot region, ServiceListing service, Guid actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var wasPublic = service.Status == PublicationStatus.Published;
        service.Status = PublicationStatus.Archived;
        Review.ClearProposal(service);
        audit.Record("service.archived", nameof(ServiceListing), service.Id.ToString(), region.Id, null, actor);
        await CommitAsync(region, service, publicChange: wasPublic, now, ct);
    }

    private Task CommitAsync(RegionSnapshot region, ServiceListing service, bool publicChange, DateTime now, CancellationToken ct) =>
        DirectoryChanges.CommitAsync(db, search, region.Id, DirectoryChanges.Service, service.Id, publicChange, now, ct);

    private async Task ApplyAsync(ServiceListing s, ServiceForm f, RegionSnapshot region, DateTime now, CancellationToken ct)
    {
        s.OrganizationId = f.OrganizationId ?? s.OrganizationId;
        s.Categories = [.. f.Categories.Distinct()];
        s.AccessModes = [.. f.AccessModes.Distinct()];
        s.Languages = ServiceFormRules.LanguageCodes(f.Languages) ?? s.Languages;
        s.IsFree = f.IsFree;
        s.Email = Blank(f.Email);
        s.Phone = Blank(f.Phone);
        s.Website = Blank(f.Website);
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
                PostalCode = Blank(f.NewLocationPostalCode),
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

        var source = s.Translations.FirstOrDefault(t => t.Status == TranslationStatus.Source)?.Language;
        ContentTranslations.Write(
            s.Translations,
            f.TextLanguage,
            source is null || source == f.TextLanguage ? TranslationStatus.Source : TranslationStatus.Human,
            now,
            () => new ServiceTranslation { ServiceId = s.Id },
            row =>
            {
                var changed = row.Name != f.Name.Trim() || row.Description != Blank(f.Description) || row.Eligibility != Blank(f.Eligibility) ||
                    row.Fees != Blank(f.Fees) || row.HowToApply != Blank(f.HowToApply) || row.Accessibility != Blank(f.Accessibility);
                row.Name = f.Name.Trim();
                row.Description = Blank(f.Description);
                row.Eligibility = Blank(f.Eligibility);
                row.Fees = Blank(f.Fees);
                row.HowToApply = Blank(f.HowToApply);
                row.Accessibility = Blank(f.Accessibility);
                return changed;
            });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
