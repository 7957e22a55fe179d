using System.CommandLine;

namespace Involvim.Web.Infrastructure.Cli;

/// <summary>One command-line verb (<c>./run.sh VERB ...</c>). Features register theirs with <c>AddSingleton&lt;ICliVerb, ...&gt;</c>.</summary>
public interface ICliVerb
{
    Command Create(IServiceProvider services);
}

/// <summary>Thrown by a verb to end with a one-line reason and a non-zero exit code.</summary>
public sealed class CliFailure(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

public static class CliVerbs
{
    /// <summary>
    /// What the host's configuration may read: for a verb only the <c>--PascalCase=Value</c> switches (the host
    /// would otherwise take an absolute FILE path like <c>/tmp/x.json</c> for a switch and eat the next argument).
    /// </summary>
    public static string[] HostArguments(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') ? args.Where(IsHostSwitch).ToArray() : args;

    private static bool IsHostSwitch(string arg) =>
        arg.Length > 2 && arg.StartsWith("--", StringComparison.Ordinal) && char.IsUpper(arg[2]) && arg.Contains('=', StringComparison.Ordinal);

    /// <summary>
    /// When the first argument names a verb, runs it against the app's services (same configuration and
    /// database as the web app, no web server) and returns its exit code; otherwise returns null.
    /// </summary>
    public static async Task<int?> RunCliVerbAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        var verbs = app.Services.GetServices<ICliVerb>().Select(v => v.Create(app.Services)).ToList();
        if (verbs.All(v => v.Name != args[0]))
        {
            await Console.Error.WriteLineAsync($"error: unknown verb '{args[0]}'; known verbs: {string.Join(", ", verbs.Select(v => v.Name).Order(StringComparer.Ordinal))}");
            return 2;
        }

        var root = new RootCommand("Involvim command-line verbs");
        foreach (var verb in verbs)
        {
            root.Subcommands.Add(verb);
        }

        // Configuration switches (--Database:Provider=Postgres, --DataDirectory=...: PascalCase keys) belong to
        // the host, not to the verb, whose options are lower-case (--email).
        var verbArgs = args.Where(a => !IsHostSwitch(a)).ToArray();
        var parse = root.Parse(verbArgs);
        if (parse.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync("error: " + parse.Errors[0].Message);
            return 2;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliFailure failure)
        {
            await Console.Error.WriteLineAsync("error: " + failure.Message);
            return failure.ExitCode;
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync("error: " + ex.GetBaseException().Message.ReplaceLineEndings(" "));
            return 1;
        }
    }
}
