using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Involvim.Web.Features.Search;

/// <summary>
/// Turns text in any of our languages into search terms: lower case, Cyrillic written in Latin letters
/// (курс → kurs, ж/ž → z), Latin diacritics removed (slovenščina → slovenscina), Arabic and Persian letter
/// variants unified, question words dropped, and a light suffix stripping so that inflected forms meet
/// (stanovanja / stanovanje → stanovanj). Query and index go through the same steps.
/// </summary>
public static class TextNormalizer
{
    private static readonly FrozenDictionary<char, string> Cyrillic = new Dictionary<char, string>
    {
        ['а'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "g",
        ['ґ'] = "g",
        ['ѓ'] = "g",
        ['д'] = "d",
        ['ђ'] = "dj",
        ['е'] = "e",
        ['ё'] = "e",
        ['є'] = "e",
        ['ж'] = "z",
        ['з'] = "z",
        ['ѕ'] = "dz",
        ['и'] = "i",
        ['і'] = "i",
        ['ї'] = "i",
        ['й'] = "j",
        ['ј'] = "j",
        ['к'] = "k",
        ['ќ'] = "k",
        ['л'] = "l",
        ['љ'] = "lj",
        ['м'] = "m",
        ['н'] = "n",
        ['њ'] = "nj",
        ['о'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['ћ'] = "c",
        ['у'] = "u",
        ['ў'] = "u",
        ['ф'] = "f",
        ['х'] = "h",
        ['ц'] = "c",
        ['ч'] = "c",
        ['џ'] = "dz",
        ['ш'] = "s",
        ['щ'] = "sc",
        ['ъ'] = "",
        ['ы'] = "y",
        ['ь'] = "",
        ['э'] = "e",
        ['ю'] = "ju",
        ['я'] = "ja",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, string> Special = new Dictionary<char, string>
    {
        ['đ'] = "dj",
        ['ß'] = "ss",
        ['æ'] = "ae",
        ['ø'] = "o",
        ['ł'] = "l",
        ['ı'] = "i",
        ['œ'] = "oe",
        ['þ'] = "th",
        // Arabic and Persian: one form per letter, whatever the keyboard wrote.
        ['أ'] = "ا",
        ['إ'] = "ا",
        ['آ'] = "ا",
        ['ٱ'] = "ا",
        ['ة'] = "ه",
        ['ى'] = "ی",
        ['ي'] = "ی",
        ['ك'] = "ک",
        ['ؤ'] = "و",
        ['ئ'] = "ی",
        ['ـ'] = "",
        ['\u200c'] = "",
        ['\u200d'] = "",
    }.ToFrozenDictionary();

    // Suffixes of Slavic, Baltic-Finnic and English word forms, longest first; stripped once, keeping a stem of 4+.
    private static readonly string[] Suffixes =
    [
        "ovanje", "ovanja", "ensko", "iranje",
        "ega", "emu", "ima", "ama", "ami", "ogo", "ego", "omu", "ymi", "imi", "ing", "ost", "ove", "ova", "ovi", "ini",
        "ih", "im", "om", "em", "ov", "ev", "ah", "ej", "oj", "ij", "og", "ja", "ju", "je", "oi", "ei", "ii", "yi", "es", "ed",
        "a", "e", "i", "o", "u", "y", "s",
    ];

    private static readonly FrozenSet<string> StopWords = BuildStopWords();

    /// <summary>Lower-cased, transliterated, diacritic-free text; script of Arabic, Persian and Nepali kept.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (Cyrillic.TryGetValue(c, out var latin) || Special.TryGetValue(c, out latin))
            {
                builder.Append(latin);
            }
            else
            {
                builder.Append(c);
            }
        }

        var decomposed = builder.ToString().Normalize(NormalizationForm.FormD);
        builder.Clear();
        var previous = '\0';
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            // Accents on Latin letters and Arabic vowel marks go; Devanagari vowel signs stay (they spell the word).
            if (category == UnicodeCategory.NonSpacingMark && (previous < '\u0250' || c is >= '\u064B' and <= '\u065F' or '\u0670'))
            {
                continue;
            }

            builder.Append(c);
            previous = c;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of a text, folded, stop words removed (used for both indexing and queries).</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && IsWordChar(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = folded[start..i];
                if (!StopWords.Contains(word))
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }

    /// <summary>A word reduced to its stem: one known ending removed when a stem of at least four letters remains.</summary>
    public static string Stem(string word)
    {
        if (word.Length < 5 || !IsLatin(word))
        {
            return word;
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    /// <summary>Stems of the words of a text.</summary>
    public static List<string> Terms(string? text) => Words(text).Select(Stem).ToList();

    private static bool IsWordChar(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsLatin(string word) => word.All(c => c < '\u0250');

    private static FrozenSet<string> BuildStopWords()
    {
        string[] words =
        [
            // English
            "where", "can", "i", "how", "what", "who", "to", "a", "an", "the", "in", "on", "for", "of", "do", "does", "is", "are",
            "my", "me", "find", "get", "need", "want", "help", "with", "and", "or", "at", "there", "some", "any", "please", "about",
            // Slovenian
            "kje", "lahko", "kako", "kaj", "se", "za", "v", "na", "in", "je", "so", "me", "mi", "ali", "da", "pri", "po", "z", "s",
            "do", "od", "o", "iscem", "potrebujem", "bi", "zelim", "rad", "rada", "moj", "moja", "pomoc",
            // Bosnian
            "gdje", "gde", "mogu", "sta", "u", "i", "li", "trebam", "treba", "hocu", "moze", "mozete", "kod",
            // Albanian
            "ku", "mund", "si", "te", "per", "ne", "dhe", "eshte", "une", "me", "nje", "ndihme",
            // Macedonian, Ukrainian, Russian (folded to Latin letters)
            "kade", "moze", "kako", "sto", "vo", "de", "mozna", "jak", "so", "dlja", "ta", "meni", "ja", "mozu", "hocu", "gde",
            "mozno", "kak", "cto", "dlya", "mne", "hoc", "chochu", "de", "z",
            // Polish, Portuguese, Finnish
            "gdzie", "moge", "jak", "co", "dla", "w", "sie", "chce", "onde", "posso", "como", "de", "para", "em", "e", "um", "uma",
            "eu", "quero", "missa", "voin", "miten", "mita", "ja", "mina", "haluan",
            // Nepali, Arabic, Persian
            "कहाँ", "म", "को", "मा", "र", "गर्न", "सक्छु", "أين", "اين", "يمكنني", "كيف", "في", "من", "على", "إلى", "و", "أن",
            "کجا", "میتوانم", "چگونه", "در", "از", "به", "را", "که",
        ];
        return words.Select(Fold).ToFrozenSet(StringComparer.Ordinal);
    }
}
