using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Directory.Manage;

/// <summary>Staff list of services: coordinators see the region (pending, unverified), org-editors their organisation.</summary>
[Authorize(Policy = Policies.RegionEditor)]
public sealed class ServicesModel(AppDbContext db, RegionPermissions permissions, RegionContext here, TimeProvider clock) : PageModel
{
    public static readonly TimeSpan VerifyEvery = TimeSpan.FromDays(182);

    public sealed record Row(Guid Id, string Name, string Language, string Organization, PublicationStatus Status, bool HasProposal, DateTime? LastVerifiedAt, bool Overdue);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string Show { get; private set; } = "all";

    public bool CanPublish { get; private set; }

    public async Task OnGetAsync(string? show, CancellationToken ct)
    {
        var access = await permissions.GetAsync(ct);
        CanPublish = access.CanPublish;
        Show = show is "pending" or "unverified" ? show : "all";
        var region = here.RequiredRegion;
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Services.AsNoTracking().Where(s => s.RegionId == region.Id);
        if (!access.CanPublish)
        {
            var own = access.OrganizationIds.ToList();
            query = query.Where(s => own.Contains(s.OrganizationId));
        }

        var overdueBefore = now - VerifyEvery;
        query = Show switch
        {
            "pending" => query.Where(s => s.Status == PublicationStatus.Pending || s.PendingChange != null),
            "unverified" => query.Where(s => s.Status == PublicationStatus.Published && (s.LastVerifiedAt == null || s.LastVerifiedAt < overdueBefore)),
            _ => query,
        };
        var services = await query.Include(s => s.Translations).Include(s => s.Organization!).ThenInclude(o => o.Translations).AsSplitQuery().ToListAsync(ct);
        Rows = services.Select(s =>
            {
                var name = ContentTranslations.Pick(s.Translations, here.Language, region.DefaultLanguage);
                return new Row(
                    s.Id,
                    name?.Value.Name ?? "?",
                    name?.Language ?? here.Language,
                    ContentTranslations.Pick(s.Organization!.Translations, here.Language, region.DefaultLanguage)?.Value.Name ?? "?",
                    s.Status,
                    s.PendingChange is not null,
                    s.LastVerifiedAt,
                    s.Status == PublicationStatus.Published && (s.LastVerifiedAt is null || s.LastVerifiedAt < overdueBefore));
            })
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
