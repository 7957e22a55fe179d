using System.Collections.Concurrent;
using System.Net.Http.Json;
using Involvim.Tests.Support;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Events;
using Involvim.Web.Features.Guides;
using Involvim.Web.Features.Help;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Accounts;

/// <summary>
/// Every protected page handler and endpoint of the app, for every kind of person, with the exact status
/// (<see cref="AuthorizationTable"/>; docs/authorization.md is generated from the same rows). The operations are
/// enumerated from the app's endpoint data source: one without a row fails the build, and so does a row that names
/// no operation. A region where the person has no role answers 404, so its protected pages are not revealed.
/// </summary>
public abstract class AuthorizationTableTests(AppFixture fixture)
{
    private static readonly ConcurrentDictionary<InvolvimApp, Lazy<Task<Context>>> Contexts = new();

    private InvolvimApp App => fixture.App;

    public static TheoryData<string, int, int> Cases()
    {
        var data = new TheoryData<string, int, int>();
        for (var row = 0; row < AuthorizationTable.Rows.Length; row++)
        {
            for (var person = 0; person < AuthorizationTable.People.Length; person++)
            {
                data.Add($"{AuthorizationTable.Rows[row].Method} {AuthorizationTable.Rows[row].Path} {AuthorizationTable.Rows[row].Handler} as {AuthorizationTable.People[person].Column}", row, person);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Request_AsPerson_GetsExactlyTheStatusInTheTable(string name, int rowIndex, int personIndex)
    {
        var context = await ContextAsync();
        var row = AuthorizationTable.Rows[rowIndex];
        var person = AuthorizationTable.People[personIndex];
        var path = await context.ResolveAsync(rowIndex, row.Path);
        var client = person.Email is null ? App.Anonymous() : await context.ClientAsync(person.Email);
        using var response = await SendAsync(client, row, path);
        var expected = row.Expected[personIndex];
        Assert.True(
            (int)response.StatusCode == expected,
            $"{name} ({path}): expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        if (expected == 302 && person.Email is null)
        {
            Assert.Contains("/account/signin?returnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryProtectedOperation_HasARow_AndEveryRowNamesAnOperation()
    {
        var operations = await Operation.AllAsync(App.Services);
        var rows = AuthorizationTable.Rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var missing = operations.Where(o => !o.IsPublic && !rows.Contains(o.Key)).Select(o => o.Key).ToList();
        Assert.True(missing.Count == 0, "Protected operations without a row in AuthorizationTable.Rows:\n" + string.Join('\n', missing));
        var known = operations.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var stale = AuthorizationTable.Rows.Where(r => !known.Contains(r.Key)).Select(r => r.Key).ToList();
        Assert.True(stale.Count == 0, "Rows that name no operation of the app:\n" + string.Join('\n', stale));
        Assert.True(operations.Count(o => !o.IsPublic) >= 60, $"only {operations.Count(o => !o.IsPublic)} protected operations were found");
    }

    [Fact]
    public async Task Document_IsGeneratedFromTheTable()
    {
        var file = Path.Combine(RepositoryRoot(), "docs", "authorization.md");
        var text = (await File.ReadAllTextAsync(file)).ReplaceLineEndings("\n");
        var begin = text.IndexOf(AuthorizationTable.BeginMarker, StringComparison.Ordinal);
        var end = text.IndexOf(AuthorizationTable.EndMarker, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/authorization.md has no generated section ({AuthorizationTable.BeginMarker} … {AuthorizationTable.EndMarker})");
        var current = text[begin..(end + AuthorizationTable.EndMarker.Length)];
        var generated = AuthorizationTable.Markdown().ReplaceLineEndings("\n");
        if (current != generated && Environment.GetEnvironmentVariable("INVOLVIM_WRITE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(file, text[..begin] + generated + text[(end + AuthorizationTable.EndMarker.Length)..]);
            return;
        }

        Assert.True(current == generated, "docs/authorization.md differs from AuthorizationTable.Rows: run the tests once with INVOLVIM_WRITE_DOCS=1 to write it");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Involvim.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Involvim.slnx not found above " + AppContext.BaseDirectory);
    }

    private Task<Context> ContextAsync() =>
        Contexts.GetOrAdd(App, app => new Lazy<Task<Context>>(() => Context.CreateAsync(app))).Value;

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, AuthorizationRow row, string path)
    {
        var target = row.Handler is null ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + row.Handler;
        switch (row.Method)
        {
            case "GET" or "*":
                return await client.GetAsync(target);
            case "PUT":
                return await client.PutAsJsonAsync(target, LitijaSettings());
            case "POST" when target.StartsWith("/api/", StringComparison.Ordinal):
                var slug = "r" + Guid.NewGuid().ToString("N")[..8];
                return await client.PostAsJsonAsync(target, new { slug, settings = LitijaSettings() with { Texts = new() { ["sl"] = new("Nova regija " + slug, null) } } });
            default:
                // A form post needs the antiforgery token of a page this person can see.
                var token = Forms.Token(await (await client.GetAsync("/litija/en/account/signin")).Content.ReadAsStringAsync());
                var fields = new List<KeyValuePair<string, string>> { KeyValuePair.Create(Forms.AntiforgeryField, token) };
                if (row.Route.EndsWith("/manage/settings", StringComparison.Ordinal))
                {
                    var settings = LitijaSettings();
                    fields.AddRange(settings.Languages.Select(l => KeyValuePair.Create("Input.Languages", l)));
                    fields.Add(KeyValuePair.Create("Input.DefaultLanguage", settings.DefaultLanguage));
                    fields.Add(KeyValuePair.Create("Input.TimeZone", settings.TimeZone));
                    fields.Add(KeyValuePair.Create("Input.RetentionDays", "180"));
                    fields.Add(KeyValuePair.Create("Input.Names[sl]", "Občina Litija"));
                }

                return await client.PostAsync(target, new FormUrlEncodedContent(fields));
        }
    }

    private static Web.Features.Regions.RegionsSetup.RegionSettingsDto LitijaSettings() => new(
        "sl",
        ["sl", "en", "bs", "sq", "mk", "uk", "ru", "ne", "ar", "fa"],
        "Europe/Ljubljana",
        "info@litija.example",
        null,
        null,
        180,
        new() { ["sl"] = new("Občina Litija", null), ["en"] = new("Municipality of Litija", null) });

    /// <summary>The records the rows point at, and one signed-in client per person, made once per app.</summary>
    private sealed class Context(InvolvimApp app, IReadOnlyDictionary<string, string> ids)
    {
        private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<int, Lazy<Task<string>>> _paths = new();
        private Lazy<Task<Guid>>? _task;

        public static async Task<Context> CreateAsync(InvolvimApp app)
        {
            var ids = await app.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var litija = await db.Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync();
                var geoss = await db.RoleAssignments.IgnoreQueryFilters().Where(a => a.User!.Email == "editor@litija.example" && a.OrganizationId != null).Select(a => a.OrganizationId!.Value).FirstAsync();
                var municipality = await db.Organizations.IgnoreQueryFilters().Where(o => o.RegionId == litija && o.Translations.Any(t => t.Name == "Občina Litija")).Select(o => o.Id).FirstAsync();
                var service = await db.Services.IgnoreQueryFilters().Where(s => s.RegionId == litija && s.OrganizationId == geoss && s.Status == PublicationStatus.Published).Select(s => s.Id).FirstAsync();
                var volunteer = await db.Volunteers.IgnoreQueryFilters().Where(v => v.User!.Email == "volunteer@litija.example").Select(v => v.Id).SingleAsync();
                var running = await db.HelpRequests.IgnoreQueryFilters().Where(r => r.VolunteerId == volunteer && r.Status == HelpStatus.InProgress).Select(r => r.Id).FirstAsync();

                // An org-editor of another organisation of the same region.
                var users = sp.GetRequiredService<UserManager<AppUser>>();
                if (await users.FindByEmailAsync(AuthorizationTable.EditorOfAnotherOrganisation) is null)
                {
                    var user = new AppUser { UserName = AuthorizationTable.EditorOfAnotherOrganisation, Email = AuthorizationTable.EditorOfAnotherOrganisation, EmailConfirmed = true, DisplayName = "Miha Urednik (Občina)", CreatedAt = DateTime.UtcNow };
                    Assert.True((await users.CreateAsync(user, InvolvimApp.DemoPassword)).Succeeded);
                    db.RoleAssignments.Add(new RegionRoleAssignment { UserId = user.Id, RegionId = litija, Role = RegionRole.OrgEditor, OrganizationId = municipality, CreatedAt = DateTime.UtcNow });
                }

                // A guide page kept by Geoss.
                var guide = new GuidePage { RegionId = litija, OrganizationId = geoss, Slug = "geoss-table-" + Guid.NewGuid().ToString("N")[..6], Status = PublicationStatus.Published, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
                guide.Translations.Add(new GuideTranslation { GuideId = guide.Id, Language = "sl", Status = TranslationStatus.Source, Title = "Delavnice Geoss", BodyMarkdown = "Ob torkih.", UpdatedAt = DateTime.UtcNow });
                db.Guides.Add(guide);

                // An event kept by Geoss, with one date.
                var now = DateTime.UtcNow;
                var ev = new EventListing
                {
                    RegionId = litija,
                    OrganizationId = geoss,
                    Status = PublicationStatus.Published,
                    Categories = ["community-culture"],
                    TimeZone = "Europe/Ljubljana",
                    StartDate = DateOnly.FromDateTime(now.AddDays(7)),
                    StartTime = new TimeOnly(17, 0),
                    Registration = RegistrationMode.Required,
                    Capacity = 10,
                    PlaceText = "Geoss",
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                ev.Uid = $"{ev.Id:N}@involvim";
                ev.Translations.Add(new EventTranslation { EventId = ev.Id, Language = "sl", Status = TranslationStatus.Source, Title = "Delavnica Geoss", UpdatedAt = now });
                db.Events.Add(ev);
                await EventOccurrences.SyncAsync(db, ev, now, CancellationToken.None);
                var eventDate = db.ChangeTracker.Entries<EventOccurrence>().Single(e => e.Entity.EventId == ev.Id).Entity.Id;
                await db.SaveChangesAsync();
                return new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["{service}"] = service.ToString(),
                    ["{guide}"] = guide.Id.ToString(),
                    ["{event}"] = ev.Id.ToString(),
                    ["{event-date}"] = eventDate.ToString(),
                    ["{volunteer}"] = volunteer.ToString(),
                    ["{running-task}"] = running.ToString(),
                    ["{unknown}"] = Guid.NewGuid().ToString(),
                };
            });
            return new Context(app, ids);
        }

        public Task<HttpClient> ClientAsync(string email) =>
            _clients.GetOrAdd(email, e => new Lazy<Task<HttpClient>>(() => app.SignInAsync(e, e.EndsWith("@louth.example", StringComparison.Ordinal) ? "louth" : "litija"))).Value;

        /// <summary>The row's path with its records; a row's new help request is made once, for all its people.</summary>
        public Task<string> ResolveAsync(int row, string path) =>
            _paths.GetOrAdd(row, _ => new Lazy<Task<string>>(async () =>
            {
                foreach (var (placeholder, id) in ids)
                {
                    path = path.Replace(placeholder, id, StringComparison.Ordinal);
                }

                if (path.Contains("{help}", StringComparison.Ordinal))
                {
                    path = path.Replace("{help}", (await NewRequestAsync(toVolunteer: false)).ToString(), StringComparison.Ordinal);
                }

                if (path.Contains("{task}", StringComparison.Ordinal))
                {
                    // One new task for the task page's rows that keep it (giving a task back uses the demo's running one).
                    _task ??= new Lazy<Task<Guid>>(() => NewRequestAsync(toVolunteer: true));
                    path = path.Replace("{task}", (await _task.Value).ToString(), StringComparison.Ordinal);
                }

                return path;
            })).Value;

        /// <summary>A new request of the region; with <paramref name="toVolunteer"/>, offered to and accepted by the demo volunteer.</summary>
        private async Task<Guid> NewRequestAsync(bool toVolunteer)
        {
            var id = await Help.HelpRequestTests.SubmitForIdAsync(app, new { category = "housing", description = "A room near the mill", languages = new[] { "sl", "en" }, consent = true });
            if (!toVolunteer)
            {
                return id;
            }

            return await Help.HelpRequestTests.InRegionAsync(app, async (sp, db) =>
            {
                var request = await db.HelpRequests.Include(r => r.Offers).SingleAsync(r => r.Id == id);
                var region = await db.Regions.SingleAsync(r => r.Id == request.RegionId);
                var volunteer = await db.Volunteers.SingleAsync(v => v.User!.Email == "volunteer@litija.example");
                var workflow = sp.GetRequiredService<HelpWorkflow>();
                Assert.Equal(HelpOutcome.Done, await workflow.OfferAsync(request, region, [volunteer.Id], CancellationToken.None));
                var offer = await db.HelpOffers.SingleAsync(o => o.RequestId == request.Id && o.VolunteerId == volunteer.Id);
                Assert.Equal(HelpOutcome.Done, await workflow.AcceptAsync(offer.Id, volunteer, CancellationToken.None));
                return request.Id;
            });
        }
    }
}

public sealed class AuthorizationTableTests_Sqlite(SqliteFixture fixture) : AuthorizationTableTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AuthorizationTableTests_Postgres(PostgresFixture fixture) : AuthorizationTableTests(fixture), IClassFixture<PostgresFixture>;
