using System.Net.Http.Json;
using System.Text.Json;
using Involvim.Tests.Support;
using Involvim.Web.Features.Help;

namespace Involvim.Tests.Features.Help;

/// <summary>With every log level on, no log line ever contains a tracking code (submitted, looked up, acted on).</summary>
public sealed class TrackingCodeLoggingTests(TrackingCodeLoggingTests.VerboseFixture fixture) : IClassFixture<TrackingCodeLoggingTests.VerboseFixture>
{
    public sealed class VerboseFixture() : AppFixture(DatabaseKind.Sqlite)
    {
        protected override IReadOnlyDictionary<string, string?> Overrides => new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        };
    }

    [Fact]
    public async Task TheCode_NeverAppearsInAnyLogLine()
    {
        var app = fixture.App;
        app.ServerErrors.CaptureAll = true;
        try
        {
            var client = app.Anonymous();
            var submitted = await client.PostAsJsonAsync("/api/v1/regions/litija/help-requests?lang=en", new { category = "housing", description = "Flat", languages = new[] { "en" }, consent = true });
            var code = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString()!;

            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions/litija/help-requests/track");
            request.Headers.Add(HelpSetup.TrackingHeader, code);
            Assert.True((await client.SendAsync(request)).IsSuccessStatusCode);
            var page = await client.GetStringAsync("/litija/en/help/track");
            var found = await client.PostAsync("/litija/en/help/track", new FormUrlEncodedContent(Forms.CurrentValues(page, "main form").With(("Code", code))));
            var html = await found.Content.ReadAsStringAsync();
            var message = await client.PostAsync("/litija/en/help/track?handler=Message", new FormUrlEncodedContent(Forms.CurrentValues(html, "main form[action*=Message]").With(("Text", "Hello"))));
            Assert.True(message.IsSuccessStatusCode);

            var lines = app.ServerErrors.All.ToList();
            Assert.True(lines.Count > 20, $"only {lines.Count} log lines: is verbose logging on?");
            var compact = code.Replace("-", "", StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains(code, StringComparison.OrdinalIgnoreCase) || line.Contains(compact, StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            app.ServerErrors.CaptureAll = false;
        }
    }
}
