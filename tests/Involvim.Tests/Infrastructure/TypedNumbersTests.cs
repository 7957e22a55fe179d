using System.Net;
using System.Net.Http.Json;
using Involvim.Tests.Support;
using Involvim.Web;
using Involvim.Web.Features.Help;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Involvim.Tests.Infrastructure;

/// <summary>Numbers as people type them: "2.5" and "2,5" are two and a half in every culture; "1.000" is asked about.</summary>
public sealed class TypedNumbersTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    public static TheoryData<string> Cultures() => new(UiLanguages.All.Select(l => l.Code));

    [Theory]
    [InlineData("2.5", 2.5)]
    [InlineData("2,5", 2.5)]
    [InlineData(" 2,50 ", 2.5)]
    [InlineData("0.500", 0.5)]
    [InlineData("1234.567", 1234.567)]
    [InlineData("1.000,5", 1000.5)]
    [InlineData("1,000.5", 1000.5)]
    [InlineData("1 000,5", 1000.5)]
    [InlineData("1.000.000", 1000000)]
    [InlineData("٢٫٥", 2.5)]
    [InlineData("۲٫۵", 2.5)]
    [InlineData("12", 12)]
    [InlineData(",5", 0.5)]
    [InlineData("-3,25", -3.25)]
    public void Parse_AcceptsBothDecimalMarks(string text, double expected)
    {
        Assert.Equal(TypedNumberProblem.None, TypedNumbers.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1.000", TypedNumberProblem.Ambiguous)]
    [InlineData("1,000", TypedNumberProblem.Ambiguous)]
    [InlineData("12.345", TypedNumberProblem.Ambiguous)]
    [InlineData("", TypedNumberProblem.NotANumber)]
    [InlineData("two", TypedNumberProblem.NotANumber)]
    [InlineData("2.5.1", TypedNumberProblem.NotANumber)]
    [InlineData("1,00,000", TypedNumberProblem.NotANumber)]
    [InlineData("1.000,5,2", TypedNumberProblem.NotANumber)]
    [InlineData("2.", TypedNumberProblem.NotANumber)]
    [InlineData("1e3", TypedNumberProblem.NotANumber)]
    public void Parse_RefusesAmbiguousOrBrokenInput(string text, TypedNumberProblem expected) =>
        Assert.Equal(expected, TypedNumbers.TryParse(text, out _));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Parse_IsTheSameInEveryCulture_AndTheAmbiguityMessageIsLocalized(string language)
    {
        using var culture = new CultureScope(language);
        Assert.Equal(TypedNumberProblem.None, TypedNumbers.TryParse("2.5", out var dot));
        Assert.Equal(TypedNumberProblem.None, TypedNumbers.TryParse("2,5", out var comma));
        Assert.Equal(2.5m, dot);
        Assert.Equal(2.5m, comma);
        Assert.Equal(TypedNumberProblem.Ambiguous, TypedNumbers.TryParse("1.000", out _));
        var t = fixture.App.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var message = TypedNumbers.Message(TypedNumberProblem.Ambiguous, "1.000", t);
        Assert.Contains("1.000", message, StringComparison.Ordinal);
        Assert.Contains("2" + System.Globalization.CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator + "5", message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task VolunteerTypesHoursOnTheTaskPage_InEveryLanguage(string language)
    {
        await OfferEveryLanguageInLitijaAsync();
        var volunteer = await fixture.App.SignInAsync("volunteer@litija.example");
        foreach (var (typed, expected) in new (string, decimal?)[] { ("2.5", 2.5m), ("2,5", 2.5m), ("1.000", null) })
        {
            var id = await AcceptedTaskAsync();
            var task = await volunteer.GetStringAsync($"/litija/{language}/volunteer/tasks/{id}");
            var done = await volunteer.PostAsync($"/litija/{language}/volunteer/tasks/{id}?handler=Done", new FormUrlEncodedContent(Forms.CurrentValues(task, "form[action*=Done]").With(("Hours", typed))));
            var stored = await fixture.App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => new { r.HoursSpent, r.Status }).SingleAsync());
            if (expected is { } hours)
            {
                Assert.Equal(HttpStatusCode.OK, done.StatusCode);
                Assert.Equal(hours, stored.HoursSpent);
                Assert.Equal(HelpStatus.Done, stored.Status);
            }
            else
            {
                Assert.Equal(HttpStatusCode.BadRequest, done.StatusCode);
                Assert.Null(stored.HoursSpent);
                Assert.Equal(HelpStatus.Accepted, stored.Status);
                var errors = Forms.Parse(await done.Content.ReadAsStringAsync()).QuerySelector(".error-box")!;
                Assert.Contains("1.000", errors.TextContent, StringComparison.Ordinal);
                Assert.Single(errors.QuerySelectorAll("li"));
            }
        }
    }

    private Task OfferEveryLanguageInLitijaAsync() => fixture.App.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var litija = await db.Regions.SingleAsync(r => r.Slug == "litija");
        if (litija.EnabledLanguages.Count < UiLanguages.All.Count)
        {
            litija.EnabledLanguages = [.. UiLanguages.All.Select(l => l.Code)];
            await db.SaveChangesAsync();
            sp.GetRequiredService<RegionDirectory>().Invalidate();
        }
    });

    private async Task<Guid> AcceptedTaskAsync()
    {
        var response = await fixture.App.Anonymous().PostAsJsonAsync("/api/v1/regions/litija/help-requests", new { category = "housing", description = "Help with a flat", languages = new[] { "sl" }, consent = true });
        var code = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("trackingCode").GetString()!;
        return await fixture.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var luka = await db.Volunteers.IgnoreQueryFilters().Where(v => v.User!.Email == "volunteer@litija.example").Select(v => v.Id).SingleAsync();
            var request = await db.HelpRequests.IgnoreQueryFilters().SingleAsync(r => r.TrackingCodeHash == TrackingCodes.Hash(code));
            request.Status = HelpStatus.Accepted;
            request.VolunteerId = luka;
            await db.SaveChangesAsync();
            return request.Id;
        });
    }
}
