using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Involvim.Tests.Support;
using Involvim.Web.Features.Help;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Help;

/// <summary>
/// The tracking code is not the only way back (issue 16, item 17): it is sent to the contact given (sealed in the
/// outbox), it can be saved as a file, and "I lost my code" sends a new one there while the old one stops working.
/// </summary>
public sealed class TrackingCodeRecoveryTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private const string Api = "/api/v1/regions/litija/help-requests";

    private InvolvimApp App => fixture.App;

    private async Task<(string Code, JsonElement Answer)> SubmitAsync(string method, string? value)
    {
        var response = await App.Anonymous().PostAsJsonAsync(Api + "?lang=uk", new
        {
            category = "housing",
            description = "Шукаю житло",
            languages = new[] { "uk" },
            contact = new { method, value },
            consent = true,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("trackingCode").GetString()!, json);
    }

    private async Task<HttpStatusCode> TrackAsync(string code)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Api + "/track");
        request.Headers.Add(HelpSetup.TrackingHeader, code);
        return (await App.Anonymous().SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task TheCodeIsMailedSealed_AndILostMyCode_SendsANewOne_TheOldStopsWorking()
    {
        var email = $"olena.{Guid.NewGuid():N}@example.org";
        var (code, answer) = await SubmitAsync("email", email);
        Assert.Equal("email", answer.GetProperty("codeSentTo").GetString());

        var queued = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.Where(m => m.Kind == "help-code").OrderBy(m => m.CreatedAt).ToListAsync());
        Assert.All(queued, m => Assert.DoesNotContain(code, m.BodyText, StringComparison.Ordinal));
        Assert.All(queued, m => Assert.DoesNotContain(email, m.To + m.BodyText, StringComparison.OrdinalIgnoreCase));
        var first = await Mailbox.LatestToAsync(App, email);
        Assert.Contains(code, first.TextBody, StringComparison.Ordinal);
        Assert.Contains(InvolvimApp.PublicBaseUrl + "/litija/uk/help/track", first.TextBody, StringComparison.Ordinal);

        // Typed differently (case, spaces): still the same contact.
        var lost = await App.Anonymous().PostAsJsonAsync(Api + "/lost-code?lang=uk", new { contact = "  " + email.ToUpperInvariant() + " " });
        Assert.Equal(HttpStatusCode.Accepted, lost.StatusCode);
        var unknown = await App.Anonymous().PostAsJsonAsync(Api + "/lost-code?lang=uk", new { contact = "nobody-" + email });
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(await lost.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());

        var mails = (await Mailbox.DeliverAsync(App)).Where(m => m.To.Mailboxes.Any(b => b.Address == email)).ToList();
        Assert.Equal(2, mails.Count);
        var renewed = Assert.Single(mails, m => !(m.TextBody ?? "").Contains(code, StringComparison.Ordinal));
        var newCode = System.Text.RegularExpressions.Regex.Match(renewed.TextBody ?? "", @"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").Value;
        Assert.NotEqual(code, newCode);
        Assert.Equal(HttpStatusCode.NotFound, await TrackAsync(code));
        Assert.Equal(HttpStatusCode.OK, await TrackAsync(newCode));

        // Audited, without the contact; nothing was sent for the unknown one.
        var audit = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Where(a => a.Action == "help.code.reissued").ToListAsync());
        Assert.NotEmpty(audit);
        Assert.All(audit, a => Assert.DoesNotContain("@", a.Details ?? "", StringComparison.Ordinal));
        Assert.DoesNotContain((await Mailbox.DeliverAsync(App)).SelectMany(m => m.To.Mailboxes), b => b.Address.StartsWith("nobody-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APhoneWithoutATextGateway_GetsNoCode_AndKeepsItsOldCode()
    {
        var (code, answer) = await SubmitAsync("phone", "+386 40 111 222");
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("codeSentTo").ValueKind);
        var lost = await App.Anonymous().PostAsJsonAsync(Api + "/lost-code", new { contact = "+38640111222" });
        Assert.Equal(HttpStatusCode.Accepted, lost.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await TrackAsync(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a contact")]
    public async Task LostCode_BadInput_Is400(string contact)
    {
        var response = await App.Anonymous().PostAsJsonAsync(Api + "/lost-code", new { contact });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("contact", out _));
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("ar")]
    [InlineData("sl")]
    public async Task Confirmation_ShowsTheCode_WhatHappensNext_AndSavesItAsAFile(string language)
    {
        var client = App.Anonymous();
        var page = await client.GetStringAsync($"/litija/{language}/help/new");
        var fields = Forms.CurrentValues(page, "main form").With(
            ("Input.Category", "health"), ("Input.Description", "A doctor, please"), ("Input.ContactMethod", "email"), ("Input.ContactValue", $"p.{Guid.NewGuid():N}@example.org"), ("Input.Consent", "true"));
        var response = await client.PostAsync($"/litija/{language}/help/new", new FormUrlEncodedContent(fields));
        var html = await response.Content.ReadAsStringAsync();
        var document = Forms.Parse(html);
        var code = document.QuerySelector("#tracking-code")!.TextContent;
        Assert.NotNull(TrackingCodes.Normalize(code));
        Assert.NotNull(document.QuerySelector(".codebox p.ok"));
        Assert.Equal(3, document.QuerySelectorAll("ol.next li").Length);
        Assert.Contains("/js/code.js", html, StringComparison.Ordinal);

        var fileForm = Forms.CurrentValues(html, "form[action*=CodeFile]");
        var file = await client.PostAsync(document.QuerySelector("form[action*=CodeFile]")!.GetAttribute("action"), new FormUrlEncodedContent(fileForm));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/plain", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.True(file.Headers.CacheControl!.NoStore);
        Assert.Contains(code, await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("ar")]
    public async Task LostCodePage_AnswersTheSameForAnyContact_AndExplainsABadOne(string language)
    {
        var client = App.Anonymous();
        var bad = await Forms.PostAsync(client, $"/litija/{language}/help/lost-code", new() { ["Contact"] = "???" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull(Forms.Parse(await bad.Content.ReadAsStringAsync()).QuerySelector(".error-box a[href='#Contact']"));

        var a = await Forms.PostAsync(client, $"/litija/{language}/help/lost-code", new() { ["Contact"] = "someone@example.org" });
        var b = await Forms.PostAsync(client, $"/litija/{language}/help/lost-code", new() { ["Contact"] = "+386 40 999 888" });
        Assert.Equal(
            Forms.Parse(await a.Content.ReadAsStringAsync()).QuerySelector("p.ok")!.TextContent,
            Forms.Parse(await b.Content.ReadAsStringAsync()).QuerySelector("p.ok")!.TextContent);
        Assert.True(a.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task TheAnswerTimeOnTheConfirmation_ComesFromTheRegionsHelpSettings()
    {
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        const string Settings = "/litija/en/manage/help/settings";
        var page = await coordinator.GetStringAsync(Settings);
        var bad = await coordinator.PostAsync(Settings, new FormUrlEncodedContent(Forms.CurrentValues(page).With(("AnswerWithinDays", "31"))));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var saved = await coordinator.PostAsync(Settings, new FormUrlEncodedContent(Forms.CurrentValues(page).With(("AnswerWithinDays", "5"))));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        try
        {
            var client = App.Anonymous();
            var form = await client.GetStringAsync("/litija/en/help/new");
            var response = await client.PostAsync("/litija/en/help/new", new FormUrlEncodedContent(Forms.CurrentValues(form, "main form").With(
                ("Input.Category", "health"), ("Input.Description", "A doctor"), ("Input.Consent", "true"))));
            var first = Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("ol.next li")!.TextContent;
            Assert.Contains("5", first, StringComparison.Ordinal);
        }
        finally
        {
            await coordinator.PostAsync(Settings, new FormUrlEncodedContent(Forms.CurrentValues(page)));
        }
    }
}
