using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Involvim.Tests.Support;
using Involvim.Web.Features.Help;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Jobs;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Help;

/// <summary>Anonymous help requests: the JSON API and the form, tracking codes, privacy, bad input, the whole workflow.</summary>
public abstract class HelpRequestTests(AppFixture fixture)
{
    private InvolvimApp App => fixture.App;

    private const string Api = "/api/v1/regions/litija/help-requests";

    private static object Valid(string? phone = null, string description = "Need help with the residence permit form.") => new
    {
        category = "documents-permits",
        description,
        languages = new[] { "uk", "en" },
        area = "Litija",
        urgency = "normal",
        times = new[] { "tue-evening" },
        contact = new { method = phone is null ? "none" : "phone", value = phone },
        shareContact = true,
        consent = true,
    };

    private async Task<string> SubmitAsync(object body)
    {
        var response = await App.Anonymous().PostAsJsonAsync(Api + "?lang=uk", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/litija/uk/help/track", json.GetProperty("trackUrl").GetString());
        return json.GetProperty("trackingCode").GetString()!;
    }

    private async Task<HttpResponseMessage> TrackAsync(string code, string path = "", HttpMethod? method = null, object? body = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, Api + "/track" + path + "?lang=en");
        request.Headers.Add(HelpSetup.TrackingHeader, code);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await App.Anonymous().SendAsync(request);
    }

