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

    /// <summary>Submits a page's Save form (<c>main form[action*=Save]</c>) as it stands with some fields changed, to its own action.</summary>
    public static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string pageUrl, params (string Name, string Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(client);
        const string form = "main form[action*=Save]";
        var html = await client.GetStringAsync(pageUrl);
        var action = Parse(html).QuerySelector(form)?.GetAttribute("action") ?? throw new InvalidOperationException($"{pageUrl} has no Save form.");
        return await client.PostAsync(action, new FormUrlEncodedContent(CurrentValues(html, form).With(changes)));
    }

    /// <summary>POSTs a page handler (<c>?handler=Approve</c>) with nothing but the page's antiforgery token, as its button does.</summary>
    public static async Task<HttpResponseMessage> PostHandlerAsync(HttpClient client, string pageUrl, string handler)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = Token(await client.GetStringAsync(pageUrl));
        return await client.PostAsync($"{pageUrl}?handler={handler}", new FormUrlEncodedContent([KeyValuePair.Create(AntiforgeryField, token)]));
    }

    /// <summary>What a browser would submit for the form as it stands (text, hidden, checked boxes, selected options, textareas).</summary>
    public static List<KeyValuePair<string, string>> CurrentValues(string html, string formSelector = "main form[method=post]")
    {
        var form = Parse(html).QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form {formSelector}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        values.Add(KeyValuePair.Create(name, input.Value));
                    }

                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Type is "submit" or "button":
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input:
                    values.Add(KeyValuePair.Create(name, input.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select:
                    values.Add(KeyValuePair.Create(name, select.Value ?? ""));
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement textarea:
                    values.Add(KeyValuePair.Create(name, textarea.Value));
                    break;
            }
        }

        return values;
    }

    /// <summary>Replaces (or adds) single-valued fields.</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> values, params (string Name, string Value)[] changes)
    {
        foreach (var (name, value) in changes)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(KeyValuePair.Create(name, value));
        }

        return values;
    }
}
