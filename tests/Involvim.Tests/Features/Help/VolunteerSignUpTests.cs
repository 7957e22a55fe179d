using System.Net;
using Involvim.Tests.Support;
using Involvim.Web.Features.Volunteers;
using Involvim.Web.Infrastructure.Data;
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
        Assert.Equal([new VolunteerLanguage("sl", Involvim.Web.Features.Help.Matching.LanguageLevel.Native), new VolunteerLanguage("uk", Involvim.Web.Features.Help.Matching.LanguageLevel.Fluent)], profile.Languages);
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
}
