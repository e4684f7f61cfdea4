using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RecordingStudio.TestSupport;

/// <summary>What an app under test logs, to check that a handled situation is not reported as an error; with the scopes each line was logged in.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

    /// <summary>Each line's message and the key/value pairs of the scopes around it.</summary>
    public ConcurrentQueue<(string Message, IReadOnlyDictionary<string, object?> Scope)> Scoped { get; } = new();

    public IEnumerable<string> Errors => Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message}");

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs._scopes.Push(state);
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception) + (exception is null ? "" : " " + exception);
            logs.Entries.Enqueue((category, logLevel, message));
            var scope = new Dictionary<string, object?>();
            logs._scopes.ForEachScope((value, into) =>
            {
                if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (key, item) in pairs) into[key] = item;
            }, scope);
            logs.Scoped.Enqueue((message, scope));
        }
    }
}
