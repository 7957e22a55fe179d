using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Infrastructure.Outbox;

namespace Involvim.Tests.Features.Accounts;

/// <summary>Links in e-mail come from Mail:PublicBaseUrl, never from the Host header a client sends.</summary>
public sealed class PublicAddressTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task ForgotPassword_WithAForgedHost_MailsALinkToThePublicAddressOnly()
    {
        // This fixture allows every host (AllowedHosts=*), so the forged Host reaches the page itself.
        var client = fixture.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://attacker.example"),
            AllowAutoRedirect = false,
        });
        var response = await Forms.PostAsync(client, "/litija/en/account/forgot-password", new() { ["Email"] = "editor@litija.example" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var mail = await Mailbox.LatestToAsync(fixture.App, "editor@litija.example");
        Assert.DoesNotContain("attacker.example", mail.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(InvolvimApp.PublicBaseUrl + "/litija/en/account/reset-password?", mail.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("involvim.example", false)]
    [InlineData("ftp://involvim.example", false)]
    [InlineData("https://involvim.example/?x=1", false)]
    [InlineData("https://involvim.example", true)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("https://example.org/involvim", true)]
    public void PublicBaseUrl_MustBeAnAbsoluteHttpAddress(string? value, bool valid) =>
        Assert.Equal(valid, PublicAddressValidation.IsValidBaseUrl(value));
}

/// <summary>The defaults outside Development: only the public address's host is answered, and the address is required.</summary>
public sealed class StrictHostsTests(StrictHostsTests.Fixture fixture) : IClassFixture<StrictHostsTests.Fixture>
{
    public sealed class Fixture() : AppFixture(DatabaseKind.Sqlite)
    {
        // No AllowedHosts: derived from Mail:PublicBaseUrl (localhost, where the test client sends).
        protected override IReadOnlyDictionary<string, string?> Overrides => new Dictionary<string, string?>
        {
            ["AllowedHosts"] = null,
            ["Mail:PublicBaseUrl"] = "http://localhost",
        };
    }

    [Fact]
    public async Task AForgedHost_IsRefusedBeforeAnyPageRuns_AndNoMailIsQueued()
    {
        var ok = await fixture.App.Anonymous().GetAsync("/litija/en/account/forgot-password");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var forged = fixture.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://attacker.example") });
        var response = await forged.PostAsync("/litija/en/account/forgot-password", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "editor@litija.example" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await Mailbox.DeliverAsync(fixture.App));
    }

    [Fact]
    public async Task WithoutAPublicAddress_TheAppDoesNotStart()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new InvolvimApp(database, new Dictionary<string, string?> { ["Mail:PublicBaseUrl"] = "" });
        var error = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("Mail:PublicBaseUrl", error.ToString(), StringComparison.Ordinal);
    }
}
