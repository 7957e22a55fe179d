using System.Text.Json.Nodes;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Directory.Manage;

/// <summary>
/// Add or edit a service, one text language at a time (the shared listing page): org-editors edit their
/// organisation's services and their changes wait for approval; coordinators publish, approve, reject, mark as
/// checked and archive.
/// </summary>
[Authorize(Policy = Policies.RegionEditor)]
public sealed class EditServiceModel(
    AppDbContext db,
    ListingEditor<ServiceListing, ServiceForm> editor,
    RegionPermissions permissions,
    IListingOwners owners,
    RegionContext here,
    IStringLocalizer<SharedResource> t) : ListingEditPage<ServiceListing, ServiceForm>(db, editor, permissions, owners, here, t)
{
    /// <summary>The places the form offers: the organisation's locations (all of the region's for a new service).</summary>
    public IReadOnlyList<Location> Places { get; private set; } = [];

    public override string ManagePath => "manage/services";


    protected override string? StatusNote => Listing?.LastVerifiedAt is { } verified
        ? T["Service.Verified", verified.ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value
        : null;

    protected override bool CanCreate => Organizations.Count > 0;

    public Task<IActionResult> OnPostVerifyAsync(string id, CancellationToken ct) =>
        CoordinatorActionAsync(id, (s, c) => Editor.ActAsync(Here.RequiredRegion, s, "verified", (s, now) => s.LastVerifiedAt = now, publicChange: false, ActorId, c), "verified", ct);

    public Task<IActionResult> OnPostArchiveAsync(string id, CancellationToken ct) =>
        CoordinatorActionAsync(id, (s, c) => Editor.ArchiveAsync(Here.RequiredRegion, s, ActorId, c), "archived", ct);

    protected override ServiceForm NewForm() =>
        new() { OrganizationId = Organizations.FirstOrDefault().Id, Languages = Here.RequiredRegion.DefaultLanguage };

    protected override async Task LoadChoicesAsync(Guid? id, CancellationToken ct)
    {
        var places = await Db.Locations.AsNoTracking().Where(l => l.RegionId == Here.RequiredRegion.Id).OrderBy(l => l.Name).ToListAsync(ct);
        Places = Listing is null ? places : places.Where(p => p.OrganizationId == Listing.OrganizationId).ToList();
    }

    /// <summary>A service stays with its organisation; a new one goes to one the person may edit.</summary>
    protected override void Prepare(ServiceForm form) => form.OrganizationId = Listing?.OrganizationId ?? form.OrganizationId;

    protected override Task<IEnumerable<(string Field, string Key)>> CheckAsync(ServiceForm form, CancellationToken ct)
    {
        var problems = ServiceFormRules.Validate(form);
        if (form.OrganizationId is not { } organization || Organizations.All(o => o.Id != organization))
        {
            problems.Add((nameof(form.OrganizationId), "Validation.Choose"));
        }
        else if (form.LocationIds.Any(l => Places.All(p => p.Id != l || p.OrganizationId != organization)))
        {
            problems.Add((nameof(form.LocationIds), "ManageServices.Error.Location"));
        }

        return Task.FromResult<IEnumerable<(string, string)>>(problems);
    }

    protected override IReadOnlyList<(string Property, string Label)> ReviewFields() =>
    [
        (nameof(ServiceForm.Name), T["ManageServices.Name"]), (nameof(ServiceForm.Description), T["ManageServices.Description"]),
        (nameof(ServiceForm.Eligibility), T["Service.Eligibility"]), (nameof(ServiceForm.Fees), T["Service.Cost"]),
        (nameof(ServiceForm.HowToApply), T["Service.HowToApply"]), (nameof(ServiceForm.Accessibility), T["Service.Accessibility"]),
        (nameof(ServiceForm.OrganizationId), T["Manage.Staff.Organization"]), (nameof(ServiceForm.Categories), T["Services.Category"]),
        (nameof(ServiceForm.Languages), T["Service.Languages"]), (nameof(ServiceForm.AccessModes), T["Service.Access"]),
        (nameof(ServiceForm.IsFree), T["Services.Free"]), (nameof(ServiceForm.Phone), T["Manage.Settings.ContactPhone"]),
        (nameof(ServiceForm.Email), T["Manage.Settings.ContactEmail"]), (nameof(ServiceForm.Website), T["Manage.Settings.Website"]),
        (nameof(ServiceForm.LocationIds), T["ManageServices.Places"]), (nameof(ServiceForm.NewLocationName), T["ManageServices.PlaceName"]),
        (nameof(ServiceForm.NewLocationAddress), T["ManageServices.PlaceAddress"]), (nameof(ServiceForm.Hours), T["Service.Hours"]),
        (nameof(ServiceForm.Exceptions), T["Service.Exceptions"]),
    ];

    protected override string? Show(string property, JsonNode value) => (property, value) switch
    {
        (nameof(ServiceForm.AccessModes), JsonArray a) => string.Join(", ", a.Select(c => T[$"Access.{c}"].Value)),
        (nameof(ServiceForm.LocationIds), JsonArray a) => string.Join("; ", a.Select(c => Places.FirstOrDefault(p => p.Id.ToString() == c?.ToString())?.Name ?? "?")),
        (nameof(ServiceForm.IsFree), _) => T[value.GetValue<bool>() ? "Common.Yes" : "Common.No"],
        (nameof(ServiceForm.Hours), JsonObject days) => string.Join("; ", days.Select(d =>
            $"{(Enum.TryParse<DayOfWeek>(d.Key, out var day) ? System.Globalization.CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day) : d.Key)}: {d.Value}")),
        _ => null,
    };
}
