using System.Collections.Frozen;
using System.Globalization;

namespace Involvim.Web.Infrastructure.Localization;

/// <summary>A shipped user-interface language: its code, its own name (endonym) and its writing direction.</summary>
public sealed record UiLanguage(string Code, string Endonym, bool RightToLeft, string EnglishName)
{
    public string Direction => RightToLeft ? "rtl" : "ltr";

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Code);
}

/// <summary>
/// The UI languages Involvim ships (DESIGN.md §3). To add one, add a line here and a
/// <c>Resources/SharedResource.{code}.resx</c>; the completeness test then tells you what is missing.
/// </summary>
public static class UiLanguages
{
    public const string Fallback = "en";

    public static readonly IReadOnlyList<UiLanguage> All =
    [
        new("sl", "Slovenščina", false, "Slovenian"),
        new("en", "English", false, "English"),
        new("bs", "Bosanski", false, "Bosnian"),
        new("sq", "Shqip", false, "Albanian"),
        new("mk", "Македонски", false, "Macedonian"),
        new("uk", "Українська", false, "Ukrainian"),
        new("ru", "Русский", false, "Russian"),
        new("ne", "नेपाली", false, "Nepali"),
        new("ar", "العربية", true, "Arabic"),
        new("fa", "فارسی", true, "Persian"),
        new("fi", "Suomi", false, "Finnish"),
        new("pt", "Português", false, "Portuguese"),
        new("pl", "Polski", false, "Polish"),
    ];

    private static readonly FrozenDictionary<string, UiLanguage> ByCode =
        All.ToFrozenDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);

    public static bool IsSupported(string? code) => code is not null && ByCode.ContainsKey(code);

    public static UiLanguage Get(string code) =>
        ByCode.TryGetValue(code, out var language) ? language : ByCode[Fallback];

    public static UiLanguage? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code, out var language) ? language : null;

    /// <summary>Picks the best of <paramref name="allowed"/> for an Accept-Language header, or null when nothing matches.</summary>
    public static string? BestMatch(string? acceptLanguage, IReadOnlyCollection<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage))
        {
            return null;
        }

        if (!Microsoft.Net.Http.Headers.StringWithQualityHeaderValue.TryParseList(
                acceptLanguage.Split(',', StringSplitOptions.RemoveEmptyEntries), out var parsed))
        {
            return null;
        }

        foreach (var candidate in parsed.OrderByDescending(p => p.Quality ?? 1.0))
        {
            if (candidate.Quality is 0)
            {
                continue;
            }

            var tag = candidate.Value.Value ?? string.Empty;
            var primary = tag.Split('-', 2)[0];
            var match = allowed.FirstOrDefault(a => string.Equals(a, primary, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match;
            }

            // Serbian and Croatian readers understand Bosnian best of what we ship.
            if (primary is "sr" or "hr" or "sh" && allowed.Contains("bs"))
            {
                return "bs";
            }
        }

        return null;
    }
}
