using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Help;
using Involvim.Web.Features.Matching;
using Involvim.Web.Features.Volunteers;
using Involvim.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Help;

/// <summary>Public volunteer sign-up, approval by a coordinator, the e-mailed link to choose a password, and the first sign-in.</summary>
public sealed class VolunteerSignUpTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private InvolvimApp App => fixture.App;

    [Fact]
    public async Task SignUp_Approval_PasswordByEmail_ThenTheVolunteerLandsOnTheirTasks()
    {
        const string email = "marta.novak@example.org";
        var client = App.Anonymous();
        var page = await client.GetStringAsync("/litija/sl/volunteer/join");
        var fields = Forms.CurrentValues(page, "main form").With(("DisplayName", "Marta Novak"), ("Email", email), ("Consent", "true"), ("Motivation", "I speak Ukrainian."));
        fields.RemoveAll(f => f.Key is "Input.LanguageCodes" or "Input.LanguageLevels");
        fields.AddRange([new("Input.LanguageCodes", "sl"), new("Input.LanguageLevels", "native"), new("Input.LanguageCodes", "uk"), new("Input.LanguageLevels", "fluent"), new("Input.Skills", "housing"), new("Input.Times", "tue-evening"), new("Input.Areas", "Litija")]);
        var sent = await client.PostAsync("/litija/sl/volunteer/join", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.NotNull(Forms.Parse(await sent.Content.ReadAsStringAsync()).QuerySelector("p.ok"));

        var profile = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().Include(v => v.User).SingleAsync(v => v.User!.Email == email));
        Assert.Equal(VolunteerApproval.Pending, profile.Approval);
        Assert.Equal([new VolunteerLanguage("sl", Involvim.Web.Features.Matching.LanguageLevel.Native), new VolunteerLanguage("uk", Involvim.Web.Features.Matching.LanguageLevel.Fluent)], profile.Languages);
        Assert.Equal(["Litija"], profile.Areas);
        Assert.False(profile.User!.EmailConfirmed);

        // Sending the same sign-up again says the same and creates nothing new.
        await client.PostAsync("/litija/sl/volunteer/join", new FormUrlEncodedContent(fields));
        Assert.Equal(1, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().CountAsync(v => v.User!.Email == email)));

        var coordinator = await App.SignInAsync("coordinator@litija.example", language: "sl");
        var list = await coordinator.GetStringAsync("/litija/sl/manage/volunteers");
        var approveAction = Forms.Parse(list).QuerySelectorAll("form[action*=Approve]").Select(f => f.GetAttribute("action")!).Single(a => a.Contains(profile.Id.ToString(), StringComparison.Ordinal));
        var approved = await coordinator.PostAsync(approveAction, new FormUrlEncodedContent(Forms.CurrentValues(list, $"form[action='{approveAction}']")));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var mail = await Mailbox.LatestToAsync(App, email);
        var link = Mailbox.LinkIn(mail);
        Assert.StartsWith("/litija/sl/account/reset-password?user=", link, StringComparison.Ordinal);
        var set = await Forms.PostAsync(App.Anonymous(), link, new() { ["Input.Password"] = "marta's long new password", ["Input.Confirm"] = "marta's long new password" });
        Assert.NotNull(Forms.Parse(await set.Content.ReadAsStringAsync()).QuerySelector("p.ok"));
        Assert.True(await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));

        var volunteer = App.Anonymous();
        var signIn = await Forms.PostAsync(volunteer, "/litija/sl/account/signin", new() { ["Input.Email"] = email, ["Input.Password"] = "marta's long new password" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/litija/sl/volunteer", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await volunteer.GetAsync("/litija/sl/volunteer")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await volunteer.GetAsync("/litija/sl/volunteer/profile")).StatusCode);
    }

    [Fact]
    public async Task SignUp_WithBadInput_SaysWhatIsWrong_AndStoresNothing()
    {
        var client = App.Anonymous();
        var page = await client.GetStringAsync("/litija/en/volunteer/join");
        var before = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().CountAsync());
        var fields = Forms.CurrentValues(page, "main form").With(("DisplayName", ""), ("Email", "not-an-address"), ("Input.MaxActiveTasks", "99"), ("Input.PausedUntil", "someday"));
        fields.Add(new("Input.Areas", "Atlantis"));
        var response = await client.PostAsync("/litija/en/volunteer/join", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll(".error-box li").Length;
        Assert.True(errors >= 6, $"{errors} errors listed");
        Assert.Equal(before, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task CoordinatorCorrectsAVolunteersProfile_Audited_AndBadInputChangesNothing()
    {
        var goran = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().AsNoTracking().SingleAsync(v => v.User!.DisplayName == "Goran Petrovski (demo)"));
        var coordinator = await App.SignInAsync("coordinator@litija.example", language: "sl");
        var list = await coordinator.GetStringAsync("/litija/sl/manage/volunteers");
        var path = $"/litija/sl/manage/volunteers/{goran.Id}";
        Assert.NotNull(Forms.Parse(list).QuerySelector($"a[href='{path}']"));
        var page = await coordinator.GetStringAsync(path);
        Assert.Contains("Goran Petrovski", Forms.Parse(page).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var bad = Forms.CurrentValues(page).With(("Input.MaxActiveTasks", "99"), ("Input.PausedUntil", "next week"));
        var refused = await coordinator.PostAsync(path, new FormUrlEncodedContent(bad));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(2, Forms.Parse(await refused.Content.ReadAsStringAsync()).QuerySelectorAll(".error-box li").Length);
        var unchanged = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().AsNoTracking().SingleAsync(v => v.Id == goran.Id));
        Assert.Equal(goran.MaxActiveTasks, unchanged.MaxActiveTasks);
        Assert.Equal(goran.UpdatedAt, unchanged.UpdatedAt);

        var fields = Forms.CurrentValues(page).With(("Input.MaxActiveTasks", "1"), ("Input.PausedUntil", "2027-01-15"));
        fields.Add(new("Input.Skills", "health"));
        var saved = await coordinator.PostAsync(path, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotNull(Forms.Parse(await saved.Content.ReadAsStringAsync()).QuerySelector("p[role=status]"));
        var after = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().AsNoTracking().SingleAsync(v => v.Id == goran.Id));
        Assert.Equal(1, after.MaxActiveTasks);
        Assert.Equal(new DateOnly(2027, 1, 15), after.PausedUntil);
        Assert.Equal(goran.Skills.Append("health").Order(StringComparer.Ordinal), after.Skills.Order(StringComparer.Ordinal));
        Assert.Equal(goran.Languages, after.Languages);
        Assert.True(await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "volunteer.profile-edited" && a.EntityId == goran.Id.ToString())));

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/litija/sl/manage/volunteers/{Guid.NewGuid()}")).StatusCode);
    }

    /// <summary>An approved volunteer in litija who signs in with the demo password.</summary>
    private Task<Guid> CreateVolunteerAsync(string email) => HelpRequestTests.InRegionAsync(App, async (sp, db) =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Ana Stop", PreferredLanguage = "sl", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, InvolvimApp.DemoPassword)).Succeeded);
        var regionId = (await db.Regions.SingleAsync(r => r.Slug == "litija")).Id;
        db.RoleAssignments.Add(new RegionRoleAssignment { UserId = user.Id, RegionId = regionId, Role = RegionRole.Volunteer, CreatedAt = DateTime.UtcNow });
        var profile = new VolunteerProfile
        {
            RegionId = regionId,
            UserId = user.Id,
            Approval = VolunteerApproval.Approved,
            Languages = [new("sl", LanguageLevel.Native), new("fi", LanguageLevel.Fluent)],
            Skills = ["leisure-hobbies"],
            Motivation = "I like football.",
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Volunteers.Add(profile);
        await db.SaveChangesAsync();
        return profile.Id;
    });

    [Fact]
    public async Task AVolunteerWhoStops_CanAlsoEraseTheirAccount_AndNobodySignsInWithItAgain()
    {
        const string email = "boris.erase@example.org";
        var profileId = await CreateVolunteerAsync(email);
        var client = await App.SignInAsync(email, language: "sl");
        const string Profile = "/litija/sl/volunteer/profile";
        var page = await client.GetStringAsync(Profile);
        Assert.NotNull(Forms.Parse(page).QuerySelector("input[name=EraseAccount]"));

        // Saving the profile shows the page again, with the same choices.
        var saved = await client.PostAsync(Profile, new FormUrlEncodedContent(Forms.CurrentValues(page, "main form:not([action*=Stop])")));
        Assert.True(saved.StatusCode == HttpStatusCode.OK, Forms.Parse(await saved.Content.ReadAsStringAsync()).QuerySelector(".error-box")?.TextContent ?? saved.StatusCode.ToString());
        Assert.NotNull(Forms.Parse(await saved.Content.ReadAsStringAsync()).QuerySelector("input[name=EraseAccount]"));
        var fields = Forms.CurrentValues(page, "form[action*=Stop]");
        fields.AddRange([new("ConfirmStop", "true"), new("EraseAccount", "true")]);
        var stopped = await client.PostAsync(Profile + "?handler=Stop", new FormUrlEncodedContent(fields));
        Assert.True(stopped.StatusCode == HttpStatusCode.OK, string.Join("\n", App.ServerErrors.Errors));
        Assert.Contains("Izbrisan je tudi vaš račun.", await stopped.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var user = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().Where(v => v.Id == profileId).Select(v => v.UserId).Single()));
        Assert.Equal($"{user.UserName}@erased.invalid", user.Email);
        Assert.Null(user.PasswordHash);
        Assert.StartsWith("erased-", user.UserName, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana", user.DisplayName, StringComparison.Ordinal);
        Assert.True(await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "account.erased" && a.EntityId == user.Id.ToString())));

        // The session ended, and the old e-mail and password open nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/litija/sl/volunteer")).StatusCode);
        var again = await Forms.PostAsync(App.Anonymous(), "/litija/sl/account/signin", new() { ["Input.Email"] = email, ["Input.Password"] = InvolvimApp.DemoPassword });
        Assert.NotEqual(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task AVolunteerStops_OnlyWithoutRunningTasks_OffersMoveOn_DetailsAreErased_AndTheyCanSignUpAgain()
    {
        const string email = "ana.stop@example.org";
        var profileId = await CreateVolunteerAsync(email);
        var (waiting, running) = await HelpRequestTests.InRegionAsync(App, async (sp, db) =>
        {
            var workflow = sp.GetRequiredService<HelpWorkflow>();
            var region = await db.Regions.SingleAsync(r => r.Slug == "litija");
            var ids = new List<Guid>();
            foreach (var text in new[] { "Football club for my son", "Someone to play chess with" })
            {
                var request = new HelpRequest { RegionId = region.Id, Category = "leisure-hobbies", Description = text, Languages = ["fi", "sl"], TrackingCodeHash = TrackingCodes.Hash(TrackingCodes.New()), CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
                db.HelpRequests.Add(request);
                await db.SaveChangesAsync();
                Assert.Equal(HelpOutcome.Done, await workflow.OfferAsync(request, region, [profileId], CancellationToken.None));
                ids.Add(request.Id);
            }

            var volunteer = await db.Volunteers.SingleAsync(v => v.Id == profileId);
            var offer = await db.HelpOffers.SingleAsync(o => o.RequestId == ids[1]);
            Assert.Equal(HelpOutcome.Done, await workflow.AcceptAsync(offer.Id, volunteer, CancellationToken.None));
            return (ids[0], ids[1]);
        });

        var client = await App.SignInAsync(email, language: "sl");
        const string Profile = "/litija/sl/volunteer/profile";
        async Task<HttpResponseMessage> StopAsync(bool confirm)
        {
            var page = await client.GetStringAsync(Profile);
            var fields = Forms.CurrentValues(page, "form[action*=Stop]");
            fields.RemoveAll(f => f.Key == "ConfirmStop");
            if (confirm)
            {
                fields.Add(new("ConfirmStop", "true"));
            }

            return await client.PostAsync(Profile + "?handler=Stop", new FormUrlEncodedContent(fields));
        }

        var unconfirmed = await StopAsync(confirm: false);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        var busy = await StopAsync(confirm: true);
        Assert.Equal(HttpStatusCode.BadRequest, busy.StatusCode);
        Assert.Contains("Najprej dokončajte svoje naloge ali jih vrnite.", await busy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(VolunteerApproval.Approved, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().Where(v => v.Id == profileId).Select(v => v.Approval).SingleAsync()));

        await HelpRequestTests.InRegionAsync(App, async (sp, db) =>
        {
            var request = await db.HelpRequests.Include(r => r.Offers).SingleAsync(r => r.Id == running);
            var volunteer = await db.Volunteers.SingleAsync(v => v.Id == profileId);
            Assert.Equal(HelpOutcome.Done, await sp.GetRequiredService<HelpWorkflow>().GiveBackAsync(request, volunteer, "moving away", CancellationToken.None));
            return true;
        });

        var stopped = await StopAsync(confirm: true);
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.NotNull(Forms.Parse(await stopped.Content.ReadAsStringAsync()).QuerySelector("p[role=status]"));
        var after = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().AsNoTracking().SingleAsync(v => v.Id == profileId));
        Assert.Equal(VolunteerApproval.Withdrawn, after.Approval);
        Assert.Empty(after.Languages);
        Assert.Empty(after.Skills);
        Assert.Null(after.Motivation);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/litija/sl/volunteer")).StatusCode); // no role left in the region
        var offer = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpOffers.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.RequestId == waiting));
        Assert.Equal(OfferStatus.Declined, offer.Status);
        Assert.NotEqual(HelpStatus.Offered, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().Where(r => r.Id == waiting).Select(r => r.Status).SingleAsync()));
        Assert.True(await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "volunteer.withdrawn" && a.EntityId == profileId.ToString())));

        // Signing up again is a new sign-up for the coordinator.
        var newcomer = App.Anonymous();
        var join = await newcomer.GetStringAsync("/litija/sl/volunteer/join");
        var again = Forms.CurrentValues(join, "main form").With(("DisplayName", "Ana Stop"), ("Email", email), ("Consent", "true"));
        again.RemoveAll(f => f.Key is "Input.LanguageCodes" or "Input.LanguageLevels");
        again.AddRange([new("Input.LanguageCodes", "sl"), new("Input.LanguageLevels", "native"), new("Input.Skills", "leisure-hobbies")]);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.PostAsync("/litija/sl/volunteer/join", new FormUrlEncodedContent(again))).StatusCode);
        Assert.Equal(VolunteerApproval.Pending, await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Volunteers.IgnoreQueryFilters().Where(v => v.Id == profileId).Select(v => v.Approval).SingleAsync()));
    }
}
