using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Content;

namespace Involvim.Tests.Infrastructure;

public sealed class ContentTranslationsTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    private static RegionTranslation Write(List<RegionTranslation> list, string language, TranslationStatus status, string name) =>
        ContentTranslations.Write(list, language, status, Now, () => new RegionTranslation(), row =>
        {
            var changed = row.Name != name;
            row.Name = name;
            return changed;
        });

    private static List<RegionTranslation> SlovenianSourceWithEnglishAndUkrainian()
    {
        var list = new List<RegionTranslation>();
        Write(list, "sl", TranslationStatus.Source, "Občina Litija");
        Write(list, "en", TranslationStatus.Human, "Municipality of Litija");
        Write(list, "uk", TranslationStatus.Machine, "Громада Літія");
        return list;
    }

    [Fact]
    public void Pick_RequestedLanguageExists_ReturnsItWithoutFallback()
    {
        var picked = ContentTranslations.Pick(SlovenianSourceWithEnglishAndUkrainian(), "uk", "sl")!;
        Assert.Equal("uk", picked.Language);
        Assert.False(picked.IsFallback);
        Assert.True(picked.IsMachine);
    }

    [Fact]
    public void Pick_RequestedLanguageMissing_FallsBackToRegionDefault()
    {
        var picked = ContentTranslations.Pick(SlovenianSourceWithEnglishAndUkrainian(), "ar", "sl")!;
        Assert.Equal("sl", picked.Language);
        Assert.True(picked.IsFallback);
    }

    [Fact]
    public void Pick_RequestedAndDefaultMissing_FallsBackToEnglish()
    {
        var list = SlovenianSourceWithEnglishAndUkrainian();
        list.RemoveAll(t => t.Language == "sl");
        var picked = ContentTranslations.Pick(list, "ar", "sl")!;
        Assert.Equal("en", picked.Language);
    }

    [Fact]
    public void Pick_OnlyAnotherLanguage_ReturnsAnyRatherThanNothing()
    {
        var list = new List<RegionTranslation>();
        Write(list, "fi", TranslationStatus.Source, "Etelä-Pohjanmaa");
        var picked = ContentTranslations.Pick(list, "ar", "sl")!;
        Assert.Equal("fi", picked.Language);
        Assert.True(picked.IsFallback);
    }

    [Fact]
    public void Pick_NoText_ReturnsNull() =>
        Assert.Null(ContentTranslations.Pick(new List<RegionTranslation>(), "sl", "sl"));

    [Fact]
    public void Write_SourceChanges_MarksTranslationsOutdated()
    {
        var list = SlovenianSourceWithEnglishAndUkrainian();

        Write(list, "sl", TranslationStatus.Source, "Občina Litija ob Savi");

        var source = list.Single(t => t.Language == "sl");
        Assert.Equal(TranslationStatus.Source, source.Status);
        Assert.All(list.Where(t => t.Language != "sl"), t => Assert.Equal(TranslationStatus.Outdated, t.Status));
    }

    [Fact]
    public void Write_SourceUnchanged_KeepsTranslationsCurrent()
    {
        var list = SlovenianSourceWithEnglishAndUkrainian();
        Write(list, "sl", TranslationStatus.Source, "Občina Litija");
        Assert.Equal(TranslationStatus.Human, list.Single(t => t.Language == "en").Status);
        Assert.Equal(TranslationStatus.Machine, list.Single(t => t.Language == "uk").Status);
    }

    [Fact]
    public void Write_TranslationAfterSourceChange_IsCurrentAgain()
    {
        var list = SlovenianSourceWithEnglishAndUkrainian();
        Write(list, "sl", TranslationStatus.Source, "Občina Litija ob Savi");
        Write(list, "en", TranslationStatus.Reviewed, "Municipality of Litija on the Sava");

        var english = list.Single(t => t.Language == "en");
        Assert.Equal(TranslationStatus.Reviewed, english.Status);
        Assert.Equal(TranslationStatus.Outdated, list.Single(t => t.Language == "uk").Status);
    }

    [Fact]
    public void Write_OutdatedTranslationSavedUnchanged_StaysOutdated()
    {
        var list = SlovenianSourceWithEnglishAndUkrainian();
        Write(list, "sl", TranslationStatus.Source, "Občina Litija ob Savi");
        Write(list, "en", TranslationStatus.Human, "Municipality of Litija");

        var english = list.Single(t => t.Language == "en");
        Assert.Equal(TranslationStatus.Outdated, english.Status);
    }

    [Fact]
    public void Write_FirstTextInAnyStatus_BecomesTheSource()
    {
        var list = new List<RegionTranslation>();
        var first = Write(list, "en", TranslationStatus.Human, "County Louth");
        Assert.Equal(TranslationStatus.Source, first.Status);
    }

    [Fact]
    public void Write_Outdated_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Write([], "sl", TranslationStatus.Outdated, "x"));
}
