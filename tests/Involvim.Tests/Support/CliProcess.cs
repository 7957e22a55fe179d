using System.Diagnostics;

namespace Involvim.Tests.Support;

/// <summary>Runs a CLI verb as an operator does: <c>dotnet Involvim.Web.dll VERB ...</c> in its own process, on a test database.</summary>
public static class CliProcess
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = database.Directory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Involvim.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--ConnectionStrings:Involvim={database.ConnectionString}");
        start.ArgumentList.Add($"--DataDirectory={database.Directory}");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        start.ArgumentList.Add("--Logging:Console:FormatterName=simple");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
