using System.Text.RegularExpressions;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Guides;

/// <summary>A guide page as staff edit it (one text language at a time); also the pending proposal of an org-editor.</summary>
public sealed class GuideForm : IListingForm
{
    public string TextLanguage { get; set; } = "";

    public bool MinorEdit { get; set; }

    public string? MinorReason { get; set; }

    public string Slug { get; set; } = "";

    public Guid? ParentId { get; set; }

    public Guid? OrganizationId { get; set; }

    public int SortOrder { get; set; }

    public List<string> Categories { get; set; } = [];

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string Body { get; set; } = "";
}

/// <summary>
/// Guide pages as a kind of listing: slug, place in the tree, categories and the Markdown text. Publication,
/// proposals, approval, audit (<c>guide.*</c>) and the change log are the shared <see cref="ListingEditor{TListing, TForm}"/>'s.
/// </summary>
public sealed partial class GuideKind : ListingKind<GuidePage, GuideForm>
{
    public override string Code => DirectoryChanges.Guide;

    public override IQueryable<GuidePage> Query(AppDbContext db) => db.Guides.Include(g => g.Translations);

    public override GuidePage Create(RegionSnapshot region, GuideForm form, DateTime now) => new() { RegionId = region.Id, CreatedAt = now };

    public override Guid? Owner(GuidePage listing) => listing.OrganizationId;

    public override ITextSet Texts(GuidePage listing) => new TextSet<GuideTranslation>(listing.Translations, () => new GuideTranslation { GuideId = listing.Id });

    public override string PublicPath(GuidePage listing) => $"guides/{listing.Slug}";

    public override string? CheckText(string field, string text) =>
        field == nameof(GuideTranslation.BodyMarkdown) && SafeMarkdown.ContainsUnsafeMarkup(text) ? "ManageGuides.Error.Markup" : null;

    public override string Title(GuidePage listing, string language, string regionDefault) =>
        ContentTranslations.Pick(listing.Translations, language, regionDefault)?.Value.Title ?? listing.Slug;

    public override Task ApplyAsync(AppDbContext db, GuidePage listing, GuideForm form, RegionSnapshot region, Guid actor, DateTime now, CancellationToken ct)
    {
        Apply(listing, form, actor, now);
        return Task.CompletedTask;
    }

    public static List<(string Field, string Key)> Validate(GuideForm f)
    {
        var problems = new List<(string, string)>();
        void Check(bool bad, string field, string key)
        {
            if (bad)
            {
                problems.Add((field, key));
            }
        }

        Check(!SlugPattern().IsMatch(f.Slug ?? ""), nameof(f.Slug), "ManageGuides.Error.Slug");
        Check(string.IsNullOrWhiteSpace(f.Title), nameof(f.Title), "Validation.Required");
        Check(f.Title?.Length > GuideLimits.Title, nameof(f.Title), "Validation.TooLong");
        Check(f.Summary?.Length > GuideLimits.Summary, nameof(f.Summary), "Validation.TooLong");
        Check(string.IsNullOrWhiteSpace(f.Body), nameof(f.Body), "Validation.Required");
        Check(f.Body?.Length > GuideLimits.Body, nameof(f.Body), "Validation.TooLong");
        Check(f.Body is not null && SafeMarkdown.ContainsUnsafeMarkup(f.Body), nameof(f.Body), "ManageGuides.Error.Markup");
        Check(f.Categories.Any(c => !Directory.Categories.IsKnown(c)) || f.Categories.Count > 5, nameof(f.Categories), "ManageServices.Error.UnknownCategory");
        Check(f.SortOrder is < 0 or > 1000, nameof(f.SortOrder), "Validation.Number");
        return problems;
    }

    /// <summary>The form as readers see the page now (without any proposal): what a proposal is compared with.</summary>
    public override GuideForm PublishedForm(GuidePage g, string language)
    {
        var text = g.Translations.FirstOrDefault(t => t.Language == language);
        return new GuideForm
        {
            TextLanguage = language,
            Slug = g.Slug,
            ParentId = g.ParentId,
            OrganizationId = g.OrganizationId,
            SortOrder = g.SortOrder,
            Categories = [.. g.Categories],
            Title = text?.Title ?? "",
            Summary = text?.Summary,
            Body = text?.BodyMarkdown ?? "",
        };
    }

    /// <summary>Whether the slug is free in the region and the parent exists there and is not the page itself or below it.</summary>
    public static async Task<List<(string Field, string Key)>> CheckPlaceAsync(AppDbContext db, Guid regionId, GuidePage? existing, GuideForm f, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        if (await db.Guides.AnyAsync(g => g.RegionId == regionId && g.Slug == f.Slug && (existing == null || g.Id != existing.Id), ct))
        {
            problems.Add((nameof(f.Slug), "ManageGuides.Error.SlugTaken"));
        }

        if (f.ParentId is { } parent)
        {
            var parents = await db.Guides.AsNoTracking().Where(g => g.RegionId == regionId).Select(g => new { g.Id, g.ParentId }).ToListAsync(ct);
            var cursor = parents.FirstOrDefault(p => p.Id == parent);
            var depth = 0;
            if (cursor is null)
            {
                problems.Add((nameof(f.ParentId), "Validation.Choose"));
            }

            while (cursor is not null && depth++ < 50)
            {
                if (existing is not null && cursor.Id == existing.Id)
                {
                    problems.Add((nameof(f.ParentId), "ManageGuides.Error.Parent"));
                    break;
                }

                cursor = parents.FirstOrDefault(p => p.Id == cursor.ParentId);
            }
        }

        return problems;
    }

    private static void Apply(GuidePage g, GuideForm f, Guid actor, DateTime now)
    {
        g.Slug = f.Slug;
        g.ParentId = f.ParentId;
        g.OrganizationId = f.OrganizationId ?? g.OrganizationId;
        g.SortOrder = f.SortOrder;
        g.Categories = [.. f.Categories.Distinct()];
        g.UpdatedAt = now;
        ListingTexts.Write(
            g.Translations,
            f,
            actor,
            now,
            () => new GuideTranslation { GuideId = g.Id },
            row =>
            {
                var summary = string.IsNullOrWhiteSpace(f.Summary) ? null : f.Summary.Trim();
                var changed = row.Title != f.Title.Trim() || row.Summary != summary || row.BodyMarkdown != f.Body;
                row.Title = f.Title.Trim();
                row.Summary = summary;
                row.BodyMarkdown = f.Body;
                return changed;
            });
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")]
    private static partial Regex SlugPattern();
}
