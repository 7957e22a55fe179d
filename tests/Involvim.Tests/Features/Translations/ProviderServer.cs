using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Involvim.Tests.Features.Translations;

/// <summary>
/// A real HTTP server on 127.0.0.1 that speaks the LibreTranslate contract (<c>POST /translate</c>, <c>GET /languages</c>)
/// and the DeepL contract (<c>POST /v2/translate</c>, <c>GET /v2/usage</c>). It "translates" by prefixing the target
/// language; faults (429 with Retry-After, 5xx, a slow answer, malformed JSON) can be queued for the next requests.
/// </summary>
public sealed class ProviderServer : IAsyncDisposable
{
    public const string DeepLKey = "test-deepl-key:fx";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _faults = new();

    private ProviderServer(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>Every request's path and body, in order.</summary>
    public ConcurrentQueue<(string Path, string Body, string? Authorization)> Requests { get; } = new();

    public int TranslateRequests => Requests.Count(r => r.Path is "/translate" or "/v2/translate");

    /// <summary>The next request gets this instead: <c>429</c>, <c>503</c>, <c>slow</c> (5 s), <c>malformed</c>, <c>wrong-shape</c>.</summary>
    public void Fail(string fault, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(fault);
        }
    }

    public static async Task<ProviderServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new ProviderServer(app);
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            context.Request.Body.Position = 0;
            server.Requests.Enqueue((context.Request.Path.Value ?? "", body, context.Request.Headers.Authorization.ToString()));
            if (server._faults.TryDequeue(out var fault))
            {
                switch (fault)
                {
                    case "429":
                        context.Response.StatusCode = 429;
                        context.Response.Headers.RetryAfter = "0";
                        await context.Response.WriteAsync("{\"error\":\"Too many requests\"}");
                        return;
                    case "503":
                        context.Response.StatusCode = 503;
                        return;
                    case "slow":
                        await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                        break;
                    case "malformed":
                        context.Response.ContentType = "application/json";
                        await context.Response.WriteAsync("{\"translatedText\": [\"unterminated");
                        return;
                    case "wrong-shape":
                        context.Response.ContentType = "application/json";
                        await context.Response.WriteAsync("{\"translatedText\": 42, \"translations\": {}}");
                        return;
                }
            }

            await next(context);
        });

        app.MapPost("/translate", async (HttpRequest request) =>
        {
            var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!;
            var target = body["target"]!.GetValue<string>();
            if (body["q"] is JsonArray list)
            {
                return Results.Json(new { translatedText = list.Select(q => $"⟨{target}⟩ {q!.GetValue<string>()}").ToArray() });
            }

            return Results.Json(new { translatedText = $"⟨{target}⟩ {body["q"]!.GetValue<string>()}" });
        });
        app.MapGet("/languages", () => Results.Json(new[] { new { code = "sl", name = "Slovenian", targets = new[] { "uk", "ar", "en" } } }));
        app.MapPost("/v2/translate", async (HttpRequest request) =>
        {
            if (request.Headers.Authorization.ToString() != "DeepL-Auth-Key " + DeepLKey)
            {
                return Results.StatusCode(403);
            }

            var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!;
            var target = body["target_lang"]!.GetValue<string>();
            var texts = body["text"]!.AsArray().Select(t => new { detected_source_language = body["source_lang"]?.GetValue<string>() ?? "SL", text = $"⟨{target}⟩ {t!.GetValue<string>()}" });
            return Results.Json(new { translations = texts.ToArray() });
        });
        app.MapGet("/v2/usage", () => Results.Json(new { character_count = 0, character_limit = 500000 }));
        await app.StartAsync();
        server.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
