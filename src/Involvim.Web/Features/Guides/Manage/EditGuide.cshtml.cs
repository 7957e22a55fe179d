using System.Text.Json.Nodes;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Guides.Manage;

/// <summary>Write or change a guide page in Markdown, one language at a time (the shared listing page); org-editors' changes wait for a coordinator.</summary>
[Authorize(Policy = Policies.RegionEditor)]
public sealed class EditGuideModel(
    AppDbContext db,
    ListingEditor<GuidePage, GuideForm> editor,
    RegionPermissions permissions,
    IListingOwners owners,
    RegionContext here,
    IStringLocalizer<SharedResource> t) : ListingEditPage<GuidePage, GuideForm>(db, editor, permissions, owners, here, t)
{
    /// <summary>The pages this one may be placed below (every page of the region but itself).</summary>
    public IReadOnlyList<(Guid Id, string Title)> Parents { get; private set; } = [];

    public override string ManagePath => "manage/guides";


    protected override GuideForm NewForm() => new() { OrganizationId = Access.CanPublish ? null : Organizations.FirstOrDefault().Id };

    protected override async Task LoadChoicesAsync(Guid? id, CancellationToken ct)
    {
        var region = Here.RequiredRegion;
        var guides = await Db.Guides.AsNoTracking().Where(g => g.RegionId == region.Id).Include(g => g.Translations).ToListAsync(ct);
        Parents = guides.Where(g => g.Id != id)
            .Select(g => (g.Id, ContentTranslations.Pick(g.Translations, Here.Language, region.DefaultLanguage)?.Value.Title ?? g.Slug))
            .OrderBy(g => g.Item2, StringComparer.CurrentCulture)
            .ToList();
    }

    protected override void Prepare(GuideForm form)
    {
        form.Slug = (form.Slug ?? "").Trim().ToLowerInvariant();
        if (!Access.CanPublish)
        {
            // An org-editor's page always belongs to their organisation.
            form.OrganizationId = Listing?.OrganizationId ?? (form.OrganizationId is { } o && Access.CanEdit(o) ? o : Organizations.FirstOrDefault().Id);
        }
    }

    protected override async Task<IEnumerable<(string Field, string Key)>> CheckAsync(GuideForm form, CancellationToken ct) =>
        GuideKind.Validate(form).Concat(await GuideKind.CheckPlaceAsync(Db, Here.RequiredRegion.Id, Listing, form, ct));

    protected override IReadOnlyList<(string Property, string Label)> ReviewFields() =>
    [
        (nameof(GuideForm.Title), T["ManageGuides.PageTitle"]), (nameof(GuideForm.Summary), T["ManageGuides.Summary"]),
        (nameof(GuideForm.Body), T["ManageGuides.Body"]), (nameof(GuideForm.Slug), T["ManageGuides.Slug"]),
        (nameof(GuideForm.ParentId), T["ManageGuides.Parent"]), (nameof(GuideForm.OrganizationId), T["Manage.Staff.Organization"]),
        (nameof(GuideForm.SortOrder), T["ManageGuides.Order"]), (nameof(GuideForm.Categories), T["Services.Category"]),
    ];

    protected override string? Show(string property, JsonNode value) => property == nameof(GuideForm.ParentId)
        ? Parents.FirstOrDefault(p => p.Id.ToString() == value.ToString()).Title ?? "?"
        : null;
}
