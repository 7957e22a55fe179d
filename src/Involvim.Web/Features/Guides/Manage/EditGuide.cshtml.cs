using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Directory;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Guides.Manage;

/// <summary>Write or change a guide page in Markdown, one language at a time; org-editors' changes wait for a coordinator.</summary>
[Authorize(Policy = Policies.RegionEditor)]
public sealed class EditGuideModel(AppDbContext db, GuideEditor editor, RegionPermissions permissions, RegionContext here, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public GuideForm Form { get; set; } = new();

    public GuidePage? Guide { get; private set; }

    public GuideForm? Proposal { get; private set; }

    /// <summary>The proposal as a coordinator reviews it: who, when, and each field that changes.</summary>
    public ProposalView? ProposalReview { get; private set; }

    public RegionAccess Access { get; private set; } = RegionAccess.Anonymous;

    public IReadOnlyList<(Guid Id, string Title)> Parents { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public string TextLanguage { get; private set; } = "";

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? text, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(SignedInUser.RouteId(id), text, ct))
        {
            return NotFound();
        }

        Form = Guide is null ? new GuideForm { TextLanguage = TextLanguage, OrganizationId = Access.CanPublish ? null : Organizations.FirstOrDefault().Id } : GuideEditor.ToForm(Guide, TextLanguage);
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
        Form.Slug = (Form.Slug ?? "").Trim().ToLowerInvariant();
        if (!Access.CanPublish)
        {
            // An org-editor's page always belongs to their organisation.
            Form.OrganizationId = Guide?.OrganizationId ?? (Form.OrganizationId is { } o && Access.CanEdit(o) ? o : Organizations.FirstOrDefault().Id);
        }

        foreach (var (field, key) in GuideEditor.Validate(Form).Concat(await editor.CheckPlaceAsync(here.RequiredRegion.Id, Guide, Form, ct)))
        {
            ModelState.AddModelError($"Form.{field}", t[key]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await editor.SaveAsync(here.RequiredRegion, Guide, Form, Access.CanPublish, ActorId, ct);
        return Redirect(here.To($"manage/guides/{saved.Id}") + $"?text={TextLanguage}&done={(Access.CanPublish ? "published" : "proposed")}");
    }

    public Task<IActionResult> OnPostApproveAsync(string id, CancellationToken ct) =>
        CoordinatorActionAsync(SignedInUser.RouteId(id), (g, c) => editor.ApproveAsync(here.RequiredRegion, g, ActorId, c), "approved", ct);

    public Task<IActionResult> OnPostRejectAsync(string id, CancellationToken ct) =>
        CoordinatorActionAsync(SignedInUser.RouteId(id), (g, c) => editor.RejectAsync(here.RequiredRegion, g, ActorId, c), "rejected", ct);

    private Guid ActorId => User.UserId();

    private async Task<IActionResult> CoordinatorActionAsync(Guid? id, Func<GuidePage, CancellationToken, Task> action, string outcome, CancellationToken ct)
    {
        if (id is null || !await LoadAsync(id, null, ct) || Guide is null)
        {
            return NotFound();
        }

        if (!Access.CanPublish)
        {
            return Forbid();
        }

        await action(Guide, ct);
        return Redirect(here.To($"manage/guides/{Guide.Id}") + $"?done={outcome}");
    }

    private async Task<bool> LoadAsync(Guid? id, string? text, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        Access = await permissions.GetAsync(ct);
        TextLanguage = text is not null && region.Offers(text) ? text : here.Language;
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.RegionId == region.Id).Include(o => o.Translations).ToListAsync(ct);
        Organizations = organizations.Where(o => Access.CanEdit(o.Id))
            .Select(o => (o.Id, ContentTranslations.Pick(o.Translations, here.Language, region.DefaultLanguage)?.Value.Name ?? "?"))
            .OrderBy(o => o.Item2, StringComparer.CurrentCulture)
            .ToList();
        var guides = await db.Guides.AsNoTracking().Where(g => g.RegionId == region.Id).Include(g => g.Translations).ToListAsync(ct);
        Parents = guides.Where(g => g.Id != id)
            .Select(g => (g.Id, ContentTranslations.Pick(g.Translations, here.Language, region.DefaultLanguage)?.Value.Title ?? g.Slug))
            .OrderBy(g => g.Item2, StringComparer.CurrentCulture)
            .ToList();
        if (id is null)
        {
            return Access.CanPublish || Organizations.Count > 0;
        }

        Guide = await editor.LoadAsync(region.Id, id.Value, ct);
        if (Guide is null || !(Access.CanPublish || (Guide.OrganizationId is { } org && Access.CanEdit(org))))
        {
            return false;
        }

        Proposal = GuideEditor.Proposal(Guide);
        if (Proposal is not null)
        {
            var parents = Parents.ToDictionary(p => p.Id.ToString(), p => p.Title);
            var organizationNames = Organizations.ToDictionary(o => o.Id.ToString(), o => o.Name);
            string? Show(string property, System.Text.Json.Nodes.JsonNode? value) => (property, value) switch
            {
                (_, null) => null,
                (nameof(GuideForm.ParentId), _) => parents.GetValueOrDefault(value.ToString(), "?"),
                (nameof(GuideForm.OrganizationId), _) => organizationNames.GetValueOrDefault(value.ToString(), "?"),
                _ => null,
            };
            (string, string)[] fields =
            [
                (nameof(GuideForm.Title), t["ManageGuides.PageTitle"]), (nameof(GuideForm.Summary), t["ManageGuides.Summary"]),
                (nameof(GuideForm.Body), t["ManageGuides.Body"]), (nameof(GuideForm.Slug), t["ManageGuides.Slug"]),
                (nameof(GuideForm.ParentId), t["ManageGuides.Parent"]), (nameof(GuideForm.OrganizationId), t["Manage.Staff.Organization"]),
                (nameof(GuideForm.SortOrder), t["ManageGuides.Order"]), (nameof(GuideForm.Categories), t["Services.Category"]),
            ];
            ProposalReview = await Review.ViewAsync(db, Guide, GuideEditor.PublishedForm(Guide, Proposal.TextLanguage), Proposal, Proposal.TextLanguage, fields, Show, t, ct);
        }

        return true;
    }
}
