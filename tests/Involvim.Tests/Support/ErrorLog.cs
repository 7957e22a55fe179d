using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Involvim.Tests.Support;

/// <summary>
/// Keeps the errors the app logs, so a failing test can say what went wrong on the server; with
/// <see cref="CaptureAll"/> it keeps every message (text and structured values), for tests of what must never be logged.
/// </summary>
public sealed class ErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _all = new();

    public IReadOnlyCollection<string> Errors => _errors;

    public bool CaptureAll { get; set; }

    public IReadOnlyCollection<string> All => _all;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ErrorLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => owner.CaptureAll || logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (owner.CaptureAll)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                owner._all.Enqueue($"{category}: {formatter(state, exception)} {values} {exception}");
            }

            if (logLevel >= LogLevel.Error)
            {
                owner._errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
