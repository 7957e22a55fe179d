using System.Globalization;
using Involvim.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Involvim.Web.Infrastructure.Web;

/// <summary>
/// Every element that names a language also gets that language's writing direction, unless it says one itself. A
/// Slovenian guide on an Arabic page (<c>lang="sl"</c>) is laid out left to right with its full stops where they
/// belong, and an Arabic name inside it right to left. The one place this rule lives.
/// </summary>
[HtmlTargetElement("p", Attributes = "lang")]
[HtmlTargetElement("span", Attributes = "lang")]
[HtmlTargetElement("a", Attributes = "lang")]
[HtmlTargetElement("div", Attributes = "lang")]
[HtmlTargetElement("article", Attributes = "lang")]
[HtmlTargetElement("section", Attributes = "lang")]
[HtmlTargetElement("aside", Attributes = "lang")]
[HtmlTargetElement("li", Attributes = "lang")]
[HtmlTargetElement("dd", Attributes = "lang")]
[HtmlTargetElement("dt", Attributes = "lang")]
[HtmlTargetElement("td", Attributes = "lang")]
[HtmlTargetElement("th", Attributes = "lang")]
[HtmlTargetElement("h1", Attributes = "lang")]
[HtmlTargetElement("h2", Attributes = "lang")]
[HtmlTargetElement("h3", Attributes = "lang")]
[HtmlTargetElement("h4", Attributes = "lang")]
[HtmlTargetElement("strong", Attributes = "lang")]
[HtmlTargetElement("em", Attributes = "lang")]
[HtmlTargetElement("label", Attributes = "lang")]
[HtmlTargetElement("fieldset", Attributes = "lang")]
[HtmlTargetElement("legend", Attributes = "lang")]
[HtmlTargetElement("blockquote", Attributes = "lang")]
[HtmlTargetElement("ul", Attributes = "lang")]
[HtmlTargetElement("ol", Attributes = "lang")]
[HtmlTargetElement("bdi", Attributes = "lang")]
[HtmlTargetElement("small", Attributes = "lang")]
[HtmlTargetElement("option", Attributes = "lang")]
[HtmlTargetElement("textarea", Attributes = "lang")]
[HtmlTargetElement("caption", Attributes = "lang")]
[HtmlTargetElement("figcaption", Attributes = "lang")]
[HtmlTargetElement("summary", Attributes = "lang")]
[HtmlTargetElement("details", Attributes = "lang")]
[HtmlTargetElement("main", Attributes = "lang")]
[HtmlTargetElement("header", Attributes = "lang")]
[HtmlTargetElement("footer", Attributes = "lang")]
[HtmlTargetElement("nav", Attributes = "lang")]
[HtmlTargetElement("dl", Attributes = "lang")]
[HtmlTargetElement("table", Attributes = "lang")]
[HtmlTargetElement("thead", Attributes = "lang")]
[HtmlTargetElement("tbody", Attributes = "lang")]
[HtmlTargetElement("tr", Attributes = "lang")]
[HtmlTargetElement("form", Attributes = "lang")]
[HtmlTargetElement("button", Attributes = "lang")]
[HtmlTargetElement("time", Attributes = "lang")]
[HtmlTargetElement("address", Attributes = "lang")]
[HtmlTargetElement("q", Attributes = "lang")]
[HtmlTargetElement("cite", Attributes = "lang")]
[HtmlTargetElement("abbr", Attributes = "lang")]
[HtmlTargetElement("b", Attributes = "lang")]
[HtmlTargetElement("i", Attributes = "lang")]
[HtmlTargetElement("code", Attributes = "lang")]
[HtmlTargetElement("pre", Attributes = "lang")]
[HtmlTargetElement("mark", Attributes = "lang")]
[HtmlTargetElement("ins", Attributes = "lang")]
[HtmlTargetElement("del", Attributes = "lang")]
[HtmlTargetElement("figure", Attributes = "lang")]
public sealed class LanguageDirectionTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.TagName is "html" or null || output.Attributes.ContainsName("dir") ||
            output.Attributes["lang"]?.Value?.ToString() is not { Length: > 0 } language)
        {
            return;
        }

        output.Attributes.SetAttribute("dir", ScriptDirection.Of(language));
    }
}

/// <summary>Writing direction and list punctuation of a language, for content as well as the UI.</summary>
public static class ScriptDirection
{
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase) { "ar", "fa", "he", "ur", "ps", "ckb", "dv", "yi", "sd", "ug" };

    public static string Of(string language)
    {
        var code = language.Split('-', 2)[0];
        return UiLanguages.Find(code)?.Direction ?? (RightToLeft.Contains(code) ? "rtl" : "ltr");
    }

    /// <summary>How the current culture separates items of a list in prose: ", ", or "، " in Arabic and Persian.</summary>
    public static string ListSeparator =>
        CultureInfo.CurrentCulture.TwoLetterISOLanguageName is "ar" or "fa" or "ur" or "ps" ? "، " : ", ";

    /// <summary>Joins items the way the current culture writes a list in prose ("a, b, c"; Arabic and Persian "a، b، c").</summary>
    public static string JoinList(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return string.Join(ListSeparator, items);
    }
}
