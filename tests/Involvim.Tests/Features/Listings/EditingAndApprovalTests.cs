using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Involvim.Tests.Support;
using Involvim.Web.Features.Directory;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Listings;

/// <summary>
/// Org-editors propose, coordinators publish: an editor's change to a published service stays invisible (and
/// unsearchable) until approved, then is searchable at once. Each step is audited. On SQLite and PostgreSQL.
/// </summary>
public abstract class EditingAndApprovalTests(AppFixture fixture)
{
    private const string Editor = "editor@litija.example"; // org-editor of Geoss
    private const string Coordinator = "coordinator@litija.example";

    private InvolvimApp App => fixture.App;

    private Task<(Guid Id, Guid Organization)> ServiceAsync(string slovenianName) =>
        App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var id = await db.ServiceTranslations.Where(t => t.Language == "sl" && t.Name == slovenianName).Select(t => t.ServiceId).SingleAsync();
            var organization = await db.Services.IgnoreQueryFilters().Where(s => s.Id == id).Select(s => s.OrganizationId).SingleAsync();
            return (id, organization);
        });

    private async Task<List<string>> SearchAsync(string query)
    {
        var result = await App.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/regions/litija/search?lang=sl&q={Uri.EscapeDataString(query)}");
        return result.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString()!).ToList();
    }

    [Fact]
    public async Task EditorChange_WaitsForApproval_ThenIsPublicAndSearchableAtOnce()
    {
        var (id, _) = await ServiceAsync("Tečaj slovenščine za odrasle");
        var editor = await App.SignInAsync(Editor, language: "sl");
        var newName = "Tečaj slovenščine za odrasle – večerna skupina " + Guid.NewGuid().ToString("N")[..4];

        var proposed = await Forms.SaveAsync(editor, $"/litija/sl/manage/services/{id}?text=sl", ("Form.Name", newName));
        Assert.True(proposed.StatusCode == HttpStatusCode.Redirect, string.Join("\n", App.ServerErrors.Errors));
        Assert.Contains("done=proposed", proposed.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // Readers and search still see the published version.
        var before = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/sl/services/{id}"));
        Assert.Equal("Tečaj slovenščine za odrasle", before.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(newName, await SearchAsync("večerna skupina"));

        // The editor may not approve their own change.
        var token = Forms.Token(await editor.GetStringAsync($"/litija/sl/manage/services/{id}"));
        var selfApproval = await editor.PostAsync($"/litija/sl/manage/services/{id}?handler=Approve", new FormUrlEncodedContent([KeyValuePair.Create(Forms.AntiforgeryField, token)]));
        Assert.Equal(HttpStatusCode.Forbidden, selfApproval.StatusCode);

        var coordinator = await App.SignInAsync(Coordinator, language: "sl");
        var pending = Forms.Parse(await coordinator.GetStringAsync("/litija/sl/manage/services?show=pending"));
        Assert.Contains(pending.QuerySelectorAll("table a"), a => a.GetAttribute("href") == $"/litija/sl/manage/services/{id}");
        // The coordinator sees what changes, field by field, who proposed it and when (region time).
        var review = Forms.Parse(await coordinator.GetStringAsync($"/litija/sl/manage/services/{id}"));
        var rows = review.QuerySelectorAll("table.changes tbody tr").ToList();
        Assert.True(rows.Count == 1, review.QuerySelector(".note")?.OuterHtml ?? review.Body!.InnerHtml[..2000]);
        var nameRow = rows[0];
        Assert.Equal("Tečaj slovenščine za odrasle", nameRow.QuerySelector("del")!.TextContent);
        Assert.Equal(newName, nameRow.QuerySelector("ins")!.TextContent);
        var proposedAt = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Services.IgnoreQueryFilters().Where(s => s.Id == id).Select(s => s.PendingChangeAt!.Value).SingleAsync());
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(proposedAt, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Ljubljana"));
        Assert.Contains("Ana Urednica", review.QuerySelector(".note")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(local.ToString("g", new System.Globalization.CultureInfo("sl")), review.QuerySelector(".note")!.TextContent, StringComparison.Ordinal);

        var coordinatorToken = Forms.Token(await coordinator.GetStringAsync($"/litija/sl/manage/services/{id}"));
        var approved = await coordinator.PostAsync($"/litija/sl/manage/services/{id}?handler=Approve", new FormUrlEncodedContent([KeyValuePair.Create(Forms.AntiforgeryField, coordinatorToken)]));
        Assert.True(approved.StatusCode == HttpStatusCode.Redirect, string.Join("\n", App.ServerErrors.Errors));

        var after = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/sl/services/{id}"));
        Assert.Equal(newName, after.QuerySelector("h1")!.TextContent);
        Assert.Contains(newName, await SearchAsync("večerna skupina"));

        await App.WithScopeAsync(async sp =>
        {
            var actions = await sp.GetRequiredService<AppDbContext>().AuditEntries.Where(e => e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync();
            Assert.Contains("service.change.proposed", actions);
            Assert.Contains("service.approved", actions);
        });
    }

    [Fact]
    public async Task EditorNewService_IsPendingAndHiddenUntilApproved()
    {
        var editor = await App.SignInAsync(Editor, language: "en");
        var name = "Homework club " + Guid.NewGuid().ToString("N")[..4];
        var saved = await Forms.SaveAsync(editor, "/litija/en/manage/services/new",
            ("Form.Name", name), ("Form.Categories", "education-schools"), ("Form.Languages", "sl, en"), ("Form.Hours[Monday]", "15:00-17:00"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = Guid.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1].Split('?')[0]);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync($"/litija/en/services/{id}")).StatusCode);

        var coordinator = await App.SignInAsync(Coordinator);
        var token = Forms.Token(await coordinator.GetStringAsync($"/litija/en/manage/services/{id}"));
        await coordinator.PostAsync($"/litija/en/manage/services/{id}?handler=Approve", new FormUrlEncodedContent([KeyValuePair.Create(Forms.AntiforgeryField, token)]));
        var page = Forms.Parse(await App.Anonymous().GetStringAsync($"/litija/en/services/{id}"));
        Assert.Equal(name, page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Editor_CannotOpenAnotherOrganisationsService()
    {
        var (id, _) = await ServiceAsync("Pomoč pri iskanju stanovanja"); // the municipality's, not Geoss's
        var editor = await App.SignInAsync(Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/litija/en/manage/services/{id}")).StatusCode);
    }

    [Fact]
    public async Task OtherRegionsCoordinator_GetsNotFound()
    {
        var (id, _) = await ServiceAsync("Pomoč pri iskanju stanovanja");
        var louth = await App.SignInAsync("coordinator@louth.example", "louth");
        Assert.Equal(HttpStatusCode.NotFound, (await louth.GetAsync($"/litija/en/manage/services/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await louth.GetAsync($"/louth/en/manage/services/{id}")).StatusCode);
    }

    [Fact]
    public async Task BadInput_ShowsMessagesAndStoresNothing()
    {
        var (id, _) = await ServiceAsync("Pomoč pri iskanju stanovanja");
        var coordinator = await App.SignInAsync(Coordinator);
        var before = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Services.IgnoreQueryFilters().Where(s => s.Id == id).Select(s => s.UpdatedAt).SingleAsync());
        var response = await Forms.SaveAsync(coordinator, $"/litija/en/manage/services/{id}",
            ("Form.Categories", "flying-saucers"),
            ("Form.Hours[Tuesday]", "17:00-09:00"),
            ("Form.Exceptions", "someday closed"),
            ("Form.Description", new string('x', ServiceLimits.LongText + 10)),
            ("Form.Website", "javascript:alert(1)"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(page.QuerySelectorAll(".error-box li").Length >= 5);
        var after = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Services.IgnoreQueryFilters().Where(s => s.Id == id).Select(s => s.UpdatedAt).SingleAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Coordinator_MarksVerified_AndUnverifiedListShrinks()
    {
        var coordinator = await App.SignInAsync(Coordinator);
        var list = Forms.Parse(await coordinator.GetStringAsync("/litija/en/manage/services?show=unverified"));
        var overdue = list.QuerySelectorAll("table tbody tr a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(overdue);
        var token = Forms.Token(await coordinator.GetStringAsync(overdue[0]));
        var verified = await coordinator.PostAsync(overdue[0] + "?handler=Verify", new FormUrlEncodedContent([KeyValuePair.Create(Forms.AntiforgeryField, token)]));
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        var again = Forms.Parse(await coordinator.GetStringAsync("/litija/en/manage/services?show=unverified"));
        Assert.DoesNotContain(again.QuerySelectorAll("table tbody tr a"), a => a.GetAttribute("href") == overdue[0]);
    }
}

public sealed class EditingAndApprovalTests_Sqlite(SqliteFixture fixture) : EditingAndApprovalTests(fixture), IClassFixture<SqliteFixture>;

public sealed class EditingAndApprovalTests_Postgres(PostgresFixture fixture) : EditingAndApprovalTests(fixture), IClassFixture<PostgresFixture>;
