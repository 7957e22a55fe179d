using System.Text.RegularExpressions;
using System.Xml.Linq;
using Involvim.Web.Infrastructure.Localization;

namespace Involvim.Tests.Infrastructure;

/// <summary>No UI language may have English holes: every key, non-empty, with the same placeholders.</summary>
public sealed partial class ResourceCompletenessTests
{
    private static string ResourcesFolder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Involvim.slnx")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Repository root not found."), "src", "Involvim.Web", "Resources");
        }
    }

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    public static TheoryData<string> Languages() => new(UiLanguages.All.Select(l => l.Code).Where(c => c != "en"));

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguage_HasEveryKeyWithTheSamePlaceholders(string language)
    {
        var english = Load(Path.Combine(ResourcesFolder, "SharedResource.resx"));
        var path = Path.Combine(ResourcesFolder, $"SharedResource.{language}.resx");
        Assert.True(File.Exists(path), $"Missing {path}");
        var translated = Load(path);

        var missing = english.Keys.Except(translated.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{language} lacks: {string.Join(", ", missing)}");
        var extra = translated.Keys.Except(english.Keys).ToList();
        Assert.True(extra.Count == 0, $"{language} has keys English does not: {string.Join(", ", extra)}");

        foreach (var (key, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(translated[key]), $"{language}: {key} is empty");
            Assert.Equal(Placeholders(value), Placeholders(translated[key]));
        }
    }

    [Fact]
    public void EveryKeyUsedInCode_ExistsInEnglish()
    {
        var english = Load(Path.Combine(ResourcesFolder, "SharedResource.resx"));
        var source = Path.GetFullPath(Path.Combine(ResourcesFolder, ".."));
        var used = Directory.EnumerateFiles(source, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        Assert.NotEmpty(used);
        var missing = used.Where(k => !english.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"Keys used but not in SharedResource.resx: {string.Join(", ", missing)}");
    }

    /// <summary>Texts that promise something about a person's data: a translation must be reviewed against the current English.</summary>
    public static readonly string[] PrivacyKeys =
    [
        "Help.Privacy.Title", "Help.Privacy.Text", "Help.Field.Consent", "Help.Error.Consent", "Help.Field.ShareContact",
        "Help.Field.ContactValueHint", "Volunteer.Field.Consent", "ManageHelp.ShowContact", "HelpEvent.contact-erased",
    ];

    /// <summary>
    /// Each privacy and consent text of every language carries a review marker <c>&lt;comment&gt;… en:HASH&lt;/comment&gt;</c>, where
    /// HASH is the first 8 hex digits of SHA-256 of the English text it was reviewed against. Changing the English makes
    /// this fail until each language is reviewed again (and its marker renewed); see the README's review table.
    /// </summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void PrivacyAndConsentTexts_WereReviewedAfterTheirEnglishLastChanged(string language)
    {
        var english = Load(Path.Combine(ResourcesFolder, "SharedResource.resx"));
        var comments = XDocument.Load(Path.Combine(ResourcesFolder, $"SharedResource.{language}.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("comment") ?? "");
        foreach (var key in PrivacyKeys)
        {
            var expected = "en:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(english[key])))[..8];
            Assert.True(
                comments.TryGetValue(key, out var comment) && comment.Contains(expected, StringComparison.Ordinal),
                $"{language}: {key} was not reviewed against the current English ({expected}); its marker is '{comment}'");
        }
    }

    private static List<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\b[Tt]\[""([A-Za-z0-9.\-]+)""")]
    private static partial Regex KeyUse();
}
