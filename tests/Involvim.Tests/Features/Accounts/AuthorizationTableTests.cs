using System.Net.Http.Json;
using Involvim.Tests.Support;

namespace Involvim.Tests.Features.Accounts;

/// <summary>
/// Every protected page and endpoint, for every kind of person (docs/authorization.md). A region where the person
/// has no role answers 404, so that its protected pages are not revealed.
/// </summary>
public abstract class AuthorizationTableTests(AppFixture fixture)
{
    public const string Anonymous = "anonymous";
    public const string Volunteer = "volunteer@litija.example";
    public const string OrgEditor = "editor@litija.example";
    public const string Coordinator = "coordinator@litija.example";
    public const string OtherRegionCoordinator = "coordinator@louth.example";
    public const string PlatformAdmin = "admin@involvim.example";

    private static readonly string[] People = [Anonymous, Volunteer, OrgEditor, Coordinator, OtherRegionCoordinator, PlatformAdmin];

    // Expected status per person, in the order of People.
    public static TheoryData<string, string, string, int> Table()
    {
        var data = new TheoryData<string, string, string, int>();
        void Row(string method, string path, params int[] expected)
        {
            for (var i = 0; i < People.Length; i++)
            {
                data.Add(method, path, People[i], expected[i]);
            }
        }

        //                                                    anon vol  edit coord other admin
        Row("GET", "/litija/en/manage", 302, 403, 200, 200, 404, 200);
        Row("GET", "/litija/en/manage/settings", 302, 403, 403, 200, 404, 200);
        Row("POST", "/litija/en/manage/settings", 302, 403, 403, 302, 404, 302);
        Row("GET", "/litija/en/manage/staff", 302, 403, 403, 200, 404, 200);
        Row("GET", "/litija/en/manage/audit", 302, 403, 403, 200, 404, 200);
        Row("GET", "/litija/en/manage/audit?format=csv&kind=help", 302, 403, 403, 200, 404, 200);
        Row("GET", "/litija/en/manage/regions", 302, 403, 403, 403, 404, 200);
        Row("GET", "/litija/en/manage/services", 302, 403, 200, 200, 404, 200);
        Row("GET", "/litija/en/manage/services/new", 302, 403, 200, 200, 404, 200);
        Row("GET", "/litija/en/manage/searches", 302, 403, 403, 200, 404, 200);
        Row("GET", "/litija/en/manage/help", 302, 403, 403, 200, 404, 200);
        Row("GET", "/litija/en/manage/help/settings", 302, 403, 403, 200, 404, 200);
        Row("GET", "/litija/en/manage/volunteers", 302, 403, 403, 200, 404, 200);
        Row("GET", "/litija/en/manage/volunteers/00000000-0000-0000-0000-000000000001", 302, 403, 403, 404, 404, 404);
        Row("GET", "/litija/en/volunteer", 302, 200, 403, 403, 404, 404);
        Row("GET", "/litija/en/volunteer/profile", 302, 200, 403, 403, 404, 404);
        Row("GET", "/litija/en/help/new", 200, 200, 200, 200, 200, 200);
        Row("GET", "/litija/en/help/lost-code", 200, 200, 200, 200, 200, 200);
        Row("GET", "/litija/en/accessibility", 200, 200, 200, 200, 200, 200);
        Row("GET", "/litija/en/help/track", 200, 200, 200, 200, 200, 200);
        Row("GET", "/litija/en/volunteer/join", 200, 200, 200, 200, 200, 200);
        Row("GET", "/api/v1/regions/litija/help-requests/track", 404, 404, 404, 404, 404, 404);
        Row("GET", "/litija/en/services", 200, 200, 200, 200, 200, 200);
        Row("GET", "/litija/en/guides", 200, 200, 200, 200, 200, 200);
        Row("GET", "/api/v1/regions/litija/search?q=stanovanje", 200, 200, 200, 200, 200, 200);
        Row("GET", "/louth/en/manage", 302, 404, 404, 404, 200, 200);
        Row("GET", "/louth/en/manage/settings", 302, 404, 404, 404, 200, 200);
        Row("GET", "/litija/en/account/two-factor", 302, 200, 200, 200, 200, 200);
        Row("GET", "/api/v1/regions/litija/audit", 401, 403, 403, 200, 404, 200);
        Row("PUT", "/api/v1/regions/litija/settings", 401, 403, 403, 200, 404, 200);
        Row("POST", "/api/v1/regions", 401, 403, 403, 403, 403, 201);
        // Public: everyone.
        Row("GET", "/litija/en/", 200, 200, 200, 200, 200, 200);
        Row("GET", "/litija/en/account/signin", 200, 200, 200, 200, 200, 200);
        Row("GET", "/api/v1/regions/litija", 200, 200, 200, 200, 200, 200);
        Row("GET", "/health", 200, 200, 200, 200, 200, 200);
        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Request_AsPerson_GetsExpectedAnswer(string method, string path, string person, int expected)
    {
        var app = fixture.App;
        using var client = person == Anonymous ? app.Anonymous() : await app.SignInAsync(person);
        using var response = await SendAsync(client, method, path, person);
        Assert.True(
            (int)response.StatusCode == expected,
            $"{method} {path} as {person}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        if (expected == 302 && person == Anonymous)
        {
            Assert.Contains("/account/signin?returnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string person)
    {
        switch (method)
        {
            case "GET":
                return await client.GetAsync(path);
            case "PUT":
                return await client.PutAsJsonAsync(path, LitijaSettings());
            case "POST" when path.StartsWith("/api/", StringComparison.Ordinal):
                var slug = "r" + Guid.NewGuid().ToString("N")[..8];
                return await client.PostAsJsonAsync(path, new { slug, settings = LitijaSettings() with { Texts = new() { ["sl"] = new("Nova regija " + person, null) } } });
            default:
                // A form post needs the antiforgery token of a page this person can see.
                var token = Forms.Token(await (await client.GetAsync("/litija/en/account/signin")).Content.ReadAsStringAsync());
                var settings = LitijaSettings();
                var fields = settings.Languages.Select(l => KeyValuePair.Create("Input.Languages", l)).Concat(
                [
                    KeyValuePair.Create(Forms.AntiforgeryField, token),
                    KeyValuePair.Create("Input.DefaultLanguage", settings.DefaultLanguage),
                    KeyValuePair.Create("Input.TimeZone", settings.TimeZone),
                    KeyValuePair.Create("Input.RetentionDays", "180"),
                    KeyValuePair.Create("Input.Names[sl]", "Občina Litija"),
                ]);
                return await client.PostAsync(path, new FormUrlEncodedContent(fields));
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
}

public sealed class AuthorizationTableTests_Sqlite(SqliteFixture fixture) : AuthorizationTableTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AuthorizationTableTests_Postgres(PostgresFixture fixture) : AuthorizationTableTests(fixture), IClassFixture<PostgresFixture>;
