using Microsoft.Playwright;

namespace Involvim.BrowserTests.Infrastructure;

/// <summary>Base of every browser test: a new context and page per test, closed afterwards.</summary>
public abstract class BrowserTest(BrowserFixture app) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private IPage? _page;

    protected BrowserFixture App => app;

    protected IPage Page => _page ?? throw new InvalidOperationException("The page is opened in InitializeAsync.");

    protected IBrowserContext Context => _context ?? throw new InvalidOperationException("The context is opened in InitializeAsync.");

    public async ValueTask InitializeAsync()
    {
        _context = await app.NewContextAsync();
        _page = await _context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Opens a path of the app and checks that it answered 200.</summary>
    protected async Task<IResponse> OpenAsync(string path)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        Assert.True(response.Status == 200, $"GET {path} answered {response.Status}.");
        return response;
    }

    protected Task<string?> HtmlAttributeAsync(string name) => Page.Locator("html").GetAttributeAsync(name);
}
