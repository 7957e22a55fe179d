using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Involvim.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Pages;

/// <summary>Security headers and bad input: the documented 4xx with a clear message, never a 500, nothing half-written.</summary>
public sealed class SecurityAndBadInputTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private InvolvimApp App => fixture.App;

    private string Text(string language, string key, params object[] args) => App.Text(language, key, args);

    [Theory]
    [InlineData("/litija/sl/")]
    [InlineData("/litija/sl/account/signin")]
    [InlineData("/api/v1/regions")]
    [InlineData("/nope/sl/")]
    public async Task Response_CarriesTheSecurityHeaders(string path)
    {
        var response = await App.Anonymous().GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_Is400WithLocalizedPage()
    {
        var response = await App.Anonymous().PostAsync("/litija/uk/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "coordinator@litija.example",
            ["Input.Password"] = InvolvimApp.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("uk", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Text("uk", "Error.400.Title"), document.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("involvim.auth", string.Join(';', response.Headers.TryGetValues("Set-Cookie", out var c) ? c : []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPost_Oversized_Is413WithLocalizedPage()
    {
        var client = App.Anonymous();
        var token = Forms.Token(await client.GetStringAsync("/litija/ar/account/signin"));
        var response = await client.PostAsync("/litija/ar/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.AntiforgeryField] = token,
            ["Input.Email"] = new string('a', 300_000) + "@example.com",
            ["Input.Password"] = "x",
        }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var document = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("rtl", document.DocumentElement.GetAttribute("dir"));
        Assert.Equal(Text("ar", "Error.413.Title"), document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task FormPost_FieldTooLong_IsAValidationMessageNotAnError()
    {
        var response = await Forms.PostAsync(App.Anonymous(), "/litija/sl/account/signin", new()
        {
            ["Input.Email"] = new string('a', 400) + "@example.com",
            ["Input.Password"] = "x",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("true", document.QuerySelector("#Input_Email")!.GetAttribute("aria-invalid"));
        Assert.Contains(Text("sl", "Validation.TooLong"), document.QuerySelector(".error-box")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_Malformed_Is400ProblemDetails()
    {
        var client = await App.SignInAsync("coordinator@litija.example");
        var response = await client.PutAsync("/api/v1/regions/litija/settings", new StringContent("{\"defaultLanguage\": \"sl\", ", Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Json_WrongContentType_Is415ProblemDetails()
    {
        var client = await App.SignInAsync("coordinator@litija.example");
        var response = await client.PutAsync("/api/v1/regions/litija/settings", new StringContent("defaultLanguage=sl", Encoding.UTF8, "text/plain"));
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("application/json; charset=bogus-x")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=\"\"")]
    [InlineData("application/;;json")]
    public async Task Json_WithACharsetWeCannotRead_Is415ProblemDetails(string contentType)
    {
        var anonymous = App.Anonymous();
        foreach (var (method, path) in new[] { ("POST", "/api/v1/regions/litija/help-requests"), ("POST", "/api/v1/regions/litija/help-requests/track/messages"), ("PUT", "/api/v1/regions/litija/settings") })
        {
            var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"category\":\"housing\"}")) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            request.Headers.TryAddWithoutValidation("Tracking-Code", "AAAA-AAAA-AAAA-AAAA");
            await AssertProblemAsync(await anonymous.SendAsync(request), HttpStatusCode.UnsupportedMediaType);
        }
    }

    [Fact]
    public async Task Json_Oversized_Is413ProblemDetails()
    {
        var client = await App.SignInAsync("coordinator@litija.example");
        var body = "{\"defaultLanguage\":\"" + new string('x', 400_000) + "\"}";
        var response = await client.PutAsync("/api/v1/regions/litija/settings", new StringContent(body, Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Json_InvalidSettings_Is400WithFieldErrorsAndChangesNothing()
    {
        var client = await App.SignInAsync("coordinator@litija.example");
        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/regions/litija");
        var response = await client.PutAsJsonAsync("/api/v1/regions/litija/settings", new
        {
            defaultLanguage = "fi",
            languages = new[] { "xx", "sl" },
            timeZone = "Mars/Olympus",
            contactEmail = "not-an-email",
            retentionDays = 5,
            texts = new Dictionary<string, object> { ["sl"] = new { name = "" } },
        });
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "Languages", "DefaultLanguage", "TimeZone", "ContactEmail", "RetentionDays" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/regions/litija");
        Assert.Equal(before.ToString(), after.ToString());
    }

    [Fact]
    public async Task Api_UnknownRegion_Is404ProblemDetails() =>
        await AssertProblemAsync(await App.Anonymous().GetAsync("/api/v1/regions/atlantis"), HttpStatusCode.NotFound);

    [Fact]
    public async Task Api_UnknownPath_Is404ProblemDetails() =>
        await AssertProblemAsync(await App.Anonymous().GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound);

    [Fact]
    public async Task Api_Anonymous_Is401ProblemDetailsNotARedirect() =>
        await AssertProblemAsync(await App.Anonymous().GetAsync("/api/v1/regions/litija/audit"), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Api_ProblemTitle_FollowsTheRequestedLanguage()
    {
        var problem = await AssertProblemAsync(await App.Anonymous().GetAsync("/api/v1/regions/litija/audit?lang=uk"), HttpStatusCode.Unauthorized);
        Assert.Equal(Text("uk", "Error.401.Title"), problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task SignIn_WrongPasswordFiveTimes_LocksTheAccount()
    {
        var client = App.Anonymous();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last = await Forms.PostAsync(client, "/litija/en/account/signin", new() { ["Input.Email"] = "translator@litija.example", ["Input.Password"] = "wrong password " + i });
        }

        var html = Forms.Parse(await last!.Content.ReadAsStringAsync());
        Assert.Contains(Text("en", "Account.SignIn.LockedOut"), html.QuerySelector(".error-box")!.TextContent, StringComparison.Ordinal);
        // Even the right password is refused while locked.
        var right = await Forms.PostAsync(client, "/litija/en/account/signin", new() { ["Input.Email"] = "translator@litija.example", ["Input.Password"] = InvolvimApp.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownAccount_SaysTheSameAsAWrongPassword()
    {
        var unknown = await Forms.PostAsync(App.Anonymous(), "/litija/en/account/signin", new() { ["Input.Email"] = "nobody@litija.example", ["Input.Password"] = "whatever password" });
        var wrong = await Forms.PostAsync(App.Anonymous(), "/litija/en/account/signin", new() { ["Input.Email"] = "volunteer@litija.example", ["Input.Password"] = "whatever password" });
        Assert.Equal(
            Forms.Parse(await unknown.Content.ReadAsStringAsync()).QuerySelector(".error-box")!.TextContent,
            Forms.Parse(await wrong.Content.ReadAsStringAsync()).QuerySelector(".error-box")!.TextContent);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/litija/sl/\tx")]
    [InlineData("/litija/sl/\r\nSet-Cookie: x=1")]
    public async Task SignIn_ForeignReturnUrl_IsNotFollowed(string returnUrl)
    {
        var page = await App.Anonymous().GetAsync("/litija/en/account/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var client = App.Anonymous();
        var response = await Forms.PostAsync(client, "/litija/en/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl), new()
        {
            ["Input.Email"] = "editor@litija.example",
            ["Input.Password"] = InvolvimApp.DemoPassword,
            ["ReturnUrl"] = returnUrl,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/litija/en/manage", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Health_AnswersWhenTheDatabaseDoes()
    {
        var response = await App.Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_DescribesTheApiAndTheReferenceIsBrowsable()
    {
        var document = await App.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/regions", out _));
        Assert.True(paths.TryGetProperty("/api/v1/regions/{region}/settings", out _));
        var docs = Forms.Parse(await App.Anonymous().GetStringAsync("/api/docs"));
        Assert.Contains("/api/v1/regions/{region}/settings", docs.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(docs.QuerySelectorAll("script"));
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.DoesNotContain("Exception", problem.ToString(), StringComparison.Ordinal);
        return problem;
    }
}

/// <summary>Rate limiting of anonymous writes, on an app with a low limit.</summary>
public sealed class RateLimitTests(RateLimitTests.Fixture fixture) : IClassFixture<RateLimitTests.Fixture>
{
    public sealed class Fixture() : AppFixture(DatabaseKind.Sqlite)
    {
        protected override IReadOnlyDictionary<string, string?> Overrides => new Dictionary<string, string?> { ["Security:AnonymousPostsPerMinute"] = "3" };
    }

    [Fact]
    public async Task AnonymousPosts_OverTheLimit_Get429WithRetryAfter()
    {
        var client = fixture.App.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var response = await Forms.PostAsync(client, "/litija/en/account/forgot-password", new() { ["Email"] = $"someone{i}@example.com" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
                var document = Forms.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal("Too many attempts", document.QuerySelector("h1")!.TextContent);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Reads_AreNotLimited()
    {
        var client = fixture.App.Anonymous();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/litija/en/")).StatusCode);
        }
    }
}

/// <summary>A signed-in session is rate limited too: per person for every write, per client for submissions.</summary>
public sealed class SignedInRateLimitTests(SignedInRateLimitTests.Fixture fixture) : IClassFixture<SignedInRateLimitTests.Fixture>
{
    public sealed class Fixture() : AppFixture(DatabaseKind.Sqlite)
    {
        protected override IReadOnlyDictionary<string, string?> Overrides => new Dictionary<string, string?>
        {
            ["Security:SignedInPostsPerMinute"] = "4",
            ["Security:SubmissionsPerMinute"] = "2",
        };
    }

    [Fact]
    public async Task HelpRequests_AreLimitedPerClient_EvenFromASignedInVolunteer()
    {
        // The volunteer's own limit (4 writes a minute) is higher; the submission limit (2) holds for everyone.
        var volunteer = await fixture.App.SignInAsync("volunteer@litija.example", withTwoFactor: false);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await volunteer.PostAsJsonAsync("/api/v1/regions/litija/help-requests", new
            {
                category = "housing",
                description = "flood " + i,
                languages = new[] { "sl" },
                consent = true,
            });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task SignedInWrites_AreLimitedPerPerson()
    {
        var editor = await fixture.App.SignInAsync("editor@litija.example", withTwoFactor: false);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var response = await editor.PostAsync("/litija/en/account/signout", new FormUrlEncodedContent([]));
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}

/// <summary>Production settings: HTTPS only, HSTS, Secure cookies.</summary>
public sealed class HttpsTests(HttpsTests.Fixture fixture) : IClassFixture<HttpsTests.Fixture>
{
    public sealed class Fixture() : AppFixture(DatabaseKind.Sqlite)
    {
        protected override IReadOnlyDictionary<string, string?> Overrides => new Dictionary<string, string?> { ["Security:RequireHttps"] = "true" };
    }

    [Fact]
    public async Task PlainHttp_IsRedirectedToHttps()
    {
        var response = await fixture.App.Anonymous().GetAsync("http://involvim.test/litija/en/");
        Assert.True(response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect or HttpStatusCode.Redirect);
        Assert.Equal("https", response.Headers.Location!.Scheme);
    }

    [Fact]
    public async Task Https_SendsHstsAndSecureCookies()
    {
        var client = fixture.App.Anonymous();
        client.BaseAddress = new Uri("https://involvim.test"); // HSTS is never sent to localhost
        var response = await client.GetAsync("/litija/en/account/signin");
        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
    }
}
