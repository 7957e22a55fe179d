using Ganss.Xss;
using Markdig;

namespace Involvim.Web.Infrastructure.Content;

/// <summary>
/// Guide bodies and event descriptions are Markdown written by staff. Raw HTML in the Markdown is shown as text, the result is
/// sanitized (no script, no style, no images or frames that would load from another origin), and outside
/// links open without a referrer.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>True when the text tries to carry markup we would remove (script, frames, event handlers...).</summary>
    public static bool ContainsUnsafeMarkup(string markdown) =>
        markdown.Contains("<script", StringComparison.OrdinalIgnoreCase) ||
        markdown.Contains("<iframe", StringComparison.OrdinalIgnoreCase) ||
        markdown.Contains("javascript:", StringComparison.OrdinalIgnoreCase) ||
        markdown.Contains("<object", StringComparison.OrdinalIgnoreCase) ||
        markdown.Contains("<embed", StringComparison.OrdinalIgnoreCase);

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "a", "blockquote", "code", "pre",
                "table", "thead", "tbody", "tr", "th", "td", "hr", "del", "ins", "sup", "sub",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "colspan", "rowspan" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "https", "http", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor && anchor.Href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                anchor.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
