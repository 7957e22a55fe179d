using System.Text.RegularExpressions;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Search;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Guides;

/// <summary>A guide page as staff edit it (one text language at a time); also the pending proposal of an org-editor.</summary>
public sealed class GuideForm
{
    public string TextLanguage { get; set; } = "";

    public string Slug { get; set; } = "";

    public Guid? ParentId { get; set; }

    public Guid? OrganizationId { get; set; }

    public int SortOrder { get; set; }

    public List<string> Categories { get; set; } = [];

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string Body { get; set; } = "";
}

/// <summary>Rules, publication and approval of guide pages; the same flow as services (coordinators publish, org-editors propose).</summary>
public sealed partial class GuideEditor(AppDbContext db, AuditLog audit, TimeProvider clock, SearchIndexCache search)
{
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
        Check(f.Body is not null && GuideMarkdown.ContainsUnsafeMarkup(f.Body), nameof(f.Body), "ManageGuides.Error.Markup");
        Check(f.Categories.Any(c => !Directory.Categories.IsKnown(c)) || f.Categories.Count > 5, nameof(f.Categories), "ManageServices.Error.UnknownCategory");
        Check(f.SortOrder is < 0 or > 1000, nameof(f.SortOrder), "Validation.Number");
        return problems;
    }

    public Task<GuidePage?> LoadAsync(Guid regionId, Guid id, CancellationToken ct) =>
        db.Guides.Include(g => g.Translations).FirstOrDefaultAsync(g => g.Id == id && g.RegionId == regionId, ct);

    public static GuideForm? Proposal(GuidePage g) => Review.Proposal<GuideForm>(g);

    public static GuideForm ToForm(GuidePage g, string language) =>
        Proposal(g) is { } proposal && proposal.TextLanguage == language ? proposal : PublishedForm(g, language);

    /// <summary>The form as readers see the page now (without any proposal): what a proposal is compared with.</summary>
    public static GuideForm PublishedForm(GuidePage g, string language)
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
    public async Task<List<(string Field, string Key)>> CheckPlaceAsync(Guid regionId, GuidePage? existing, GuideForm f, CancellationToken ct)
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

    public async Task<GuidePage> SaveAsync(RegionSnapshot region, GuidePage? existing, GuideForm form, bool publish, Guid actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var guide = existing;
        string action;
        if (guide is null)
        {
            guide = new GuidePage { RegionId = region.Id, CreatedAt = now };
            Apply(guide, form, now);
            guide.Status = publish ? PublicationStatus.Published : PublicationStatus.Pending;
            db.Guides.Add(guide);
            action = publish ? "guide.created" : "guide.proposed";
        }
        else if (publish || guide.Status != PublicationStatus.Published)
        {
            Apply(guide, form, now);
            if (publish)
            {
                Review.Publish(guide);
            }
            else
            {
                guide.Status = PublicationStatus.Pending;
            }

            action = publish ? "guide.updated" : "guide.proposed";
        }
        else
        {
            Review.Propose(guide, form, actor, now);
            action = "guide.change.proposed";
        }

        audit.Record(action, nameof(GuidePage), guide.Id.ToString(), region.Id, new { language = form.TextLanguage, status = guide.Status.ToString() }, actor);
        await CommitAsync(region, guide, guide.Status == PublicationStatus.Published && action != "guide.change.proposed", now, ct);
        return guide;
    }

    public async Task ApproveAsync(RegionSnapshot region, GuidePage guide, Guid actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (Proposal(guide) is { } proposal)
        {
            Apply(guide, proposal, now);
        }

        Review.Publish(guide);
        audit.Record("guide.approved", nameof(GuidePage), guide.Id.ToString(), region.Id, null, actor);
        await CommitAsync(region, guide, true, now, ct);
    }

    public async Task RejectAsync(RegionSnapshot region, GuidePage guide, Guid actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Review.Reject(guide);
        audit.Record("guide.rejected", nameof(GuidePage), guide.Id.ToString(), region.Id, null, actor);
        await CommitAsync(region, guide, false, now, ct);
    }

    private Task CommitAsync(RegionSnapshot region, GuidePage guide, bool publicChange, DateTime now, CancellationToken ct) =>
        DirectoryChanges.CommitAsync(db, search, region.Id, DirectoryChanges.Guide, guide.Id, publicChange, now, ct);

    private static void Apply(GuidePage g, GuideForm f, DateTime now)
    {
        g.Slug = f.Slug;
        g.ParentId = f.ParentId;
        g.OrganizationId = f.OrganizationId ?? g.OrganizationId;
        g.SortOrder = f.SortOrder;
        g.Categories = [.. f.Categories.Distinct()];
        g.UpdatedAt = now;
        var source = g.Translations.FirstOrDefault(t => t.Status == TranslationStatus.Source)?.Language;
        ContentTranslations.Write(
            g.Translations,
            f.TextLanguage,
            source is null || source == f.TextLanguage ? TranslationStatus.Source : TranslationStatus.Human,
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
