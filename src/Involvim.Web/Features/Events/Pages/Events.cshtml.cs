using System.Globalization;
using Involvim.Web.Features.Directory;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Involvim.Web.Features.Events.Pages;

/// <summary>
/// What is on in the region: the coming dates of published events as a list by day or a month as a plain table,
/// filtered by category, language spoken, audience, free of charge and dates. No JavaScript.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class EventsModel(EventQueries queries, RegionContext here) : PageModel
{
    public const int PageSize = 30;

    /// <summary>One date in the list: local start and end, the event's title (and its language), whether it is cancelled, free, its place.</summary>
    public sealed record Item(Guid EventId, DateTime Starts, DateTime Ends, string Title, string TitleLanguage, string? Summary, bool Cancelled, bool Free, string? Place, IReadOnlyList<string> Categories, IReadOnlyList<string> Languages);

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Audience { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Free { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary><c>list</c> (default) or <c>month</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    /// <summary>The month of the month view, <c>yyyy-MM</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public int Total { get; private set; }

    public Pager Pager { get; private set; } = new(1, 1, _ => "");

    public DateOnly FirstDay { get; private set; }

    public DateOnly LastDay { get; private set; }

    public bool IsMonth => View == "month";

    /// <summary>The languages spoken at some coming event, for the filter.</summary>
    public IReadOnlyList<string> SpokenLanguages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var today = DateOnly.FromDateTime(region.Local(queries.Now));
        Category = Categories.IsKnown(Category) ? Category : null;
        Audience = Audiences.IsKnown(Audience) ? Audience : null;
        Language = Language is { Length: > 0 and <= 8 } l && LanguageNames.IsKnown(l) ? l : null;
        View = View == "month" ? "month" : null;
        if (IsMonth)
        {
            var month = DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : new DateOnly(today.Year, today.Month, 1);
            (FirstDay, LastDay) = (month, month.AddMonths(1).AddDays(-1));
            Month = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
        else
        {
            FirstDay = EventSchedule.ParseDay(From) is { } f && f >= today ? f : today;
            LastDay = EventSchedule.ParseDay(To) is { } t && t >= FirstDay ? (t > FirstDay.AddDays(366) ? FirstDay.AddDays(366) : t) : FirstDay.AddDays(30);
        }

        var zone = region.TimeZoneInfo;
        var fromUtc = TimeZoneInfo.ConvertTimeToUtc(FirstDay.ToDateTime(TimeOnly.MinValue), zone);
        var toUtc = TimeZoneInfo.ConvertTimeToUtc(LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        var rows = await queries.UpcomingAsync(region, fromUtc, toUtc, ct);
        SpokenLanguages = rows.SelectMany(r => r.Event.Languages).Distinct().Order(StringComparer.Ordinal).ToList();
        var chosen = rows
            .Where(r => Category is null || r.Event.Categories.Contains(Category))
            .Where(r => Language is null || r.Event.Languages.Contains(Language))
            .Where(r => Audience is null || r.Event.Audience.Contains(Audience) || r.Event.Audience.Contains("everyone") || r.Event.Audience.Count == 0)
            .Where(r => !Free || r.Event.IsFree)
            .Select(r =>
            {
                var (title, summary, language) = EventCalendar.Text(r.Event, here.Language, region.DefaultLanguage);
                return new Item(r.Event.Id, region.Local(r.Date.StartsAt), region.Local(r.Date.EndsAt), title, language, summary,
                    r.Date.Status == OccurrenceStatus.Cancelled, r.Event.IsFree, EventCalendar.Place(r.Event), r.Event.Categories, r.Event.Languages);
            })
            .ToList();
        Total = chosen.Count;
        if (IsMonth)
        {
            Items = chosen;
            return;
        }

        var pages = Pager.Count(Total, PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, pages);
        Items = chosen.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        Pager = new Pager(PageNumber, pages, Link);
    }

    /// <summary>This list with the same filters on another page.</summary>
    public string Link(int page)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("category", Category);
        Add("language", Language);
        Add("audience", Audience);
        Add("free", Free ? "true" : null);
        Add("from", From);
        Add("to", To);
        Add("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return here.To("events") + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    /// <summary>The month view of another month, with the same filters.</summary>
    public string MonthLink(DateOnly month) =>
        here.To("events") + $"?view=month&month={month:yyyy-MM}" + (Category is null ? "" : $"&category={Category}") + (Language is null ? "" : $"&language={Language}") +
        (Audience is null ? "" : $"&audience={Audience}") + (Free ? "&free=true" : "");
}
