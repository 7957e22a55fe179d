using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Events;

/// <summary>
/// The events pages through HTTP as a browser without JavaScript uses them, on SQLite and PostgreSQL: a newcomer
/// finds the demo language café in Ukrainian, signs up a party of three, opens the registration with the code, gets
/// the .ics (read by ical.js, with the same UID as the event's calendar) and cancels; bad input gets a localized
/// message and a 4xx, and writes nothing; the organiser cancels a date and the calendar says so.
/// </summary>
public abstract class EventPagesTests(AppFixture fixture)
{
    private const string Coordinator = "coordinator@litija.example";

    private InvolvimApp App => fixture.App;

    private Task<Guid> DemoEventAsync(string slovenianTitle) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EventTranslations.Where(t => t.Language == "sl" && t.Title == slovenianTitle).Select(t => t.EventId).SingleAsync());

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string action, params (string Name, string Value)[] fields)
    {
        var token = Forms.Token(await client.GetStringAsync(pageUrl));
        return await client.PostAsync(action, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create(Forms.AntiforgeryField, token))));
    }

    [Fact]
    public async Task ANewcomer_FindsTheCafeInUkrainian_SignsUpAPartyOfThree_AddsItToTheCalendar_AndCancels()
    {
        var client = App.Anonymous();
        var cafe = await DemoEventAsync("Jezikovna kavarna");
        var list = Forms.Parse(await client.GetStringAsync("/litija/uk/events?language=uk"));
        Assert.Equal("uk", list.DocumentElement.GetAttribute("lang"));
        var link = list.QuerySelectorAll("a.title").FirstOrDefault(a => a.TextContent == "Мовне кафе");
        Assert.NotNull(link);
        Assert.Equal($"/litija/uk/events/{cafe}", link.GetAttribute("href"));

        var page = Forms.Parse(await client.GetStringAsync($"/litija/uk/events/{cafe}"));
        Assert.Equal("Мовне кафе", page.QuerySelector("h1")!.TextContent);
        var signUp = page.QuerySelector("ul.dates a.button")!.GetAttribute("href")!;
        var registered = await PostAsync(client, signUp, signUp, ("Name", "Оксана"), ("PartySize", "3"), ("Email", ""));
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.True(registered.Headers.CacheControl?.NoStore);
        var done = Forms.Parse(await registered.Content.ReadAsStringAsync());
        Assert.Equal(App.Text("uk", "Events.Done.Confirmed"), done.QuerySelector("#code-title")!.TextContent);
        var code = done.QuerySelector("#registration-code")!.TextContent;
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);

        const string Mine = "/litija/uk/events/registration";
        var opened = Forms.Parse(await (await PostAsync(client, Mine, Mine, ("Code", code))).Content.ReadAsStringAsync());
        Assert.Contains(App.Text("uk", "Events.Status.Confirmed"), opened.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Оксана", opened.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(opened.QuerySelector(".qr svg"));

        var file = await PostAsync(client, Mine, Mine + "?handler=Calendar", ("Code", code));
        Assert.StartsWith("text/calendar", file.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var mine = await IcalJs.ParseAsync(await file.Content.ReadAsStringAsync());
        var series = await IcalJs.ParseAsync(await client.GetStringAsync($"/litija/uk/events/{cafe}/calendar.ics"));
        var date = Assert.Single(mine.Events);
        Assert.Equal("Мовне кафе", date.Summary);
        Assert.Equal("CONFIRMED", date.Status);
        Assert.Contains(series.Events, e => e.Uid == date.Uid && e.Start == date.Start);
        Assert.Equal(series.Events.Count, series.Events.Select(e => e.Uid).Distinct().Count());

        var cancelled = Forms.Parse(await (await PostAsync(client, Mine, Mine + "?handler=Cancel", ("Code", code))).Content.ReadAsStringAsync());
        Assert.Equal(App.Text("uk", "Events.Notice.Cancelled"), cancelled.QuerySelector("p.ok")!.TextContent);
        Assert.Contains(App.Text("uk", "Events.Status.Cancelled"), cancelled.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("99")]
    [InlineData("three")]
    public async Task AWrongPartySize_IsALocalizedMessage_AndNothingIsWritten(string party)
    {
        var client = App.Anonymous();
        var workshop = await DemoEventAsync("Delavnica: Sodelovanje v lokalni skupnosti");
        var signUp = Forms.Parse(await client.GetStringAsync($"/litija/ar/events/{workshop}")).QuerySelector("ul.dates a.button")!.GetAttribute("href")!;
        var before = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EventRegistrations.IgnoreQueryFilters().CountAsync());
        var response = await PostAsync(client, signUp, signUp, ("Name", "Ram"), ("PartySize", party));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(App.Text("ar", "Events.Error.Party"), html, StringComparison.Ordinal);
        Assert.Equal(before, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EventRegistrations.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task AWrongCode_GetsTheSameAnswerAsAnUnknownOne()
    {
        var client = App.Anonymous();
        const string Mine = "/litija/sl/events/registration";
        var wrong = await PostAsync(client, Mine, Mine, ("Code", "0000-0000-0000-0000"));
        var nonsense = await PostAsync(client, Mine, Mine, ("Code", "<script>"));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nonsense.StatusCode);
        Assert.Contains(App.Text("sl", "Events.Error.Code"), await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(App.Text("sl", "Events.Error.Code"), await nonsense.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedRule_OnTheStaffForm_IsAMessage_AndNothingIsSaved()
    {
        var coordinator = await App.SignInAsync(Coordinator);
        var before = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Events.IgnoreQueryFilters().CountAsync());
        var response = await Forms.SaveAsync(coordinator, "/litija/sl/manage/events/new",
            ("Form.Title", "Napačno pravilo"), ("Form.Categories", "community-culture"), ("Form.StartDate", "2027-01-05"), ("Form.StartTime", "18:00"),
            ("Form.Repeat", "custom"), ("Form.Rule", "FREQ=SOMETIMES;BYDAY=XX"), ("Form.PlaceText", "Dvorana"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(App.Text("sl", "Events.Error.Rule")), html, StringComparison.Ordinal);
        Assert.Equal(before, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Events.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task TheOrganiserCancelsADate_TheCalendarSaysCancelled_AndItsSequenceGrows()
    {
        var coordinator = await App.SignInAsync(Coordinator);
        var match = await DemoEventAsync("Nogometna tekma Predilnice");
        var before = await IcalJs.ParseAsync(await App.Anonymous().GetStringAsync($"/litija/en/events/{match}/calendar.ics"));
        var first = before.Events.OrderBy(e => e.Start).First();
        Assert.Equal("CONFIRMED", first.Status);
        var dateId = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EventOccurrences.IgnoreQueryFilters()
            .Where(o => o.EventId == match).OrderBy(o => o.StartsAt).Select(o => o.Id).FirstAsync());
        var datesPage = $"/litija/en/manage/events/{match}/dates";
        var response = await PostAsync(coordinator, datesPage, $"{datesPage}?date={dateId}&handler=Cancel");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await IcalJs.ParseAsync(await App.Anonymous().GetStringAsync($"/litija/en/events/{match}/calendar.ics"));
        var same = after.Events.Single(e => e.Uid == first.Uid);
        Assert.Equal("CANCELLED", same.Status);
        Assert.True(same.Sequence > (first.Sequence ?? 0));
        Assert.Equal(before.Events.Count, after.Events.Count);
        var page = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/en/events/{match}"));
        Assert.Contains(App.Text("en", "Events.Cancelled"), page.QuerySelector("ul.dates li")!.TextContent, StringComparison.Ordinal);
        await PostAsync(coordinator, datesPage, $"{datesPage}?date={dateId}&handler=Restore");
        var restored = await IcalJs.ParseAsync(await App.Anonymous().GetStringAsync($"/litija/en/events/{match}/calendar.ics"));
        Assert.Equal("CONFIRMED", restored.Events.Single(e => e.Uid == first.Uid).Status);
    }

    [Fact]
    public async Task TheRegionsHolidays_TakeTheCafeOffThatDay()
    {
        var coordinator = await App.SignInAsync(Coordinator);
        var cafe = await DemoEventAsync("Jezikovna kavarna");
        var next = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EventOccurrences.IgnoreQueryFilters()
            .Where(o => o.EventId == cafe && o.Status == Web.Features.Events.OccurrenceStatus.Scheduled).OrderBy(o => o.StartsAt).Skip(3).Select(o => o.RecurrenceKey).FirstAsync());
        var day = next[..10];
        const string Page = "/litija/en/manage/events/holidays";
        var current = Forms.Parse(await coordinator.GetStringAsync(Page)).QuerySelector("textarea")!.TextContent;
        var saved = await PostAsync(coordinator, Page, Page, ("Days", current + $"\n{day} Test holiday"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var keys = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EventOccurrences.IgnoreQueryFilters().Where(o => o.EventId == cafe).Select(o => o.RecurrenceKey).ToListAsync());
        Assert.DoesNotContain(next, keys);
        var bad = await PostAsync(coordinator, Page, Page, ("Days", "25.12.2026 Christmas"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await PostAsync(coordinator, Page, Page, ("Days", current));
        keys = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EventOccurrences.IgnoreQueryFilters().Where(o => o.EventId == cafe).Select(o => o.RecurrenceKey).ToListAsync());
        Assert.Contains(next, keys);
    }

    [Theory]
    [InlineData("sl")]
    [InlineData("uk")]
    [InlineData("ar")]
    public async Task TheEventPages_StayUnder14KilobytesCompressed(string language)
    {
        var client = App.Anonymous();
        var cafe = await DemoEventAsync("Jezikovna kavarna");
        var signUp = Forms.Parse(await client.GetStringAsync($"/litija/{language}/events/{cafe}")).QuerySelector("ul.dates a.button")!.GetAttribute("href")!;
        var css = await client.GetStringAsync("/css/site.css");
        foreach (var path in new[] { $"/litija/{language}/events", $"/litija/{language}/events?view=month", $"/litija/{language}/events/{cafe}", signUp, $"/litija/{language}/events/registration" })
        {
            var size = Brotli(await client.GetStringAsync(path)) + Brotli(css);
            Assert.True(size < 14 * 1024, $"{path}: {size} bytes compressed (HTML + CSS)");
        }
    }

    private static int Brotli(string text)
    {
        using var output = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return (int)output.Length;
    }

    [Theory]
    [InlineData("sl")]
    [InlineData("uk")]
    [InlineData("ar")]
    public async Task TheListTheMonthAndAnEvent_AreInTheReadersLanguage(string language)
    {
        var client = App.Anonymous();
        foreach (var path in new[] { "events", "events?view=month", "events?category=language-learning&free=true", "events?from=nonsense&to=2020-01-01&audience=aliens&language=xx", "events/registration" })
        {
            var response = await client.GetAsync($"/litija/{language}/{path}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            var document = Forms.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
            Assert.Equal(language == "ar" ? "rtl" : "ltr", document.DocumentElement.GetAttribute("dir"));
        }

        var month = Forms.Parse(await client.GetStringAsync($"/litija/{language}/events?view=month"));
        Assert.NotNull(month.QuerySelector("table.month"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/litija/{language}/events/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/louth/en/events/{await DemoEventAsync("Jezikovna kavarna")}")).StatusCode);
    }
}

public sealed class EventPagesTests_Sqlite(SqliteFixture fixture) : EventPagesTests(fixture), IClassFixture<SqliteFixture>;

public sealed class EventPagesTests_Postgres(PostgresFixture fixture) : EventPagesTests(fixture), IClassFixture<PostgresFixture>;
