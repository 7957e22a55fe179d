using Involvim.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Involvim.BrowserTests.Features.Directory;

/// <summary>One service (<c>/{region}/{lang}/services/{id}</c>): name, facts, contact, place with map link, hours, share.</summary>
public sealed class ServicePage(IPage page, BrowserFixture app, string language)
{
    public ILocator Heading => page.Locator("main h1");

    public ILocator Hours => page.Locator("main table.hours");

    public ILocator MapLink => page.GetByRole(AriaRole.Link, new() { Name = app.Text(language, "Service.Map"), Exact = true });

    public ILocator ShareUrl => page.Locator("#share-url");

    public async Task<string> NameAsync() => (await Heading.InnerTextAsync()).Trim();
}
