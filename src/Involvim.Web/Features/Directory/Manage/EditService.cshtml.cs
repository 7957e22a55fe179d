using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Directory.Manage;

/// <summary>
/// Add or edit a service, one text language at a time. Org-editors edit their organisation's services and their
/// changes wait for approval; coordinators publish, approve, reject, mark as checked and archive.
/// </summary>
[Authorize(Policy = Policies.RegionEditor)]
public sealed class EditServiceModel(
    AppDbContext db,
    ServiceEditor editor,
    RegionPermissions permissions,
    RegionContext here,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ServiceForm Form { get; set; } = new();

    public ServiceListing? Service { get; private set; }

    public ServiceForm? Proposal { get; private set; }

    /// <summary>The proposal as a coordinator reviews it: who, when, and each field that changes.</summary>
    public ProposalView? ProposalReview { get; private set; }

    public RegionAccess Access { get; private set; } = RegionAccess.Anonymous;

    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public IReadOnlyList<Location> Places { get; private set; } = [];

    public string TextLanguage { get; private set; } = "";

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? text, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(SignedInUser.RouteId(id), text, ct))
        {
            return NotFound();
        }

        Form = Service is null ? new ServiceForm { TextLanguage = TextLanguage, OrganizationId = Organizations.FirstOrDefault().Id, Languages = here.RequiredRegion.DefaultLanguage } : ServiceEditor.ToForm(Service, TextLanguage);
        Message = done is null ? null : t[$"ManageServices.Done.{done}"].Value;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, string? text, CancellationToken ct)
    {
        if (!await LoadAsync(SignedInUser.RouteId(id), text, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        Form.TextLanguage = TextLanguage;
        Form.OrganizationId = Service?.OrganizationId ?? Form.OrganizationId;
        foreach (var (field, key) in ServiceFormRules.Validate(Form))
        {
            ModelState.AddModelError($"Form.{field}", t[key]);
        }

        if (Form.OrganizationId is not { } organization || Organizations.All(o => o.Id != organization))
        {
            ModelState.AddModelError("Form.OrganizationId", t["Validation.Choose"]);
        }
        else if (Form.LocationIds.Any(l => Places.All(p => p.Id != l || p.OrganizationId != organization)))
        {
            ModelState.AddModelError("Form.LocationIds", t["ManageServices.Error.Location"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await editor.SaveAsync(here.RequiredRegion, Service, Form, Access.CanPublish, ActorId, ct);
        var outcome = Access.CanPublish ? "published" : "proposed";
        return Redirect(here.To($"manage/services/{saved.Id}") + $"?text={TextLanguage}&done={outcome}");
    }

    public Task<IActionResult> OnPostApproveAsync(string id, CancellationToken ct) =>
        CoordinatorActionAsync(SignedInUser.RouteId(id), (s, c) => editor.ApproveAsync(here.RequiredRegion, s, ActorId, c), "approved", ct);

    public Task<IActionResult> OnPostRejectAsync(string id, CancellationToken ct) =>
        CoordinatorActionAsync(SignedInUser.RouteId(id), (s, c) => editor.RejectAsync(here.RequiredRegion, s, ActorId, c), "rejected", ct);

    public Task<IActionResult> OnPostVerifyAsync(string id, CancellationToken ct) =>
        CoordinatorActionAsync(SignedInUser.RouteId(id), (s, c) => editor.VerifyAsync(here.RequiredRegion, s, ActorId, c), "verified", ct);

    public Task<IActionResult> OnPostArchiveAsync(string id, CancellationToken ct) =>
        CoordinatorActionAsync(SignedInUser.RouteId(id), (s, c) => editor.ArchiveAsync(here.RequiredRegion, s, ActorId, c), "archived", ct);

    private Guid ActorId => User.UserId();

    private async Task<IActionResult> CoordinatorActionAsync(Guid? id, Func<ServiceListing, CancellationToken, Task> action, string outcome, CancellationToken ct)
    {
        if (id is null || !await LoadAsync(id, null, ct) || Service is null)
        {
            return NotFound();
        }

        if (!Access.CanPublish)
        {
            return Forbid();
        }

        await action(Service, ct);
        return Redirect(here.To($"manage/services/{Service.Id}") + $"?done={outcome}");
    }

    /// <summary>Loads what the page shows; false when the service does not exist for this person (another region or organisation).</summary>
    private async Task<bool> LoadAsync(Guid? id, string? text, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        Access = await permissions.GetAsync(ct);
        TextLanguage = text is not null && region.Offers(text) ? text : here.Language;
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => o.RegionId == region.Id)
            .Include(o => o.Translations)
            .ToListAsync(ct);
        Organizations = organizations
            .Where(o => Access.CanEdit(o.Id))
            .Select(o => (o.Id, ContentTranslations.Pick(o.Translations, here.Language, region.DefaultLanguage)?.Value.Name ?? "?"))
            .OrderBy(o => o.Item2, StringComparer.CurrentCulture)
            .ToList();
        Places = await db.Locations.AsNoTracking().Where(l => l.RegionId == region.Id).OrderBy(l => l.Name).ToListAsync(ct);
        if (id is null)
        {
            return Organizations.Count > 0;
        }

        Service = await editor.LoadAsync(region.Id, id.Value, ct);
        if (Service is null || !Access.CanEdit(Service.OrganizationId))
        {
            return false;
        }

        Proposal = ServiceEditor.Proposal(Service);
        Places = Places.Where(p => p.OrganizationId == Service.OrganizationId).ToList();
        if (Proposal is not null)
        {
            var places = Places;
            var organizationNames = Organizations.ToDictionary(o => o.Id.ToString(), o => o.Name);
            string? Show(string property, System.Text.Json.Nodes.JsonNode? value) => (property, value) switch
            {
                (_, null) => null,
                (nameof(ServiceForm.AccessModes), System.Text.Json.Nodes.JsonArray a) => string.Join(", ", a.Select(c => t[$"Access.{c}"].Value)),
                (nameof(ServiceForm.LocationIds), System.Text.Json.Nodes.JsonArray a) => string.Join("; ", a.Select(c => places.FirstOrDefault(p => p.Id.ToString() == c?.ToString())?.Name ?? "?")),
                (nameof(ServiceForm.IsFree), _) => t[value.GetValue<bool>() ? "Common.Yes" : "Common.No"],
                (nameof(ServiceForm.OrganizationId), _) => organizationNames.GetValueOrDefault(value.ToString(), "?"),
                (nameof(ServiceForm.Hours), System.Text.Json.Nodes.JsonObject days) => string.Join("; ", days.Select(d =>
                    $"{(Enum.TryParse<DayOfWeek>(d.Key, out var day) ? System.Globalization.CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day) : d.Key)}: {d.Value}")),
                _ => null,
            };
            (string, string)[] fields =
            [
                (nameof(ServiceForm.Name), t["ManageServices.Name"]), (nameof(ServiceForm.Description), t["ManageServices.Description"]),
                (nameof(ServiceForm.Eligibility), t["Service.Eligibility"]), (nameof(ServiceForm.Fees), t["Service.Cost"]),
                (nameof(ServiceForm.HowToApply), t["Service.HowToApply"]), (nameof(ServiceForm.Accessibility), t["Service.Accessibility"]),
                (nameof(ServiceForm.OrganizationId), t["Manage.Staff.Organization"]), (nameof(ServiceForm.Categories), t["Services.Category"]),
                (nameof(ServiceForm.Languages), t["Service.Languages"]), (nameof(ServiceForm.AccessModes), t["Service.Access"]),
                (nameof(ServiceForm.IsFree), t["Services.Free"]), (nameof(ServiceForm.Phone), t["Manage.Settings.ContactPhone"]),
                (nameof(ServiceForm.Email), t["Manage.Settings.ContactEmail"]), (nameof(ServiceForm.Website), t["Manage.Settings.Website"]),
                (nameof(ServiceForm.LocationIds), t["ManageServices.Places"]), (nameof(ServiceForm.NewLocationName), t["ManageServices.PlaceName"]),
                (nameof(ServiceForm.NewLocationAddress), t["ManageServices.PlaceAddress"]), (nameof(ServiceForm.Hours), t["Service.Hours"]),
                (nameof(ServiceForm.Exceptions), t["Service.Exceptions"]),
            ];
            ProposalReview = await Review.ViewAsync(db, Service, ServiceEditor.PublishedForm(Service, Proposal.TextLanguage), Proposal, Proposal.TextLanguage, fields, Show, t, ct);
        }

        return true;
    }
}
