using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Involvim.BrowserTests.Infrastructure;

/// <summary>Runs axe-core in the page and turns violations into a readable failure.</summary>
public static class Axe
{
    /// <summary>The violations of the page as it is now, one line per rule and target; empty when clean.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations.Select(v => Describe(page.Url, v)).ToList();
    }

    /// <summary>Fails the test with rule id, impact and target selectors of every violation.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, "axe found violations:\n" + string.Join("\n", violations));
    }

    private static string Describe(string url, AxeResultItem violation)
    {
        var text = new StringBuilder();
        text.Append(url).Append(": ").Append(violation.Id).Append(" (").Append(violation.Impact).Append(") ").Append(violation.Help);
        foreach (var node in violation.Nodes)
        {
            text.Append("\n    target ").Append(node.Target).Append(": ").Append(node.Html);
            var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
            foreach (var message in checks.Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)).Distinct(StringComparer.Ordinal))
            {
                text.Append("\n      ").Append(message.ReplaceLineEndings(" "));
            }
        }

        return text.ToString();
    }
}
