using Microsoft.Playwright;

namespace Involvim.BrowserTests.Infrastructure;

/// <summary>Every request that the pages of a browser context send, to check where a page reaches out to.</summary>
public sealed class RequestLog
{
    private readonly List<string> _urls = [];

    public RequestLog(IBrowserContext context)
    {
        context.Request += (_, request) =>
        {
            lock (_urls)
            {
                _urls.Add(request.Url);
            }
        };
    }

    /// <summary>The URLs requested so far, in order.</summary>
    public IReadOnlyList<string> Urls
    {
        get
        {
            lock (_urls)
            {
                return [.. _urls];
            }
        }
    }

    /// <summary>The requested URLs that are not under <paramref name="origin"/> (an origin with a trailing slash).</summary>
    public IReadOnlyList<string> Outside(Uri origin) =>
        Urls.Where(url => !url.StartsWith(origin.ToString(), StringComparison.Ordinal)).ToList();
}