    private Task<int> CountAsync() => App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().CountAsync());

    [Fact]
    public async Task StartUpWarmUp_RunsTheSubmissionPath_AndStoresNothing()
    {
        var before = await CountAsync();
        var events = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpEvents.IgnoreQueryFilters().CountAsync());
        var warmUp = App.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<HelpWarmUp>().Single();
        var errorsBefore = App.ServerErrors.Errors.Count;
        await warmUp.WarmUpAsync(CancellationToken.None);
        Assert.Equal(before, await CountAsync());
        Assert.Equal(events, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpEvents.IgnoreQueryFilters().CountAsync()));
        Assert.True(errorsBefore == App.ServerErrors.Errors.Count, string.Join("\n", App.ServerErrors.Errors.Skip(errorsBefore)));
    }

    [Fact]
    public async Task Submit_GivesAHumanFriendlyCodeOf80Bits_StoredOnlyAsAHash()
    {
        var code = await SubmitAsync(Valid());
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$", code);
        var stored = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().SingleAsync(r => r.TrackingCodeHash == TrackingCodes.Hash(code)));
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), stored.TrackingCodeHash, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("uk", stored.RequesterLanguage);
        Assert.Equal(HelpStatus.New, stored.Status);

        var tracked = await TrackAsync(code.ToLowerInvariant().Replace('-', ' '));
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        var json = await tracked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("new", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("canCancel").GetBoolean());
    }

    [Fact]
    public async Task EveryAnswerAboutARequest_IsNoStore()
    {
        var submitted = await App.Anonymous().PostAsJsonAsync(Api + "?lang=uk", Valid());
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Contains("no-store", submitted.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var code = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString()!;

        var tracked = await TrackAsync(code);
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        Assert.True(tracked.Headers.CacheControl?.NoStore, tracked.Headers.CacheControl?.ToString());
        var message = await TrackAsync(code, "/messages", HttpMethod.Post, new { text = "Thank you" });
        Assert.True(message.Headers.CacheControl?.NoStore);
        Assert.True((await TrackAsync("AAAA-BBBB-CCCC-DDDD")).Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task WrongCode_AnswersExactlyLikeAnUnknownCode()
    {
        var code = await SubmitAsync(Valid());
        var wrong = (code[0] == 'A' ? "B" : "A") + code[1..];
        var unknown = await TrackAsync("ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        var mistyped = await TrackAsync(wrong);
        var garbage = await TrackAsync("'; drop table x; --");
        var missing = await App.Anonymous().GetAsync(Api + "/track");
        foreach (var response in new[] { unknown, mistyped, garbage, missing })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // Identical but for the per-request trace id.
        async Task<string> WithoutTraceAsync(HttpResponseMessage r)
        {
            var problem = System.Text.Json.Nodes.JsonNode.Parse(await r.Content.ReadAsStringAsync())!.AsObject();
            problem.Remove("traceId");
            return problem.ToJsonString();
        }

        Assert.Equal(await WithoutTraceAsync(unknown), await WithoutTraceAsync(mistyped));
        Assert.Equal(await WithoutTraceAsync(unknown), await WithoutTraceAsync(garbage));
    }

    public static TheoryData<string, string> BadRequests() => new()
    {
        { """{"category":"documents-permits","description":"x","languages":["uk"],"consent":false}""", "consent" },
        { """{"category":"no-such","description":"x","languages":["uk"],"consent":true}""", "category" },
        { """{"category":"housing","description":"x","languages":["uk"],"contact":{"method":"phone","value":"call me maybe"},"consent":true}""", "contact.value" },
        { """{"category":"housing","description":"x","languages":["uk"],"contact":{"method":"email","value":"not-an-address"},"consent":true}""", "contact.value" },
        { """{"category":"housing","description":"x","languages":["uk"],"contact":{"method":"pigeon","value":"1"},"consent":true}""", "contact.method" },
        { """{"category":"housing","description":"","languages":["uk"],"consent":true}""", "description" },
        { """{"category":"housing","description":"x","languages":["xx"],"consent":true}""", "languages" },
        { """{"category":"housing","description":"x","languages":["uk"],"times":["someday"],"consent":true}""", "times" },
        { """{"category":"housing","description":"x","languages":["uk"],"area":"Atlantis","consent":true}""", "area" },
        { """{"category":"housing","description":"x","languages":["uk"],"urgency":"yesterday","consent":true}""", "urgency" },
        { """{"category":"housing","description":"x","languages":["uk"],"urgency":"-7","consent":true}""", "urgency" },
        { """{"category":"housing","description":"x","languages":["uk"],"urgency":"99","consent":true}""", "urgency" },
        { """{"category":"housing","description":"x","languages":["uk"],"urgency":"1","consent":true}""", "urgency" },
        { """{"category":"housing","description":"x","languages":["uk"],"urgency":"low,high","consent":true}""", "urgency" },
        { """{"category":"housing","description":"x","languages":["uk"],"contact":{"method":"2","value":"+38640111222"},"consent":true}""", "contact.method" },
        { "{\"category\":\"housing\",\"description\":\"" + new string('a', 2001) + "\",\"languages\":[\"uk\"],\"consent\":true}", "description" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadInput_Is400NamingTheField_AndNothingIsStored(string json, string field)
    {
        var before = await CountAsync();
        var response = await App.Anonymous().PostAsync(Api, new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ABurstOfSubmissions_IsStoredWhole_AndEachGetsItsOwnCode()
    {
        var before = await CountAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => App.Anonymous().PostAsJsonAsync(Api, Valid(description: $"Burst {i}"))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var codes = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString()!));
        Assert.Equal(60, codes.Distinct().Count());
        Assert.Equal(before + 60, await CountAsync());
        foreach (var code in codes.Take(5))
        {
            Assert.Equal(HttpStatusCode.OK, (await TrackAsync(code)).StatusCode);
        }
    }

    [Fact]
    public async Task TheSameFormSentTwiceAtOnce_IsStoredOnce()
    {
        var client = App.Anonymous();
        var page = await client.GetStringAsync("/litija/en/help/new");
        var fields = Forms.CurrentValues(page, "main form").With(("Input.Category", "health"), ("Input.Description", "Doctor"), ("Input.Consent", "true"));
        var before = await CountAsync();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostAsync("/litija/en/help/new", new FormUrlEncodedContent(fields))));
        var shown = 0;
        foreach (var answer in answers)
        {
            shown += Forms.Parse(await answer.Content.ReadAsStringAsync()).QuerySelector(".code") is null ? 0 : 1;
        }

        Assert.Equal(1, shown);
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task HelpSettingsSavedByACoordinator_TakeEffectOnTheNextSubmission_AndBadValuesSaveNothing()
    {
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        const string Settings = "/litija/en/manage/help/settings";
        var page = await coordinator.GetStringAsync(Settings);
        var original = Forms.CurrentValues(page);
        var withJevnica = new { category = "language-learning", description = "Practice", languages = new[] { "sl" }, area = "Jevnica", consent = true };
        Assert.Equal(HttpStatusCode.BadRequest, (await App.Anonymous().PostAsJsonAsync(Api, withJevnica)).StatusCode);

        var bad = await coordinator.PostAsync(Settings, new FormUrlEncodedContent(Forms.CurrentValues(page).With(("AutoOffer", "true"), ("OfferTimeoutHours", "0"), ("Areas", "Litija\nJevnica"))));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Enter a number of hours from 1 to 336.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unchanged = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Regions.AsNoTracking().SingleAsync(r => r.Slug == "litija"));
        Assert.False(unchanged.AutoOffer);
        Assert.DoesNotContain("Jevnica", unchanged.Areas);

        var saved = await coordinator.PostAsync(Settings, new FormUrlEncodedContent(Forms.CurrentValues(page).With(("AutoOffer", "true"), ("Areas", "Litija\nJevnica"))));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        try
        {
            // The region snapshot that submissions read is renewed at once on this instance: the new area is accepted
            // and auto-offer offers the request to the best volunteer straight away.
            var response = await App.Anonymous().PostAsJsonAsync(Api + "?lang=sl", withJevnica);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var code = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString()!;
            var json = await (await TrackAsync(code)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("offered", json.GetProperty("status").GetString());
            var offers = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpOffers.IgnoreQueryFilters().CountAsync(o => o.Request!.TrackingCodeHash == TrackingCodes.Hash(code) && o.Automatic && o.Status == OfferStatus.Pending));
            Assert.Equal(1, offers);
            Assert.True(await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "region.help-settings")));
        }
        finally
        {
            original.RemoveAll(f => f.Key == "AutoOffer");
            Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync(Settings, new FormUrlEncodedContent(original))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await App.Anonymous().PostAsJsonAsync(Api, withJevnica)).StatusCode);
    }

    [Fact]
    public async Task MalformedJson_Is400()
    {
        var response = await App.Anonymous().PostAsync(Api, new StringContent("{\"category\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Form_InUkrainian_ShowsTheCodeOnce_AndAReplayStoresNothing()
    {
        var client = App.Anonymous();
        var page = await client.GetStringAsync("/litija/uk/help/new");
        var fields = Forms.CurrentValues(page, "main form").With(
            ("Input.Category", "housing"), ("Input.Description", "Шукаю житло для сім'ї."), ("Input.Consent", "true"));
        var before = await CountAsync();
        var response = await client.PostAsync("/litija/uk/help/new", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var code = Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".code strong")!.TextContent;
        Assert.NotNull(TrackingCodes.Normalize(code));
        Assert.Equal(before + 1, await CountAsync());

        var replay = await client.PostAsync("/litija/uk/help/new", new FormUrlEncodedContent(fields));
        var html = await replay.Content.ReadAsStringAsync();
        Assert.Null(Forms.Parse(html).QuerySelector(".code"));
        Assert.NotNull(Forms.Parse(html).QuerySelector(".error-box"));
        Assert.Equal(before + 1, await CountAsync());

        // The tracking page finds it by the code in the body (never the URL), in the requester's language.
        var trackPage = await client.GetStringAsync("/litija/uk/help/track");
        var tracked = await client.PostAsync("/litija/uk/help/track", new FormUrlEncodedContent(Forms.CurrentValues(trackPage, "main form").With(("Code", code))));
        var status = Forms.Parse(await tracked.Content.ReadAsStringAsync());
        Assert.NotNull(status.QuerySelector("dl.facts"));

        // Times are shown as Litija's clocks show them (Europe/Ljubljana), whatever the server's own time zone.
        var sent = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().Where(r => r.TrackingCodeHash == TrackingCodes.Hash(code)).Select(r => r.CreatedAt).SingleAsync());
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(sent, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Ljubljana"));
        Assert.Contains(local.ToString("g", new System.Globalization.CultureInfo("uk")), status.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-7")]
    [InlineData("99")]
    [InlineData("2")]
    public async Task NumericUrgencyInTheForm_IsAClearMessage_AndNothingIsStored(string urgency)
    {
        var client = App.Anonymous();
        var page = await client.GetStringAsync("/litija/sl/help/new");
        var fields = Forms.CurrentValues(page, "main form").With(
            ("Input.Category", "housing"), ("Input.Description", "Iščem stanovanje."), ("Input.Urgency", urgency), ("Input.Consent", "true"));
        var before = await CountAsync();
        var response = await client.PostAsync("/litija/sl/help/new", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".error-box a[href='#Input_Urgency']"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ARowWithValuesThatAreNotNames_StillShowsInTheQueueAndOnItsPage()
    {
        var code = await SubmitAsync(Valid());
        var id = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().Where(r => r.TrackingCodeHash == TrackingCodes.Hash(code)).Select(r => r.Id).SingleAsync());
        // As an older version (or a hand edit) could have stored them.
        await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE \"HelpRequests\" SET \"Urgency\" = '-7', \"ContactMethod\" = '99', \"Feedback\" = 'bogus' WHERE \"Id\" = {id}"));

        var coordinator = await App.SignInAsync("coordinator@litija.example");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/litija/en/manage/help")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/litija/en/manage/help?status=all")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/litija/en/manage/help?status=-7")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/litija/en/manage/help/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TrackAsync(code)).StatusCode);
        var read = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(HelpUrgency.Normal, read.Urgency);
        Assert.Equal(ContactMethod.None, read.ContactMethod);
        Assert.Null(read.Feedback);
    }

    [Fact]
    public async Task MissingConsentInTheForm_IsAClearMessage_AndNothingIsStored()
    {
        var client = App.Anonymous();
        var page = await client.GetStringAsync("/litija/ar/help/new");
        var fields = Forms.CurrentValues(page, "main form").With(("Input.Category", "health"), ("Input.Description", "أحتاج طبيبا"));
        var before = await CountAsync();
        var response = await client.PostAsync("/litija/ar/help/new", new FormUrlEncodedContent(fields));
        var document = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(document.QuerySelector(".error-box a[href='#Input_Consent']"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Contact_IsNotInTheDatabaseInClearText_AndTheVolunteerSeesItOnlyWhenAllowed()
    {
        const string phone = "+386 40 555 123";
        var code = await SubmitAsync(Valid(phone));
        var stored = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.TrackingCodeHash == TrackingCodes.Hash(code)));
        Assert.NotNull(stored.ContactCipher);
        Assert.DoesNotContain("40555123", stored.ContactCipher, StringComparison.Ordinal);
        var decrypted = App.Services.GetRequiredService<ContactProtector>().Unprotect(stored.ContactCipher);
        Assert.Equal("+38640555123", decrypted);

        if (fixture.Kind == DatabaseKind.Sqlite)
        {
            // The raw database files (main file and write-ahead log) never hold the number.
            foreach (var file in Directory.EnumerateFiles(App.Database.Directory, "*.db*", SearchOption.AllDirectories))
            {
                var bytes = await ReadSharedAsync(file);
                Assert.DoesNotContain("38640555123", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
                Assert.DoesNotContain("40 555 123", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            }
        }
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }

    [Fact]
    public async Task RetentionJob_ErasesContactTextAndMessages_OfRequestsClosedLongAgo()
    {
        var code = await SubmitAsync(Valid("+38640999888"));
        Assert.Equal(HttpStatusCode.Created, (await TrackAsync(code, "/messages", HttpMethod.Post, new { text = "Thank you, I found a flat." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TrackAsync(code, "/cancel", HttpMethod.Post)).StatusCode);
        var recent = await SubmitAsync(Valid("+38640777666"));
        Assert.Equal(HttpStatusCode.OK, (await TrackAsync(recent, "/cancel", HttpMethod.Post)).StatusCode);
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var request = await db.HelpRequests.IgnoreQueryFilters().SingleAsync(r => r.TrackingCodeHash == TrackingCodes.Hash(code));
            request.ClosedAt = DateTime.UtcNow.AddDays(-181);
            await db.SaveChangesAsync();
        });

        var job = App.Services.GetServices<IRecurringJob>().Single(j => j.Name == "help-retention");
        await App.WithScopeAsync(sp => job.RunAsync(sp, CancellationToken.None));

        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var erased = await db.HelpRequests.IgnoreQueryFilters().Include(r => r.Messages).SingleAsync(r => r.TrackingCodeHash == TrackingCodes.Hash(code));
            Assert.Null(erased.ContactCipher);
            Assert.Equal("", erased.Description);
            Assert.Empty(erased.Messages);
            Assert.NotNull(erased.ContactErasedAt);
            Assert.Equal("documents-permits", erased.Category);
            var kept = await db.HelpRequests.IgnoreQueryFilters().SingleAsync(r => r.TrackingCodeHash == TrackingCodes.Hash(recent));
            Assert.NotNull(kept.ContactCipher);
        });
    }

    [Fact]
    public async Task FullJourney_CoordinatorOffers_VolunteerAcceptsAndCompletes_RequesterGivesFeedback()
    {
        var code = await SubmitAsync(new { category = "language-learning", description = "Slovenian conversation practice", languages = new[] { "sl", "en" }, consent = true });
        var id = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().Where(r => r.TrackingCodeHash == TrackingCodes.Hash(code)).Select(r => r.Id).SingleAsync());
        var luka = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().Where(v => v.User!.Email == "volunteer@litija.example").Select(v => v.Id).SingleAsync());

        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var page = await coordinator.GetStringAsync($"/litija/en/manage/help/{id}");
        var ranking = Forms.Parse(page).QuerySelectorAll("td.why").Select(td => td.TextContent).ToList();
        Assert.NotEmpty(ranking);
        Assert.Contains(ranking, line => line.Contains("speaks", StringComparison.Ordinal));
        var offer = Forms.CurrentValues(page, "form[action*=Offer]:not([action*=OfferTop])").With(("VolunteerIds", luka.ToString()));
        var offered = await coordinator.PostAsync($"/litija/en/manage/help/{id}?handler=Offer", new FormUrlEncodedContent(offer));
        Assert.Equal(HttpStatusCode.OK, offered.StatusCode);
        Assert.Equal("offered", (await (await TrackAsync(code)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var volunteer = await App.SignInAsync("volunteer@litija.example");
        var home = await volunteer.GetStringAsync("/litija/en/volunteer");
        var acceptForm = Forms.Parse(home).QuerySelectorAll("form[action*=Accept]").Single(f => f.GetAttribute("action")!.Contains(OfferIdFor(id), StringComparison.Ordinal));
        var accepted = await volunteer.PostAsync(acceptForm.GetAttribute("action"), new FormUrlEncodedContent(Forms.CurrentValues(home, $"form[action='{acceptForm.GetAttribute("action")}']")));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var task = await volunteer.GetStringAsync($"/litija/en/volunteer/tasks/{id}");
        var done = await volunteer.PostAsync($"/litija/en/volunteer/tasks/{id}?handler=Done", new FormUrlEncodedContent(Forms.CurrentValues(task, "form[action*=Done]").With(("Hours", "1.5"))));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        var tracked = await (await TrackAsync(code)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("done", tracked.GetProperty("status").GetString());
        Assert.True(tracked.GetProperty("canGiveFeedback").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await TrackAsync(code, "/feedback", HttpMethod.Post, new { feedback = "helped" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await TrackAsync(code, "/feedback", HttpMethod.Post, new { feedback = "partly" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await TrackAsync(code, "/cancel", HttpMethod.Post)).StatusCode);

        var events = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpEvents.IgnoreQueryFilters().Where(e => e.RequestId == id).OrderBy(e => e.At).Select(e => e.Kind).ToListAsync());
        Assert.Equal(["submitted", "offered", "accepted", "done", "feedback"], events);
        Assert.True(await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "help.offered" && a.EntityId == id.ToString())));

        string OfferIdFor(Guid requestId) =>
            App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpOffers.IgnoreQueryFilters().Where(o => o.RequestId == requestId).Select(o => o.Id).SingleAsync()).GetAwaiter().GetResult().ToString();
    }

    [Fact]
    public async Task CoordinatorCorrectsTopicLanguagesAndUrgency_AndBadInputChangesNothing()
    {
        var code = await SubmitAsync(Valid());
        var id = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().Where(r => r.TrackingCodeHash == TrackingCodes.Hash(code)).Select(r => r.Id).SingleAsync());
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var page = await coordinator.GetStringAsync($"/litija/en/manage/help/{id}");
        Assert.Equal(["uk", "en", ""], Forms.Parse(page).QuerySelectorAll("form[action*=Triage] select[name=Languages]").Select(s => s.QuerySelector("option[selected]")?.GetAttribute("value") ?? "").ToList());

        var bad = Forms.CurrentValues(page, "form[action*=Triage]").With(("Urgency", "yesterday"));
        var refused = await coordinator.PostAsync($"/litija/en/manage/help/{id}?handler=Triage", new FormUrlEncodedContent(bad));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var fields = Forms.CurrentValues(page, "form[action*=Triage]").With(("Urgency", "high"), ("Category", "health"));
        fields.RemoveAll(f => f.Key == "Languages");
        fields.AddRange([new("Languages", "ru"), new("Languages", "uk"), new("Languages", "")]);
        var saved = await coordinator.PostAsync($"/litija/en/manage/help/{id}?handler=Triage", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var request = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(["ru", "uk"], request.Languages);
        Assert.Equal(HelpUrgency.High, request.Urgency);
        Assert.Equal("health", request.Category);
        Assert.Equal(HelpStatus.Triaged, request.Status);
    }

    [Fact]
    public async Task VolunteerGivesATaskBack_ItReturnsToTheQueue_CoordinatorsAreTold_AndTheVolunteerIsNotAskedAgain()
    {
        var code = await SubmitAsync(new { category = "transport", description = "Train to Ljubljana", languages = new[] { "sl" }, consent = true });
        var (id, luka) = await InRegionAsync(async (sp, db) =>
        {
            var request = await db.HelpRequests.Include(r => r.Offers).SingleAsync(r => r.TrackingCodeHash == TrackingCodes.Hash(code));
            var region = await db.Regions.SingleAsync(r => r.Id == request.RegionId);
            var volunteer = await db.Volunteers.SingleAsync(v => v.User!.Email == "volunteer@litija.example");
            Assert.Equal(HelpOutcome.Done, await sp.GetRequiredService<HelpWorkflow>().OfferAsync(request, region, [volunteer.Id], CancellationToken.None));
            var offer = await db.HelpOffers.SingleAsync(o => o.RequestId == request.Id);
            Assert.Equal(HelpOutcome.Done, await sp.GetRequiredService<HelpWorkflow>().AcceptAsync(offer.Id, volunteer, CancellationToken.None));
            return (request.Id, volunteer.Id);
        });
        var mailsBefore = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.CountAsync(m => m.Kind == "help-coordinator"));

        var client = await App.SignInAsync("volunteer@litija.example");
        var task = await client.GetStringAsync($"/litija/en/volunteer/tasks/{id}");
        var response = await client.PostAsync($"/litija/en/volunteer/tasks/{id}?handler=GiveBack", new FormUrlEncodedContent(Forms.CurrentValues(task, "form[action*=GiveBack]").With(("Reason", "I am ill"))));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/litija/en/volunteer?returned=true", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/litija/en/volunteer/tasks/{id}")).StatusCode);

        var request = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(HelpStatus.Triaged, request.Status);
        Assert.Null(request.VolunteerId);
        Assert.True(await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.CountAsync(m => m.Kind == "help-coordinator")) > mailsBefore);
        var ranked = await InRegionAsync(async (sp, db) =>
        {
            var r = await db.HelpRequests.SingleAsync(x => x.Id == id);
            return await sp.GetRequiredService<VolunteerRanking>().RankAsync(r, await db.Regions.SingleAsync(x => x.Id == r.RegionId), 100, CancellationToken.None);
        });
        Assert.DoesNotContain(ranked.Ranked, c => c.VolunteerId == luka);
    }

    [Fact]
    public async Task FirstAcceptWins_WhenTwoVolunteersAcceptAtOnce()
    {
        var code = await SubmitAsync(new { category = "housing", description = "Flat", languages = new[] { "bs", "sl" }, consent = true });
        var (requestId, offers) = await OfferToTwoAsync(code);
        var results = await Task.WhenAll(offers.Select(o => InRegionAsync(async (sp, db) =>
        {
            var volunteer = await db.Volunteers.SingleAsync(v => v.Id == o.VolunteerId);
            return await sp.GetRequiredService<HelpWorkflow>().AcceptAsync(o.Id, volunteer, CancellationToken.None);
        })));
        Assert.Equal(1, results.Count(r => r == HelpOutcome.Done));
        Assert.Equal(1, results.Count(r => r == HelpOutcome.Conflict));
        var final = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpOffers.IgnoreQueryFilters().Where(o => o.RequestId == requestId).Select(o => o.Status).ToListAsync());
        Assert.Equal(1, final.Count(s => s == OfferStatus.Accepted));
        Assert.Equal(1, final.Count(s => s == OfferStatus.Withdrawn));
    }

    private async Task<(Guid RequestId, List<HelpOffer> Offers)> OfferToTwoAsync(string code) => await InRegionAsync(async (sp, db) =>
    {
        var request = await db.HelpRequests.Include(r => r.Offers).SingleAsync(r => r.TrackingCodeHash == TrackingCodes.Hash(code));
        var region = await db.Regions.SingleAsync(r => r.Id == request.RegionId);
        var ranked = await sp.GetRequiredService<VolunteerRanking>().RankAsync(request, region, 2, CancellationToken.None);
        Assert.Equal(2, ranked.Ranked.Count);
        Assert.Equal(HelpOutcome.Done, await sp.GetRequiredService<HelpWorkflow>().OfferAsync(request, region, ranked.Ranked.Select(r => r.VolunteerId).ToList(), CancellationToken.None));
        return (request.Id, await db.HelpOffers.AsNoTracking().Where(o => o.RequestId == request.Id).ToListAsync());
    });

    private Task<T> InRegionAsync<T>(Func<IServiceProvider, AppDbContext, Task<T>> work) => InRegionAsync(App, work);

    /// <summary>Submits a request of the region <c>litija</c> through the API (as a partner's chat service would) and returns its id.</summary>
    public static async Task<Guid> SubmitForIdAsync(InvolvimApp app, object body, string language = "en")
    {
        var submitted = await app.Anonymous().PostAsJsonAsync($"/api/v1/regions/litija/help-requests?lang={language}", body);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var code = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString()!;
        return await app.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters()
            .Where(r => r.TrackingCodeHash == TrackingCodes.Hash(code)).Select(r => r.Id).SingleAsync());
    }

    /// <summary>Runs <paramref name="work"/> in a scope of <paramref name="app"/> whose region is Litija, as a request there would.</summary>
    public static async Task<T> InRegionAsync<T>(InvolvimApp app, Func<IServiceProvider, AppDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var region = await scope.ServiceProvider.GetRequiredService<RegionDirectory>().FindAsync("litija");
        scope.ServiceProvider.GetRequiredService<RegionContext>().Set(region!, "en");
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task ExpiredOffer_MovesOnToTheNextCandidate_ExactlyOnce_EvenWhenTwoRunnersRace()
    {
        var code = await SubmitAsync(new { category = "documents-permits", description = "Form", languages = new[] { "sq", "sl" }, consent = true });
        var (requestId, offers) = await OfferToTwoAsync(code);
        await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpOffers.IgnoreQueryFilters().Where(o => o.RequestId == requestId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        // Two runners at once (as two instances would be, were the job lease to fail).
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => App.WithScopeAsync(sp => sp.GetRequiredService<HelpWorkflow>().ExpireOffersAsync(CancellationToken.None))));
        // A runner that lost a race leaves its offer for the next run; no offer is ever expired twice.
        var later = await App.WithScopeAsync(sp => sp.GetRequiredService<HelpWorkflow>().ExpireOffersAsync(CancellationToken.None));
        Assert.Equal(2, runs.Sum() + later);
        var after = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpOffers.IgnoreQueryFilters().Where(o => o.RequestId == requestId).ToListAsync());
        Assert.Equal(2, after.Count(o => o.Status == OfferStatus.Expired));
        Assert.True(after.Count(o => o.Status == OfferStatus.Pending) <= 1);
        Assert.All(after.Where(o => o.Status == OfferStatus.Pending), o => Assert.DoesNotContain(o.VolunteerId, offers.Select(x => x.VolunteerId)));
        var expiredEvents = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpEvents.IgnoreQueryFilters().CountAsync(e => e.RequestId == requestId && e.Kind == HelpEventKinds.Expired));
        Assert.Equal(2, expiredEvents);
    }
}

public sealed class HelpRequestTests_Sqlite(SqliteFixture fixture) : HelpRequestTests(fixture), IClassFixture<SqliteFixture>;

public sealed class HelpRequestTests_Postgres(PostgresFixture fixture) : HelpRequestTests(fixture), IClassFixture<PostgresFixture>;
