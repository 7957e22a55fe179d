using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Guides;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Listings;

/// <summary>
/// The approval rules of the shared listing mechanism (ADR 0014), run the same against every kind of listing:
/// coordinators publish, an org-editor's change waits as a proposal that only a coordinator approves or rejects,
/// readers see only what is published, another organisation's or region's listing is not found, a text in another
/// language is a translation, and every step is audited as <c>{kind}.{step}</c>. Through HTTP, on SQLite and PostgreSQL.
/// </summary>
public abstract class ListingApprovalRulesTests<TListing>(AppFixture fixture)
    where TListing : class, IListing
{
    protected const string Editor = "editor@litija.example"; // org-editor of Geoss
    protected const string Coordinator = "coordinator@litija.example";

    protected InvolvimApp App => fixture.App;

    /// <summary>The kind's code: its audit prefix (<c>service</c>, <c>guide</c>).</summary>
    protected abstract string Code { get; }

    /// <summary>The staff path below the region and language (<c>manage/services</c>).</summary>
    protected abstract string ManagePath { get; }

    /// <summary>The form field that holds the listing's name or title in the text language.</summary>
    protected abstract string TitleField { get; }

    /// <summary>The fields a new listing needs besides its title (and the organisation).</summary>
    protected abstract (string Field, string Value)[] NewFields(string marker);

    /// <summary>The required text fields of a language besides the title (a guide's body).</summary>
    protected virtual (string Field, string Value)[] TextFields(string marker) => [];

    /// <summary>Where readers see the listing (in English), once it is published.</summary>
    protected abstract Task<string> PublicUrlAsync(Guid id);

    private Task<Guid> OrganizationAsync(string slug) =>
        App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            if (slug == "geoss")
            {
                return await db.RoleAssignments.IgnoreQueryFilters().Where(a => a.User!.Email == Editor && a.OrganizationId != null).Select(a => a.OrganizationId!.Value).FirstAsync();
            }

            var litija = await db.Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync();
            return await db.Organizations.IgnoreQueryFilters().Where(o => o.RegionId == litija && o.Translations.Any(t => t.Name == "Občina Litija")).Select(o => o.Id).FirstAsync();
        });

    private string EditUrl(Guid id, string language = "en") => $"/litija/{language}/{ManagePath}/{id}";

    private static Guid IdFrom(HttpResponseMessage saved) => Guid.Parse(saved.Headers.Location!.OriginalString.Split('?')[0].Split('/')[^1]);

    /// <summary>A new listing that the coordinator published, kept by Geoss (the editor's organisation) or another organisation.</summary>
    private async Task<(Guid Id, string Title)> PublishedAsync(string organization = "geoss")
    {
        var coordinator = await App.SignInAsync(Coordinator);
        var marker = Guid.NewGuid().ToString("N")[..6];
        var title = $"Listing {marker}";
        var saved = await Forms.SaveAsync(coordinator, $"/litija/en/{ManagePath}/new",
            [(TitleField, title), ("Form.OrganizationId", (await OrganizationAsync(organization)).ToString()), .. NewFields(marker)]);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, string.Join('\n', App.ServerErrors.Errors) + await saved.Content.ReadAsStringAsync());
        Assert.Contains("done=published", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return (IdFrom(saved), title);
    }

    private async Task<string?> PublicTitleAsync(Guid id)
    {
        var response = await App.Anonymous().GetAsync(await PublicUrlAsync(id));
        return response.StatusCode == HttpStatusCode.NotFound ? null : Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("h1")!.TextContent;
    }

    private Task<(PublicationStatus Status, string? Pending)> StateAsync(Guid id) =>
        App.WithScopeAsync(async sp =>
        {
            var listing = await sp.GetRequiredService<AppDbContext>().Set<TListing>().IgnoreQueryFilters().AsNoTracking().SingleAsync(l => l.Id == id);
            return (listing.Status, listing.PendingChange);
        });

    private Task<List<string>> AuditAsync(Guid id) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Where(e => e.EntityId == id.ToString()).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());

    [Fact]
    public async Task EditorsChange_WaitsAsAProposal_ReadersKeepThePublished_UntilApproved()
    {
        var (id, title) = await PublishedAsync();
        var editor = await App.SignInAsync(Editor);
        var proposed = await Forms.SaveAsync(editor, EditUrl(id), (TitleField, title + " (evening)"));
        Assert.Contains("done=proposed", proposed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(title, await PublicTitleAsync(id));
        var (status, pending) = await StateAsync(id);
        Assert.Equal(PublicationStatus.Published, status);
        Assert.NotNull(pending);

        // The coordinator sees exactly the one field that changes, before and after.
        var coordinator = await App.SignInAsync(Coordinator);
        var review = Forms.Parse(await coordinator.GetStringAsync(EditUrl(id)));
        var row = Assert.Single(review.QuerySelectorAll("table.changes tbody tr"));
        Assert.Equal(title, row.QuerySelector("del")!.TextContent);
        Assert.Equal(title + " (evening)", row.QuerySelector("ins")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostHandlerAsync(coordinator, EditUrl(id), "Approve")).StatusCode);
        Assert.Equal(title + " (evening)", await PublicTitleAsync(id));
        Assert.Equal((PublicationStatus.Published, (string?)null), await StateAsync(id));
        Assert.Equal([$"{Code}.created", $"{Code}.change.proposed", $"{Code}.approved"], await AuditAsync(id));
    }

    [Theory]
    [InlineData("Approve")]
    [InlineData("Reject")]
    public async Task Editor_MayNotDecideOnAProposal(string handler)
    {
        var (id, title) = await PublishedAsync();
        var editor = await App.SignInAsync(Editor);
        await Forms.SaveAsync(editor, EditUrl(id), (TitleField, title + " (proposed)"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostHandlerAsync(editor, EditUrl(id), handler)).StatusCode);
        Assert.NotNull((await StateAsync(id)).Pending);
        Assert.Equal(title, await PublicTitleAsync(id));
    }

    [Fact]
    public async Task Rejection_DropsTheProposal_AndReadersSeeNoChange()
    {
        var (id, title) = await PublishedAsync();
        var editor = await App.SignInAsync(Editor);
        await Forms.SaveAsync(editor, EditUrl(id), (TitleField, "Rejected " + title));
        var coordinator = await App.SignInAsync(Coordinator);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostHandlerAsync(coordinator, EditUrl(id), "Reject")).StatusCode);
        Assert.Equal((PublicationStatus.Published, (string?)null), await StateAsync(id));
        Assert.Equal(title, await PublicTitleAsync(id));
        Assert.Equal(title, Forms.CurrentValues(await editor.GetStringAsync(EditUrl(id)), "main form[action*=Save]").Single(f => f.Key == TitleField).Value);
        Assert.Equal($"{Code}.rejected", (await AuditAsync(id))[^1]);
    }

    [Fact]
    public async Task EditorsNewListing_IsHiddenUntilApproved_AndRejectedGoesBackToDraft()
    {
        var editor = await App.SignInAsync(Editor);
        var marker = Guid.NewGuid().ToString("N")[..6];
        var first = await Forms.SaveAsync(editor, $"/litija/en/{ManagePath}/new", [(TitleField, "New " + marker), .. NewFields(marker)]);
        Assert.Contains("done=proposed", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var id = IdFrom(first);
        Assert.Equal(PublicationStatus.Pending, (await StateAsync(id)).Status);
        Assert.Null(await PublicTitleAsync(id));

        var coordinator = await App.SignInAsync(Coordinator);
        await Forms.PostHandlerAsync(coordinator, EditUrl(id), "Reject");
        Assert.Equal(PublicationStatus.Draft, (await StateAsync(id)).Status);
        Assert.Null(await PublicTitleAsync(id));

        // Proposed again, then approved: public.
        await Forms.SaveAsync(editor, EditUrl(id), (TitleField, "Again " + marker));
        Assert.Equal(PublicationStatus.Pending, (await StateAsync(id)).Status);
        await Forms.PostHandlerAsync(coordinator, EditUrl(id), "Approve");
        Assert.Equal("Again " + marker, await PublicTitleAsync(id));
        Assert.Equal([$"{Code}.proposed", $"{Code}.rejected", $"{Code}.proposed", $"{Code}.approved"], await AuditAsync(id));
    }

    [Fact]
    public async Task CoordinatorsChange_IsPublicAtOnce()
    {
        var (id, title) = await PublishedAsync();
        var coordinator = await App.SignInAsync(Coordinator);
        var saved = await Forms.SaveAsync(coordinator, EditUrl(id), (TitleField, title + " – now"));
        Assert.Contains("done=published", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(title + " – now", await PublicTitleAsync(id));
        Assert.Equal($"{Code}.updated", (await AuditAsync(id))[^1]);
    }

    [Fact]
    public async Task AnotherOrganisationsOrRegionsListing_IsNotFound()
    {
        var (id, _) = await PublishedAsync("municipality");
        var editor = await App.SignInAsync(Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(EditUrl(id))).StatusCode);
        var louth = await App.SignInAsync("coordinator@louth.example", "louth");
        Assert.Equal(HttpStatusCode.NotFound, (await louth.GetAsync(EditUrl(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await louth.GetAsync($"/louth/en/{ManagePath}/{id}")).StatusCode);
        var token = Forms.Token(await louth.GetStringAsync("/louth/en/manage/services"));
        var approve = await louth.PostAsync($"/louth/en/{ManagePath}/{id}?handler=Approve", new FormUrlEncodedContent([KeyValuePair.Create(Forms.AntiforgeryField, token)]));
        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
    }

    [Fact]
    public async Task TextInAnotherLanguage_IsATranslation_AndAChangedSourceMarksItOutdated()
    {
        var (id, title) = await PublishedAsync();
        var coordinator = await App.SignInAsync(Coordinator);
        var saved = await Forms.SaveAsync(coordinator, EditUrl(id) + "?text=uk", [(TitleField, "Переклад " + title), .. TextFields("переклад")]);
        Assert.Contains("done=published", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        string StatusOf(string html, string language) =>
            Forms.Parse(html).QuerySelector($"main nav a[lang={language}]")!.NextElementSibling!.TextContent;
        var page = await coordinator.GetStringAsync(EditUrl(id));
        Assert.Equal($"({App.Text("en", "Translation.Source")})", StatusOf(page, "en"));
        Assert.Equal($"({App.Text("en", "Translation.Human")})", StatusOf(page, "uk"));

        await Forms.SaveAsync(coordinator, EditUrl(id), (TitleField, title + " v2"));
        Assert.Equal($"({App.Text("en", "Translation.Outdated")})", StatusOf(await coordinator.GetStringAsync(EditUrl(id)), "uk"));
    }
}

/// <summary>Services on the shared approval rules.</summary>
public abstract class ServiceApprovalRulesTests(AppFixture fixture) : ListingApprovalRulesTests<ServiceListing>(fixture)
{
    protected override string Code => "service";

    protected override string ManagePath => "manage/services";

    protected override string TitleField => "Form.Name";

    protected override (string Field, string Value)[] NewFields(string marker) =>
        [("Form.Categories", "education-schools"), ("Form.Languages", "sl, en")];

    protected override Task<string> PublicUrlAsync(Guid id) => Task.FromResult($"/litija/en/services/{id}");
}

/// <summary>Guide pages on the same rules.</summary>
public abstract class GuideApprovalRulesTests(AppFixture fixture) : ListingApprovalRulesTests<GuidePage>(fixture)
{
    protected override string Code => "guide";

    protected override string ManagePath => "manage/guides";

    protected override string TitleField => "Form.Title";

    protected override (string Field, string Value)[] NewFields(string marker) =>
        [("Form.Slug", "page-" + marker), .. TextFields(marker)];

    protected override (string Field, string Value)[] TextFields(string marker) => [("Form.Body", "A page about " + marker + ".")];

    protected override Task<string> PublicUrlAsync(Guid id) =>
        App.WithScopeAsync(async sp => "/litija/en/guides/" + await sp.GetRequiredService<AppDbContext>().Guides.IgnoreQueryFilters().Where(g => g.Id == id).Select(g => g.Slug).SingleAsync());
}

/// <summary>Events on the same rules.</summary>
public abstract class EventApprovalRulesTests(AppFixture fixture) : ListingApprovalRulesTests<Involvim.Web.Features.Events.EventListing>(fixture)
{
    protected override string Code => "event";

    protected override string ManagePath => "manage/events";

    protected override string TitleField => "Form.Title";

    protected override (string Field, string Value)[] NewFields(string marker) =>
        [("Form.Categories", "community-culture"), ("Form.StartDate", DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
         ("Form.StartTime", "17:00"), ("Form.Repeat", "weekly"), ("Form.PlaceText", "Room " + marker)];

    protected override Task<string> PublicUrlAsync(Guid id) => Task.FromResult($"/litija/en/events/{id}");
}

public sealed class ServiceApprovalRulesTests_Sqlite(SqliteFixture fixture) : ServiceApprovalRulesTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ServiceApprovalRulesTests_Postgres(PostgresFixture fixture) : ServiceApprovalRulesTests(fixture), IClassFixture<PostgresFixture>;

public sealed class GuideApprovalRulesTests_Sqlite(SqliteFixture fixture) : GuideApprovalRulesTests(fixture), IClassFixture<SqliteFixture>;

public sealed class GuideApprovalRulesTests_Postgres(PostgresFixture fixture) : GuideApprovalRulesTests(fixture), IClassFixture<PostgresFixture>;

public sealed class EventApprovalRulesTests_Sqlite(SqliteFixture fixture) : EventApprovalRulesTests(fixture), IClassFixture<SqliteFixture>;

public sealed class EventApprovalRulesTests_Postgres(PostgresFixture fixture) : EventApprovalRulesTests(fixture), IClassFixture<PostgresFixture>;
