using System.Globalization;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;

namespace Involvim.Web.Features.Events;

/// <summary>"This week" on the region's home page: the next dates of the coming seven days (at most five).</summary>
internal sealed class EventsThisWeek(EventQueries queries) : IRegionHomeSection
{
    public int Order => 10;

    public async Task<HomeSection?> SectionAsync(RegionSnapshot region, string language, CancellationToken ct)
    {
        var now = queries.Now;
        var dates = await queries.UpcomingAsync(region, now, now.AddDays(7), ct);
        var items = dates.Where(d => d.Date.Status == OccurrenceStatus.Scheduled).Take(5).Select(d =>
        {
            var (title, _, textLanguage) = EventCalendar.Text(d.Event, language, region.DefaultLanguage);
            return new HomeSectionItem(title, textLanguage, RegionUrls.To(region.Slug, language, $"events/{d.Event.Id}"), region.Local(d.Date.StartsAt).ToString("dddd, t", CultureInfo.CurrentCulture));
        }).ToList();
        return new HomeSection("Home.ThisWeek", items, RegionUrls.To(region.Slug, language, "events"), "Home.AllEvents");
    }
}
