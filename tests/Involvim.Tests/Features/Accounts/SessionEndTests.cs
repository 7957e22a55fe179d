using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Accounts;

/// <summary>Sign-out, a removed role and a new password end the session on the server: a copied cookie opens nothing.</summary>
public sealed class SessionEndTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private InvolvimApp App => fixture.App;

    private (HttpClient Client, CookieContainer Cookies) NewBrowser()
    {
        var cookies = new CookieContainer();
        var client = App.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        return (client, cookies);
    }

    private static (HttpClient Client, CookieContainer Cookies) Copy(CookieContainer from, Func<(HttpClient, CookieContainer)> browser)
    {
        var (client, cookies) = browser();
        foreach (Cookie cookie in from.GetAllCookies())
        {
            cookies.Add(new Cookie(cookie.Name, cookie.Value, "/", "localhost"));
        }

        return (client, cookies);
    }

    private async Task<(HttpClient Client, CookieContainer Cookies)> SignInAsync(string email)
    {
        var browser = NewBrowser();
        var response = await Forms.PostAsync(browser.Client, "/litija/en/account/signin", new() { ["Input.Email"] = email, ["Input.Password"] = InvolvimApp.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private static async Task<HttpStatusCode> ManageAsync(HttpClient client) => (await client.GetAsync("/litija/en/manage")).StatusCode;

    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_ACopiedCookieOpensNothing()
    {
        var (me, cookies) = await SignInAsync("editor@litija.example");
        var (thief, _) = Copy(cookies, NewBrowser);
        Assert.Equal(HttpStatusCode.OK, await ManageAsync(thief));

        var signOut = await Forms.PostAsync(me, "/litija/en/manage", [], action: "/litija/en/account/signout");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await ManageAsync(thief));
        Assert.Equal(HttpStatusCode.Redirect, await ManageAsync(me));

        // Signing in again works as before.
        var (again, _) = await SignInAsync("editor@litija.example");
        Assert.Equal(HttpStatusCode.OK, await ManageAsync(again));
    }

    [Fact]
    public async Task ARemovedRole_EndsThePersonsOpenSessions()
    {
        var (translator, _) = await SignInAsync("translator@litija.example");
        Assert.Equal(HttpStatusCode.OK, await ManageAsync(translator));

        var result = await Help.HelpRequestTests.InRegionAsync(App, async (sp, db) =>
        {
            var assignment = await db.RoleAssignments.IgnoreQueryFilters().SingleAsync(a => a.User!.Email == "translator@litija.example" && a.Role == RegionRole.Translator);
            return await sp.GetRequiredService<StaffInvitations>().RemoveRoleAsync(assignment.RegionId, assignment.Id, CancellationToken.None);
        });
        Assert.Equal(RemoveRoleResult.Removed, result);

        var response = await translator.GetAsync("/litija/en/manage");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/signin", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewPassword_EndsTheOtherSessions()
    {
        var (volunteer, cookies) = await SignInAsync("volunteer@litija.example");
        var (copy, _) = Copy(cookies, NewBrowser);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/litija/en/volunteer")).StatusCode);

        await App.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var user = await users.FindByEmailAsync("volunteer@litija.example");
            var token = await users.GeneratePasswordResetTokenAsync(user!);
            Assert.True((await users.ResetPasswordAsync(user!, token, InvolvimApp.DemoPassword)).Succeeded);
        });

        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/litija/en/volunteer")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await volunteer.GetAsync("/litija/en/volunteer")).StatusCode);
    }
}
