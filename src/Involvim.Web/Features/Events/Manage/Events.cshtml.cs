using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Events.Manage;

/// <summary>Staff list of events: coordinators see all, org-editors their organisation's; with the next date of each.</summary>
[Authorize(Policy = Policies.RegionEditor)]
public sealed class EventsModel(AppDbContext db, RegionPermissions permissions, RegionContext here, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Title, string Language, PublicationStatus Status, bool HasProposal, DateTime? Next);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool CanPublish { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var access = await permissions.GetAsync(ct);
        CanPublish = access.CanPublish;
        var region = here.RequiredRegion;
        var now = clock.GetUtcNow().UtcDateTime;
        var events = await db.Events.AsNoTracking().Where(e => e.RegionId == region.Id).Include(e => e.Translations).ToListAsync(ct);
        var next = await db.EventOccurrences.AsNoTracking().Where(o => o.RegionId == region.Id && o.StartsAt > now && o.Status == OccurrenceStatus.Scheduled)
            .GroupBy(o => o.EventId).Select(g => new { g.Key, Next = g.Min(o => o.StartsAt) }).ToDictionaryAsync(x => x.Key, x => x.Next, ct);
        Rows = events
            .Where(e => access.CanPublish || access.CanEdit(e.OrganizationId))
            .Select(e =>
            {
                var text = ContentTranslations.Pick(e.Translations, here.Language, region.DefaultLanguage);
                return new Row(e.Id, text?.Value.Title ?? "?", text?.Language ?? here.Language, e.Status, e.PendingChange is not null, next.TryGetValue(e.Id, out var n) ? region.Local(n) : null);
            })
            .OrderBy(r => r.Next ?? DateTime.MaxValue).ThenBy(r => r.Title, StringComparer.CurrentCulture)
            .ToList();
    }
}
