using System.Diagnostics;
using System.Text.Json;

namespace Involvim.Tests.Support;

/// <summary>
/// Reads iCalendar text with ical.js (Mozilla's parser, run by Node from tests/tools/ical; test.sh installs it):
/// an independent check of what Involvim writes with Ical.Net. Returns what ical.js understood.
/// </summary>
public static class IcalJs
{
    public sealed record Event(string Uid, string? Status, int? Sequence, DateTime Start, DateTime End, string? Summary, string? Location, string? Url);

    public sealed record Calendar(string? Name, string? Version, IReadOnlyList<Event> Events);

    private static string Tool
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Involvim.slnx")))
            {
                directory = directory.Parent;
            }

            var tool = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Repository root not found."), "tests", "tools", "ical");
            Assert.True(Directory.Exists(Path.Combine(tool, "node_modules", "ical.js")), "ical.js is not installed: run 'npm ci' in tests/tools/ical (test.sh does)");
            return tool;
        }
    }

    public static async Task<Calendar> ParseAsync(string text)
    {
        var file = Path.Combine(Path.GetTempPath(), $"involvim-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(file, text);
        try
        {
            var tool = Tool;
            using var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(tool, "check.mjs"), file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = tool,
            })!;
            var output = node.StandardOutput.ReadToEndAsync();
            var error = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            Assert.True(node.ExitCode == 0, $"ical.js refused the calendar: {await error}\n{text}");
            return JsonSerializer.Deserialize<Calendar>(await output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
