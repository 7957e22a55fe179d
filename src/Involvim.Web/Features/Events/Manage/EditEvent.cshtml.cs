using System.Text.Json.Nodes;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Events.Manage;

/// <summary>
/// Add or edit an event, one text language at a time (the shared listing page): what, for whom, where, its schedule
/// (a simple repetition or an RFC 5545 rule, days without it, extra dates, holidays) and its registration. Org-editors
/// edit their organisation's events and their changes wait for approval; coordinators publish, approve, reject, archive.
/// </summary>
[Authorize(Policy = Policies.RegionEditor)]
public sealed class EditEventModel(
    AppDbContext db,
    ListingEditor<EventListing, EventForm> editor,
    RegionPermissions permissions,
    IListingOwners owners,
    RegionContext here,
    IStringLocalizer<SharedResource> t) : ListingEditPage<EventListing, EventForm>(db, editor, permissions, owners, here, t)
{
    /// <summary>The directory's places of the region (an event may be at any of its organisation's or a partner's place).</summary>
    public IReadOnlyList<Location> Places { get; private set; } = [];

    public override string ManagePath => "manage/events";

    protected override bool CanCreate => Organizations.Count > 0;

    public Task<IActionResult> OnPostArchiveAsync(string id, CancellationToken ct) =>
        CoordinatorActionAsync(id, (e, c) => Editor.ArchiveAsync(Here.RequiredRegion, e, ActorId, c), "archived", ct);

    protected override EventForm NewForm() => new()
    {
        OrganizationId = Organizations.FirstOrDefault().Id,
        Languages = Here.RequiredRegion.DefaultLanguage,
        StartTime = "17:00",
    };

    protected override async Task LoadChoicesAsync(Guid? id, CancellationToken ct) =>
        Places = await Db.Locations.AsNoTracking().Where(l => l.RegionId == Here.RequiredRegion.Id).OrderBy(l => l.Name).ToListAsync(ct);

    /// <summary>An event stays with its organisation; a new one goes to one the person may edit.</summary>
    protected override void Prepare(EventForm form) => form.OrganizationId = Listing?.OrganizationId ?? form.OrganizationId;

    protected override Task<IEnumerable<(string Field, string Key)>> CheckAsync(EventForm form, CancellationToken ct)
    {
        var problems = EventFormRules.Validate(form, Here.RequiredRegion.TimeZone);
        if (form.OrganizationId is not { } organization || Organizations.All(o => o.Id != organization))
        {
            problems.Add((nameof(form.OrganizationId), "Validation.Choose"));
        }

        if (form.LocationId is { } place && Places.All(p => p.Id != place))
        {
            problems.Add((nameof(form.LocationId), "Validation.Choose"));
        }

        return Task.FromResult<IEnumerable<(string, string)>>(problems);
    }

    protected override IReadOnlyList<(string Property, string Label)> ReviewFields() =>
    [
        (nameof(EventForm.Title), T["Events.Form.Title"]), (nameof(EventForm.Summary), T["ManageGuides.Summary"]),
        (nameof(EventForm.Description), T["ManageServices.Description"]), (nameof(EventForm.CostNote), T["Events.CostNote"]),
        (nameof(EventForm.AccessibilityNote), T["Service.Accessibility"]), (nameof(EventForm.OrganizationId), T["Manage.Staff.Organization"]),
        (nameof(EventForm.Categories), T["Services.Category"]), (nameof(EventForm.Languages), T["Events.SpokenLanguages"]),
        (nameof(EventForm.Audience), T["Events.Audience"]), (nameof(EventForm.AgeMin), T["Events.Form.AgeMin"]), (nameof(EventForm.AgeMax), T["Events.Form.AgeMax"]),
        (nameof(EventForm.IsFree), T["Services.Free"]), (nameof(EventForm.LocationId), T["Events.Place"]), (nameof(EventForm.PlaceText), T["Events.Form.PlaceText"]),
        (nameof(EventForm.OnlineUrl), T["Events.Online"]), (nameof(EventForm.Phone), T["Manage.Settings.ContactPhone"]), (nameof(EventForm.Email), T["Manage.Settings.ContactEmail"]),
        (nameof(EventForm.StartDate), T["Events.Form.StartDate"]), (nameof(EventForm.StartTime), T["Events.Form.StartTime"]), (nameof(EventForm.Duration), T["Events.Form.Duration"]),
        (nameof(EventForm.Repeat), T["Events.Form.Repeat"]), (nameof(EventForm.Until), T["Events.Form.Until"]), (nameof(EventForm.Rule), T["Events.Form.Rule"]),
        (nameof(EventForm.ExceptionDates), T["Events.Form.ExceptionDates"]), (nameof(EventForm.ExtraDates), T["Events.Form.ExtraDates"]),
        (nameof(EventForm.SkipHolidays), T["Events.Form.SkipHolidays"]), (nameof(EventForm.Registration), T["Events.Registration"]),
        (nameof(EventForm.Capacity), T["Events.Form.Capacity"]), (nameof(EventForm.WaitingList), T["Events.Form.WaitingList"]),
        (nameof(EventForm.RegistrationOpensDays), T["Events.Form.OpensDays"]), (nameof(EventForm.RegistrationClosesHours), T["Events.Form.ClosesHours"]),
    ];

    protected override string? Show(string property, JsonNode value) => (property, value) switch
    {
        (nameof(EventForm.Audience), JsonArray a) => string.Join(", ", a.Select(c => T[$"Audience.{c}"].Value)),
        (nameof(EventForm.LocationId), _) => Places.FirstOrDefault(p => p.Id.ToString() == value.ToString())?.Name ?? "?",
        (nameof(EventForm.IsFree) or nameof(EventForm.SkipHolidays) or nameof(EventForm.WaitingList), _) => T[value.GetValue<bool>() ? "Common.Yes" : "Common.No"],
        (nameof(EventForm.Repeat), _) => T[$"Events.Repeat.{value}"],
        (nameof(EventForm.Registration), _) => T[$"Events.Registration.{value}"],
        _ => null,
    };
}
