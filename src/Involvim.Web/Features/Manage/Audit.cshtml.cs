using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Involvim.Web.Features.Manage;

/// <summary>The region's audit log for its coordinators, with a check of the hash chain.</summary>
[Authorize(Policy = Policies.RegionCoordinator)]
public sealed class AuditModel(AppDbContext db, RegionContext here) : PageModel
{
    public IReadOnlyList<AuditLine> Lines { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    public long? NextBefore { get; private set; }

    public async Task OnGetAsync(long? before, bool verify, CancellationToken ct)
    {
        Lines = await AuditQueries.PageAsync(db, here.RequiredRegion.Id, before, AuditQueries.PageSize, ct);
        NextBefore = Lines.Count == AuditQueries.PageSize ? Lines[^1].Sequence : null;
        if (verify)
        {
            Verification = await AuditQueries.VerifyAsync(db, ct);
        }
    }
}
