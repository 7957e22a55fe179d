using System.Globalization;
using Involvim.Web.Infrastructure.Localization;

namespace Involvim.Web.Features.Directory;

/// <summary>Names of the languages a service is delivered in, as their speakers write them.</summary>
public static class LanguageNames
{
    public static string Native(string code)
    {
        if (UiLanguages.Find(code) is { } ui)
        {
            return ui.Endonym;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            var name = culture.NativeName;
            // Only the first letter: title case would write "O‘Zbek" for o‘zbek.
            return string.IsNullOrEmpty(name) || culture.ThreeLetterISOLanguageName == "ivl" ? code : char.ToUpper(name[0], culture) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    /// <summary>The language's name in the reader's language ("Slovenian", "словенська", "السلوفانية"), from ICU.</summary>
    public static string InReaderLanguage(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.ThreeLetterISOLanguageName == "ivl" || string.IsNullOrEmpty(culture.DisplayName) ? Native(code) : culture.DisplayName;
        }
        catch (CultureNotFoundException)
        {
            return Native(code);
        }
    }

    /// <summary>A plausible ISO 639-1 code (two lower-case letters) that this machine knows.</summary>
    public static bool IsKnown(string? code)
    {
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetterLower))
        {
            return false;
        }

        try
        {
            return CultureInfo.GetCultureInfo(code).ThreeLetterISOLanguageName != "ivl";
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
