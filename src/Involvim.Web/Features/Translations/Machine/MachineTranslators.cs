using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Involvim.Web.Features.Translations.Machine;

/// <summary>Why a provider gave no translation: a short code for the ledger and a resource key for the page.</summary>
public sealed class MachineTranslationException(string reason, string? detail = null)
    : Exception($"Machine translation failed: {reason} {detail}".Trim())
{
    public string Reason { get; } = reason;
}

/// <summary>Where and how to reach a region's provider.</summary>
public sealed record ProviderAccess(string Provider, string Endpoint, string? ApiKey);

/// <summary>One machine translation provider's HTTP contract. Throws <see cref="MachineTranslationException"/> on every failure.</summary>
public interface IMachineTranslator
{
    string Provider { get; }

    /// <summary>Whether the provider translates between the two languages (without asking it, where the list is known).</summary>
    bool Supports(string from, string to);

    /// <summary>The texts translated, in the same order.</summary>
    Task<IReadOnlyList<string>> TranslateAsync(ProviderAccess access, string from, string to, IReadOnlyList<string> texts, CancellationToken ct);
}

/// <summary>Retries, timeouts and backoff for provider calls (configuration section <c>MachineTranslation</c>).</summary>
public sealed class MachineTranslationOptions
{
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A provider's <c>Retry-After</c> is honoured up to this long.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Sends a provider request with retries with exponential backoff on 429, 5xx, timeouts and broken connections.</summary>
public sealed class ProviderHttp(HttpClient http, Microsoft.Extensions.Options.IOptions<MachineTranslationOptions> options)
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = Build(options.Value);

    public async Task<JsonNode> SendAsync(Func<HttpRequestMessage> request, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(async token => await http.SendAsync(request(), HttpCompletionOption.ResponseContentRead, token), ct);
        }
        catch (TimeoutRejectedException)
        {
            throw new MachineTranslationException("timeout");
        }
        catch (HttpRequestException e)
        {
            throw new MachineTranslationException("unreachable", e.Message);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new MachineTranslationException(response.StatusCode switch
                {
                    HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "unauthorized",
                    (HttpStatusCode)456 => "provider-quota",
                    _ => ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture),
                });
            }

            try
            {
                return await response.Content.ReadFromJsonAsync<JsonNode>(ct) ?? throw new MachineTranslationException("malformed");
            }
            catch (JsonException)
            {
                throw new MachineTranslationException("malformed");
            }
        }
    }

    private static ResiliencePipeline<HttpResponseMessage> Build(MachineTranslationOptions o) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, o.MaxRetries),
                Delay = o.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500),
                DelayGenerator = args =>
                {
                    var after = args.Outcome.Result?.Headers.RetryAfter;
                    var delay = after?.Delta ?? (after?.Date is { } date ? date - DateTimeOffset.UtcNow : (TimeSpan?)null);
                    return ValueTask.FromResult(delay is { } d && d > TimeSpan.Zero ? (TimeSpan?)(d < o.MaxRetryAfter ? d : o.MaxRetryAfter) : null);
                },
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(o.AttemptTimeout)
            .Build();
}

/// <summary>The LibreTranslate API: <c>POST /translate</c> with <c>q</c> as a list.</summary>
public sealed class LibreTranslateTranslator(ProviderHttp http) : IMachineTranslator
{
    public string Provider => MachineProviders.LibreTranslate;

    public bool Supports(string from, string to) => true;

    public async Task<IReadOnlyList<string>> TranslateAsync(ProviderAccess access, string from, string to, IReadOnlyList<string> texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(texts);
        var body = new JsonObject { ["q"] = new JsonArray([.. texts.Select(t => JsonValue.Create(t))]), ["source"] = from, ["target"] = to, ["format"] = "text" };
        if (!string.IsNullOrEmpty(access.ApiKey))
        {
            body["api_key"] = access.ApiKey;
        }

        var answer = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, Url(access.Endpoint, "translate")) { Content = JsonContent.Create(body) }, ct);
        var translated = answer["translatedText"];
        var list = translated switch
        {
            JsonArray array => array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).ToList(),
            JsonValue single when texts.Count == 1 && single.TryGetValue<string>(out var s) => [s],
            _ => null,
        };
        return list is not null && list.Count == texts.Count && list.All(s => s is not null) ? list.Select(s => s!).ToList() : throw new MachineTranslationException("malformed");
    }

    internal static Uri Url(string endpoint, string path) => new(new Uri(endpoint.TrimEnd('/') + "/"), path);
}

/// <summary>The DeepL API: <c>POST /v2/translate</c> with the key in the <c>Authorization</c> header.</summary>
public sealed class DeepLTranslator(ProviderHttp http) : IMachineTranslator
{
    // DeepL's languages among the platform's (source and target); it has no Bosnian, Albanian, Macedonian, Nepali or Persian.
    private static readonly HashSet<string> Languages = new(["sl", "en", "uk", "ru", "ar", "fi", "pt", "pl"], StringComparer.OrdinalIgnoreCase);

    public string Provider => MachineProviders.DeepL;

    public bool Supports(string from, string to) => Languages.Contains(from) && Languages.Contains(to);

    public async Task<IReadOnlyList<string>> TranslateAsync(ProviderAccess access, string from, string to, IReadOnlyList<string> texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(texts);
        if (!Supports(from, to))
        {
            throw new MachineTranslationException("unsupported");
        }

        var body = new JsonObject
        {
            ["text"] = new JsonArray([.. texts.Select(t => JsonValue.Create(t))]),
            ["source_lang"] = from.ToUpperInvariant(),
            ["target_lang"] = Target(to),
        };
        var answer = await http.SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, LibreTranslateTranslator.Url(access.Endpoint, "v2/translate")) { Content = JsonContent.Create(body) };
            request.Headers.TryAddWithoutValidation("Authorization", "DeepL-Auth-Key " + access.ApiKey);
            return request;
        }, ct);
        var list = (answer["translations"] as JsonArray)?.Select(n => n?["text"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).ToList();
        return list is not null && list.Count == texts.Count && list.All(s => s is not null) ? list.Select(s => s!).ToList() : throw new MachineTranslationException("malformed");
    }

    /// <summary>DeepL wants a variant for English and Portuguese targets.</summary>
    private static string Target(string to) => to.ToLowerInvariant() switch
    {
        "en" => "EN-GB",
        "pt" => "PT-PT",
        _ => to.ToUpperInvariant(),
    };
}

/// <summary>The demo's stand-in: returns the text marked with the language pair. Refused for every region that is not a demo region.</summary>
public sealed class DemoFakeTranslator : IMachineTranslator
{
    public string Provider => MachineProviders.DemoFake;

    public bool Supports(string from, string to) => true;

    public Task<IReadOnlyList<string>> TranslateAsync(ProviderAccess access, string from, string to, IReadOnlyList<string> texts, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(texts.Select(t => $"[{from}→{to}, demo] {t}").ToList());
}
