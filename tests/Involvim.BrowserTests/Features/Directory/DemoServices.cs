using Involvim.Web.Features.Demo;

namespace Involvim.BrowserTests.Features.Directory;

/// <summary>What the demo directory of <c>litija</c> holds (the app's own seed data), as the tests expect to see it.</summary>
internal static class DemoServices
{
    /// <summary>The region's default language: a service without a text in the reader's language shows this one.</summary>
    public const string FallbackLanguage = "sl";

    /// <summary>How many services the demo publishes.</summary>
    public static int Count => DemoDirectory.Services.Length;

    /// <summary>The title of a service as a reader of <paramref name="language"/> sees it.</summary>
    public static string Title(string key, string language) => TitleOf(DemoDirectory.Services.Single(s => s.Key == key), language);

    /// <summary>The titles of the services matching <paramref name="where"/>, in <paramref name="language"/> or the fallback.</summary>
    public static IReadOnlyList<string> Titles(string language, Func<DemoDirectory.Service, bool> where) =>
        DemoDirectory.Services.Where(where).Select(s => TitleOf(s, language)).ToList();

    /// <summary>The titles of the services of a category (e.g. <c>housing</c>).</summary>
    public static IReadOnlyList<string> InCategory(string category, string language) =>
        Titles(language, s => s.Categories.Contains(category));

    /// <summary>The title of a guide as a reader of <paramref name="language"/> sees it.</summary>
    public static string GuideTitle(string slug, string language)
    {
        var texts = DemoDirectory.Guides.Single(g => g.Slug == slug).Texts;
        return (texts.TryGetValue(language, out var text) ? text : texts[FallbackLanguage]).Title;
    }

    private static string TitleOf(DemoDirectory.Service service, string language) =>
        (service.Texts.TryGetValue(language, out var text) ? text : service.Texts[FallbackLanguage]).Name;
}
