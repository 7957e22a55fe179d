using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Involvim.Tests.Support;
using Involvim.Web.Features.Help;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Help;

/// <summary>Staff screens made for staff (issue 16, items 18 and 20): labels, excerpts, confirmations, paging, the audit log in words.</summary>
public sealed class StaffScreensTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private InvolvimApp App => fixture.App;

    private string Text(string language, string key, params object[] args) => App.Text(language, key, args);

    private async Task<Guid> SubmitAsync(string description, string? email = null)
    {
        var response = await App.Anonymous().PostAsJsonAsync("/api/v1/regions/litija/help-requests", new
        {
            category = "housing",
            description,
            languages = new[] { "uk", "en" },
            contact = new { method = email is null ? "none" : "email", value = email },
            consent = true,
        });
        var code = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString()!;
        return await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().Where(r => r.TrackingCodeHash == TrackingCodes.Hash(code)).Select(r => r.Id).SingleAsync());
    }

    [Fact]
    public async Task RequestPage_UsesStaffLabels_AndTheQueueShowsTheStartOfTheText()
    {
        var id = await SubmitAsync("Iščem sobo za dva meseca, blizu predilnice, z dostopom do kuhinje in pralnega stroja, najraje takoj.");
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var page = Forms.Parse(await coordinator.GetStringAsync($"/litija/en/manage/help/{id}"));
        var labels = page.QuerySelectorAll("dl.facts dt").Select(d => d.TextContent).ToList();
        Assert.Contains(Text("en", "ManageHelp.Label.Languages"), labels);
        Assert.DoesNotContain(Text("en", "Help.Field.Languages"), labels);
        Assert.DoesNotContain(Text("en", "Help.Field.Area"), labels);

        var queue = Forms.Parse(await coordinator.GetStringAsync("/litija/en/manage/help"));
        var row = queue.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/litija/en/manage/help/{id}']") is not null);
        Assert.StartsWith("Iščem sobo za dva meseca", row.QuerySelector(".excerpt")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("…", row.QuerySelector(".excerpt")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(queue.QuerySelector("details.filters summary"));
    }

    [Fact]
    public async Task MarkUnmetAndMerge_AskForConfirmationFirst_AndTheMergeListPreselectsNothing()
    {
        var id = await SubmitAsync("Need a flat (unmet test)");
        var other = await SubmitAsync("Need a flat too (merge target)");
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var html = await coordinator.GetStringAsync($"/litija/en/manage/help/{id}");
        var page = Forms.Parse(html);
        var merge = page.QuerySelector("#MergeInto")!;
        Assert.Equal("", merge.QuerySelector("option")!.GetAttribute("value"));
        Assert.Empty(merge.QuerySelectorAll("option[selected]"));

        var first = await coordinator.PostAsync($"/litija/en/manage/help/{id}?handler=Unmet", new FormUrlEncodedContent(Forms.CurrentValues(html, "form[action*=Unmet]")));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var confirm = await first.Content.ReadAsStringAsync();
        Assert.NotNull(Forms.Parse(confirm).QuerySelector("section.confirm"));
        Assert.Equal(HelpStatus.New, await StatusAsync(id));

        var confirmed = await coordinator.PostAsync($"/litija/en/manage/help/{id}?handler=Unmet", new FormUrlEncodedContent(Forms.CurrentValues(confirm, "section.confirm form")));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(HelpStatus.Unmet, await StatusAsync(id));

        // Merge: the first POST names the target and asks; only the confirmed one merges.
        var third = await SubmitAsync("Duplicate of the merge target");
        var thirdHtml = await coordinator.GetStringAsync($"/litija/en/manage/help/{third}");
        var ask = await coordinator.PostAsync($"/litija/en/manage/help/{third}?handler=Merge", new FormUrlEncodedContent(Forms.CurrentValues(thirdHtml, "form[action*=Merge]").With(("MergeInto", other.ToString()))));
        var askHtml = await ask.Content.ReadAsStringAsync();
        Assert.Contains(other.ToString()[^6..], Forms.Parse(askHtml).QuerySelector("section.confirm")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HelpStatus.New, await StatusAsync(third));
        await coordinator.PostAsync($"/litija/en/manage/help/{third}?handler=Merge", new FormUrlEncodedContent(Forms.CurrentValues(askHtml, "section.confirm form")));
        Assert.Equal(HelpStatus.Cancelled, await StatusAsync(third));
    }

    private Task<HelpStatus> StatusAsync(Guid id) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Status).SingleAsync());

    [Fact]
    public async Task VolunteersPage_IsPagedAndCompact()
    {
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var first = Forms.Parse(await coordinator.GetStringAsync("/litija/en/manage/volunteers"));
        var total = await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var litija = await db.Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync();
            return await db.Volunteers.IgnoreQueryFilters().CountAsync(v => v.Approval == Involvim.Web.Features.Volunteers.VolunteerApproval.Approved && v.RegionId == litija);
        });
        Assert.Equal(Math.Min(total, 25), first.QuerySelectorAll("table.compact tbody tr").Length);
        if (total > 25)
        {
            Assert.NotNull(first.QuerySelector("nav.pager a[rel=next]"));
            var second = Forms.Parse(await coordinator.GetStringAsync("/litija/en/manage/volunteers?p=2"));
            Assert.Equal(total - 25, second.QuerySelectorAll("table.compact tbody tr").Length);
        }

        Assert.All(first.QuerySelectorAll("table.compact tbody tr"), row => Assert.NotNull(row.QuerySelector("details summary")));
    }

    [Fact]
    public async Task AuditLog_SpeaksInWords_FiltersByPersonKindAndDate_AndExportsCsv()
    {
        var id = await SubmitAsync("Audit in words", "audit.words@example.org");
        var coordinator = await App.SignInAsync("coordinator@litija.example", language: "sl");
        var html = await coordinator.GetStringAsync($"/litija/sl/manage/help/{id}");
        await coordinator.PostAsync($"/litija/sl/manage/help/{id}?handler=Reveal", new FormUrlEncodedContent(Forms.CurrentValues(html, "form[action*=Reveal]")));

        var audit = Forms.Parse(await coordinator.GetStringAsync("/litija/sl/manage/audit?kind=help"));
        var expected = Text("sl", "Audit.Action.help.contact-viewed", "Mojca Koordinatorka", Text("sl", "Audit.Subject.HelpRequest", id.ToString()[^6..]));
        Assert.Contains(audit.QuerySelectorAll("tbody tr td:nth-child(2)"), td => td.TextContent.StartsWith(expected, StringComparison.Ordinal));
        Assert.All(audit.QuerySelectorAll("tbody tr details .mono[dir=ltr]").Where(m => m.TextContent.Contains('.', StringComparison.Ordinal) && !m.TextContent.Contains(' ', StringComparison.Ordinal)),
            m => Assert.StartsWith("help.", m.TextContent, StringComparison.Ordinal));

        var coordinatorId = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == "coordinator@litija.example").Select(u => u.Id).SingleAsync());
        var mine = Forms.Parse(await coordinator.GetStringAsync($"/litija/sl/manage/audit?person={coordinatorId}"));
        Assert.NotEmpty(mine.QuerySelectorAll("tbody tr"));
        var future = Forms.Parse(await coordinator.GetStringAsync("/litija/sl/manage/audit?from=2099-01-01"));
        Assert.Empty(future.QuerySelectorAll("tbody tr"));

        var csv = await coordinator.GetAsync("/litija/sl/manage/audit?kind=help&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("sequence,time,person,what,action,record_type,record_id,details", lines[0]);
        Assert.Contains(lines, l => l.Contains(expected, StringComparison.Ordinal) && l.Contains("help.contact-viewed", StringComparison.Ordinal));
    }
}
