using Involvim.Web.Features.Search;

namespace Involvim.Tests.Features.Search;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Slovenščina", "slovenscina")]
    [InlineData("ŽIVLJENJE", "zivljenje")]
    [InlineData("курс", "kurs")]
    [InlineData("Ђорђе", "djordje")]
    [InlineData("житло", "zitlo")]
    [InlineData("Łódź", "lodz")]
    [InlineData("أَهْلاً", "اهلا")]
    public void Fold_LowercasesTransliteratesAndStripsAccents(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Fold(input));

    [Fact]
    public void Fold_KeepsDevanagariVowelSigns() => Assert.Equal("डाक्टर", TextNormalizer.Fold("डाक्टर"));

    [Theory]
    [InlineData("stanovanje", "stanovanja")]
    [InlineData("slovenščine", "slovenščina")]
    [InlineData("slovenskog", "slovenskega")]
    [InlineData("tečaji", "tečaj")]
    public void Stem_BringsInflectedFormsTogether(string a, string b) =>
        Assert.Equal(TextNormalizer.Stem(TextNormalizer.Fold(a)), TextNormalizer.Stem(TextNormalizer.Fold(b)));

    [Fact]
    public void Words_DropsQuestionWordsInManyLanguages()
    {
        Assert.Equal(["learn", "slovenian"], TextNormalizer.Words("Where can I learn Slovenian?"));
        Assert.Equal(["ucim", "slovenscino"], TextNormalizer.Words("Kje se lahko učim slovenščino?"));
        Assert.Equal(["kurs"], TextNormalizer.Words("Де можна курс?"));
    }

    [Theory]
    [InlineData("kurs", "kurz", true)]
    [InlineData("slovenscin", "slovensin", true)]
    [InlineData("zdravnik", "zdravnk", true)]
    [InlineData("abcd", "abdc", false)]
    [InlineData("housing", "house", false)]
    public void WithinOneEdit_AllowsOneTypo(string a, string b, bool expected) =>
        Assert.Equal(expected, RegionSearchIndex.WithinOneEdit(a, b));

    [Fact]
    public void Index_RanksTitleMatchesAboveBodyMatchesAndCategoryWordsFindTheCategory()
    {
        var lexicon = new CategoryLexicon([("housing", "flat"), ("housing", "житло"), ("health", "doctor")]);
        static (SearchDocument, IReadOnlyList<IndexedText>) Doc(string title, string body, params string[] categories) =>
            (new SearchDocument { Type = "service", Id = Guid.NewGuid(), Categories = categories, Titles = [KeyValuePair.Create("en", title)] },
             [new IndexedText("en", 3f, title), new IndexedText("en", 1f, body)]);
        var index = RegionSearchIndex.Build(
            [
                Doc("Doctor on duty", "Medical help at night", "health"),
                Doc("Help with rent", "Finding a flat to rent", "housing"),
                Doc("Language course", "Learn Slovenian with a doctor of linguistics", "language-learning"),
            ],
            lexicon);

        Assert.Equal("Doctor on duty", index.Search("doctor", "en", 3)[0].Document.Titles[0].Value);
        Assert.Equal("Help with rent", index.Search("житло", "uk", 3)[0].Document.Titles[0].Value);
        Assert.Empty(index.Search("where can i", "en", 3));
    }
}
