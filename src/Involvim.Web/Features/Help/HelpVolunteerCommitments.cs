using Involvim.Web.Features.Volunteers;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Help;

/// <summary>The help workflow's side of a volunteer stopping: their tasks and open offers.</summary>
internal sealed class HelpVolunteerCommitments(AppDbContext db, HelpWorkflow workflow) : IVolunteerCommitments
{
    public Task<bool> HasActiveTasksAsync(VolunteerProfile volunteer, CancellationToken ct) =>
        db.HelpRequests.AnyAsync(r => r.VolunteerId == volunteer.Id && HelpWorkflow.ActiveTaskStatuses.Contains(r.Status), ct);

    public async Task<int> PassOnPendingOffersAsync(VolunteerProfile volunteer, string reason, CancellationToken ct)
    {
        var pending = await db.HelpOffers.Where(o => o.VolunteerId == volunteer.Id && o.Status == OfferStatus.Pending).Select(o => o.Id).ToListAsync(ct);
        foreach (var offer in pending)
        {
            await workflow.DeclineAsync(offer, volunteer, reason, ct);
        }

        return pending.Count;
    }
}
