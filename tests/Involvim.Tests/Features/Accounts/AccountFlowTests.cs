using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Accounts;

/// <summary>Sign-in journeys through the real pages: two-step set-up, password reset by e-mail, invitations.</summary>
public sealed class AccountFlowTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private InvolvimApp App => fixture.App;

    private async Task<string> CreateUserAsync(string email, string password, bool platformAdmin = false, RegionRole? role = null)
    {
        await App.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], IsPlatformAdmin = platformAdmin };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            if (role is not null)
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var litija = await db.Regions.SingleAsync(r => r.Slug == "litija");
                db.RoleAssignments.Add(new RegionRoleAssignment { UserId = user.Id, RegionId = litija.Id, Role = role.Value });
                await db.SaveChangesAsync();
            }
        });
        return email;
    }

    private async Task<HttpClient> PasswordOnlyAsync(string email, string password, string language = "en")
    {
        var client = App.Anonymous();
        var response = await Forms.PostAsync(client, $"/litija/{language}/account/signin", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [Fact]
    public async Task Coordinator_WithoutTwoFactor_IsSentToSetItUp_ThenGetsIn()
    {
        var email = await CreateUserAsync("new.coordinator@litija.example", "a long enough password", role: RegionRole.Coordinator);
        var client = await PasswordOnlyAsync(email, "a long enough password", "uk");

        var manage = await client.GetAsync("/litija/uk/manage");
        Assert.Equal(HttpStatusCode.Redirect, manage.StatusCode);
        Assert.Equal("/litija/uk/account/two-factor?returnUrl=%2Flitija%2Fuk%2Fmanage", manage.Headers.Location!.OriginalString);

        var setup = Forms.Parse(await client.GetStringAsync(manage.Headers.Location.OriginalString));
        Assert.NotNull(setup.QuerySelector(".qr svg[role=img]"));
        var secret = setup.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        var wrong = await Forms.PostAsync(client, manage.Headers.Location.OriginalString, new() { ["Code"] = "000000" });
        Assert.Equal("true", Forms.Parse(await wrong.Content.ReadAsStringAsync()).QuerySelector("#Code")!.GetAttribute("aria-invalid"));

        var confirmed = await Forms.PostAsync(client, manage.Headers.Location.OriginalString, new() { ["Code"] = InvolvimApp.TotpCode(secret) });
        var done = Forms.Parse(await confirmed.Content.ReadAsStringAsync());
        Assert.Equal(10, done.QuerySelectorAll("ul.mono li").Length);
        Assert.Equal("/litija/uk/manage", done.QuerySelector("a.button")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/litija/uk/manage")).StatusCode);

        // From now on the password alone is not enough.
        var again = App.Anonymous();
        var first = await Forms.PostAsync(again, "/litija/uk/account/signin", new() { ["Input.Email"] = email, ["Input.Password"] = "a long enough password" });
        Assert.StartsWith("/litija/uk/account/signin/two-factor", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/litija/uk/manage")).StatusCode);
        await App.WithScopeAsync(async sp =>
            Assert.True(await sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(e => e.Action == "account.two-factor.enabled")));
    }

    [Theory]
    [InlineData("volunteer@litija.example", "/litija/en/volunteer")]
    [InlineData("editor@litija.example", "/litija/en/manage")]
    [InlineData("coordinator@louth.example", "/louth/en/manage")]
    public async Task SignIn_WithoutReturnAddress_LandsWhereThePersonHasWork(string email, string expected)
    {
        if (email.StartsWith("coordinator@", StringComparison.Ordinal))
        {
            await App.EnableTwoFactorAsync(email);
        }

        var client = App.Anonymous();
        var response = await Forms.PostAsync(client, "/litija/en/account/signin", new() { ["Input.Email"] = email, ["Input.Password"] = InvolvimApp.DemoPassword });
        var location = response.Headers.Location!.OriginalString;
        if (location.Contains("/two-factor", StringComparison.Ordinal))
        {
            Assert.Contains("returnUrl=" + Uri.EscapeDataString(expected), location, StringComparison.Ordinal);
            return;
        }

        Assert.Equal(expected, location);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnceOnly()
    {
        var email = await CreateUserAsync("recovery.admin@involvim.example", "another long password", platformAdmin: true);
        await App.EnableTwoFactorAsync(email);
        var codes = await App.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByEmailAsync(email))!, 2))!.ToList();
        });

        async Task<HttpStatusCode> TryAsync()
        {
            var client = App.Anonymous();
            var first = await Forms.PostAsync(client, "/litija/en/account/signin", new() { ["Input.Email"] = email, ["Input.Password"] = "another long password" });
            var step = first.Headers.Location!.OriginalString;
            var second = await Forms.PostAsync(client, step, new() { ["Code"] = codes[0], ["UseRecoveryCode"] = "true" });
            return second.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Redirect, await TryAsync());
        Assert.Equal(HttpStatusCode.OK, await TryAsync()); // the page again, with an error
    }

    [Fact]
    public async Task PasswordReset_ByEmailLink_ChangesThePassword()
    {
        var email = await CreateUserAsync("forgetful@litija.example", "the old password is long", role: RegionRole.Volunteer);
        var response = await Forms.PostAsync(App.Anonymous(), "/litija/sl/account/forgot-password", new() { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var mail = await Mailbox.LatestToAsync(App, email);
        Assert.Equal("Izberite novo geslo za Involvim", mail.Subject);
        var link = Mailbox.LinkIn(mail);
        Assert.StartsWith("/litija/sl/account/reset-password?user=", link, StringComparison.Ordinal);
        Assert.DoesNotContain(email, link, StringComparison.OrdinalIgnoreCase);

        var client = App.Anonymous();
        var tooShort = await Forms.PostAsync(client, link, new() { ["Input.Password"] = "short", ["Input.Confirm"] = "short" });
        Assert.NotNull(Forms.Parse(await tooShort.Content.ReadAsStringAsync()).QuerySelector(".error-box"));
        var reset = await Forms.PostAsync(client, link, new() { ["Input.Password"] = "the new password is long", ["Input.Confirm"] = "the new password is long" });
        Assert.NotNull(Forms.Parse(await reset.Content.ReadAsStringAsync()).QuerySelector("p.ok"));

        await PasswordOnlyAsync(email, "the new password is long");
        var old = await Forms.PostAsync(App.Anonymous(), "/litija/en/account/signin", new() { ["Input.Email"] = email, ["Input.Password"] = "the old password is long" });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);

        // The link works once.
        var replay = await Forms.PostAsync(App.Anonymous(), link, new() { ["Input.Password"] = "a third password here", ["Input.Confirm"] = "a third password here" });
        Assert.NotNull(Forms.Parse(await replay.Content.ReadAsStringAsync()).QuerySelector(".error-box"));
    }

    [Fact]
    public async Task PasswordReset_UnknownAddress_SaysTheSameAndSendsNothing()
    {
        var before = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.CountAsync());
        var response = await Forms.PostAsync(App.Anonymous(), "/litija/en/account/forgot-password", new() { ["Email"] = "nobody-here@example.com" });
        Assert.NotNull(Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("p.ok"));
        Assert.Equal(before, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Invitation_NewPerson_CreatesAccountWithTheRoleAndWorksOnce()
    {
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var geoss = await App.WithScopeAsync(async sp => await sp.GetRequiredService<AppDbContext>().Organizations
            .IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(o => o.Translations.Any(t => t.Name == "Izobraževalni center Geoss"))
            .Select(o => o.Id)
            .SingleAsync());

        var invite = await Forms.PostAsync(coordinator, "/litija/en/manage/staff", new()
        {
            ["Invite.Email"] = "nina@geoss.example",
            ["Invite.Role"] = "org-editor",
            ["Invite.OrganizationId"] = geoss.ToString(),
            ["Invite.Language"] = "uk",
        }, "/litija/en/manage/staff?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);

        var mail = await Mailbox.LatestToAsync(App, "nina@geoss.example");
        var link = Mailbox.LinkIn(mail);
        Assert.StartsWith("/litija/uk/account/invitation?token=", link, StringComparison.Ordinal);

        var newcomer = App.Anonymous();
        var accept = await Forms.PostAsync(newcomer, link, new()
        {
            ["DisplayName"] = "Nina",
            ["Input.Password"] = "nina has a good password",
            ["Input.Confirm"] = "nina has a good password",
        }, link.Replace("?token=", "?handler=Create&token=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/litija/uk/manage")).StatusCode);

        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == "nina@geoss.example");
            var role = await db.RoleAssignments.IgnoreQueryFilters([AppDbContext.RegionFilter]).SingleAsync(a => a.UserId == user.Id);
            Assert.Equal(RegionRole.OrgEditor, role.Role);
            Assert.Equal(geoss, role.OrganizationId);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "staff.invited"));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "staff.invitation.accepted" && e.ActorUserId == user.Id));
        });

        var reuse = await App.Anonymous().GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, reuse.StatusCode);
    }

    [Fact]
    public async Task Invitation_OrgEditorWithoutOrganisation_IsRefusedAndNothingStored()
    {
        var coordinator = await App.SignInAsync("coordinator@litija.example");
        var before = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().StaffInvitations.IgnoreQueryFilters([AppDbContext.RegionFilter]).CountAsync());
        var response = await Forms.PostAsync(coordinator, "/litija/en/manage/staff", new()
        {
            ["Invite.Email"] = "someone@example.com",
            ["Invite.Role"] = "org-editor",
            ["Invite.Language"] = "en",
        }, "/litija/en/manage/staff?handler=Invite");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("true", Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#Invite_OrganizationId")!.GetAttribute("aria-invalid"));
        Assert.Equal(before, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().StaffInvitations.IgnoreQueryFilters([AppDbContext.RegionFilter]).CountAsync()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Invitation_UnknownToken_IsAClear404(string token)
    {
        var response = await App.Anonymous().GetAsync("/litija/en/account/invitation?token=" + token);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".error-box"));
    }

    [Fact]
    public async Task Staff_LastCoordinator_CannotBeRemoved()
    {
        var client = await App.SignInAsync("coordinator@louth.example", "louth");
        var assignment = await App.WithScopeAsync(async sp => await sp.GetRequiredService<AppDbContext>().RoleAssignments
            .IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(a => a.User!.Email == "coordinator@louth.example")
            .Select(a => a.Id)
            .SingleAsync());
        var response = await Forms.PostAsync(client, "/louth/en/manage/staff", [], $"/louth/en/manage/staff?handler=Remove&id={assignment}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".error-box"));
        Assert.True(await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().RoleAssignments.IgnoreQueryFilters([AppDbContext.RegionFilter]).AnyAsync(a => a.Id == assignment)));
    }

    [Fact]
    public async Task Staff_RoleOfAnotherRegion_CannotBeRemovedFromHere()
    {
        var client = await App.SignInAsync("coordinator@litija.example");
        var louthRole = await App.WithScopeAsync(async sp => await sp.GetRequiredService<AppDbContext>().RoleAssignments
            .IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(a => a.User!.Email == "coordinator@louth.example")
            .Select(a => a.Id)
            .SingleAsync());
        var response = await Forms.PostAsync(client, "/litija/en/manage/staff", [], $"/litija/en/manage/staff?handler=Remove&id={louthRole}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
