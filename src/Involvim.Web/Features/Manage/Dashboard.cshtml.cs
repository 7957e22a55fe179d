using Involvim.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Involvim.Web.Features.Manage;

/// <summary>The staff start page of a region: what this person may do here.</summary>
[Authorize(Policy = Policies.RegionStaff)]
public sealed class DashboardModel(RegionPermissions permissions) : PageModel
{
    public RegionAccess Access { get; private set; } = RegionAccess.Anonymous;

    public async Task OnGetAsync(CancellationToken ct) => Access = await permissions.GetAsync(ct);
}
