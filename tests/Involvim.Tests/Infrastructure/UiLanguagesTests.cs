using Involvim.Web.Infrastructure.Localization;

namespace Involvim.Tests.Infrastructure;

public sealed class UiLanguagesTests
{
    private static readonly string[] Litija = ["sl", "en", "bs", "uk", "ar"];

    [Theory]
    [InlineData("uk-UA,uk;q=0.9,en;q=0.8", "uk")]
    [InlineData("de-DE,de;q=0.9,en;q=0.5", "en")]
    [InlineData("sr-Latn-RS,sr;q=0.9", "bs")]
    [InlineData("fr-FR", null)]
    [InlineData("", null)]
    [InlineData("ar;q=0.2,sl;q=0.8", "sl")]
    [InlineData("sl;q=0,en", "en")]
    [InlineData("garbage;;;q=x", null)]
    public void BestMatch_PicksTheBestOfferedLanguage(string header, string? expected) =>
        Assert.Equal(expected, UiLanguages.BestMatch(header, Litija));

    [Fact]
    public void All_ShipTheThirteenLanguagesOfTheDesign() =>
        Assert.Equal(
            ["sl", "en", "bs", "sq", "mk", "uk", "ru", "ne", "ar", "fa", "fi", "pt", "pl"],
            UiLanguages.All.Select(l => l.Code));

    [Theory]
    [InlineData("ar", true)]
    [InlineData("fa", true)]
    [InlineData("uk", false)]
    [InlineData("ne", false)]
    public void RightToLeft_OnlyForArabicScript(string code, bool rtl) =>
        Assert.Equal(rtl, UiLanguages.Get(code).RightToLeft);

    [Fact]
    public void Endonyms_AreWrittenInTheirOwnScript()
    {
        Assert.Equal("Українська", UiLanguages.Get("uk").Endonym);
        Assert.Equal("नेपाली", UiLanguages.Get("ne").Endonym);
        Assert.Equal("العربية", UiLanguages.Get("ar").Endonym);
    }

    [Fact]
    public void EveryLanguage_HasACultureOnThisMachine() =>
        Assert.All(UiLanguages.All, l => Assert.Equal(l.Code, l.Culture.TwoLetterISOLanguageName));
}
