using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Events.Manage;

/// <summary>
/// What the organiser's pages of one event share: the event is loaded in the region, and exists only for its
/// organisation's org-editors and the coordinators (anyone else: 404, like every listing of another organisation).
/// </summary>
public abstract class EventDatesPage(AppDbContext db, RegionPermissions permissions, RegionContext here) : PageModel
{
    public EventListing Event { get; private set; } = null!;

    public string Title { get; private set; } = "";

    public string TitleLanguage { get; private set; } = "";

    protected RegionContext Here => here;

    protected AppDbContext Db => db;

    protected Guid ActorId => User.UserId();

    protected async Task<bool> LoadEventAsync(Guid id, CancellationToken ct)
    {
        var access = await permissions.GetAsync(ct);
        var region = here.RequiredRegion;
        var e = await db.Events.Include(x => x.Translations).Include(x => x.Location).FirstOrDefaultAsync(x => x.Id == id && x.RegionId == region.Id, ct);
        if (e is null || !access.CanEdit(e.OrganizationId))
        {
            return false;
        }

        Event = e;
        (Title, _, TitleLanguage) = EventCalendar.Text(e, here.Language, region.DefaultLanguage);
        return true;
    }
}
