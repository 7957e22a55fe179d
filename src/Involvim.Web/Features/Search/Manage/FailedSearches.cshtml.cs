using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Search.Manage;

/// <summary>What people searched for and did not find: a coordinator's list of gaps in the directory.</summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class FailedSearchesModel(AppDbContext db, RegionContext here) : PageModel
{
    public IReadOnlyList<FailedSearch> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await db.FailedSearches.AsNoTracking()
            .Where(f => f.RegionId == here.RequiredRegion.Id)
            .OrderByDescending(f => f.Count)
            .ThenByDescending(f => f.LastSeen)
            .Take(200)
            .ToListAsync(ct);
}
