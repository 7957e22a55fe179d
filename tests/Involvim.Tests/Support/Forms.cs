using AngleSharp.Html.Parser;

namespace Involvim.Tests.Support;

/// <summary>Fills and posts server-rendered forms the way a browser without JavaScript does.</summary>
public static class Forms
{
    public const string AntiforgeryField = "__af";

    private static readonly HtmlParser Parser = new();

    public static string Token(string html)
    {
        var document = Parser.ParseDocument(html);
        return document.QuerySelector($"input[name={AntiforgeryField}]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The page has no antiforgery token.");
    }

    /// <summary>GETs the page, takes its antiforgery token and POSTs the fields to <paramref name="action"/> (default: the same URL).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, Dictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        fields[AntiforgeryField] = Token(html);
        return await client.PostAsync(action ?? pageUrl, new FormUrlEncodedContent(fields));
    }

    public static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}
