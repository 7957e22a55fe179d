using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Involvim.Tests.Support;
using Involvim.Web.Features.Help;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Jobs;
using Involvim.Web.Infrastructure.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Features.Help;

/// <summary>
/// Texts to requesters who chose a phone or a messenger go through the outbox to the HTTP webhook gateway; the
/// outbox holds only a reference, the number is decrypted at send time, and an erased contact is never texted.
/// </summary>
public sealed class TextGatewayTests : IAsyncLifetime
{
    private const string Secret = "test-webhook-secret";
    private readonly ConcurrentQueue<(string Body, string? Signature)> _received = new();
    private WebApplication? _gateway;
    private TestDatabase? _database;
    private InvolvimApp? _app;

    private InvolvimApp App => _app!;

    public async ValueTask InitializeAsync()
    {
        // A stand-in for the SMS/messenger provider: records what it receives.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _gateway = builder.Build();
        _gateway.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            _received.Enqueue((await reader.ReadToEndAsync(), request.Headers["X-Involvim-Signature"].ToString()));
            return Results.Ok();
        });
        await _gateway.StartAsync();
        var address = _gateway.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        _app = new InvolvimApp(_database, new Dictionary<string, string?>
        {
            ["Messaging:WebhookUrl"] = address + "/hook",
            ["Messaging:WebhookSecret"] = Secret,
        });
        _ = _app.Server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
    }

    [Fact]
    public async Task MessageToAWhatsAppRequester_IsSignedAndSentWithTheDecryptedNumber_ButNotAfterErasure()
    {
        var submitted = await App.Anonymous().PostAsJsonAsync("/api/v1/regions/litija/help-requests?lang=uk", new
        {
            category = "housing",
            description = "Житло",
            languages = new[] { "uk" },
            contact = new { method = "whatsapp", value = "+380 67 123 4567" },
            consent = true,
        });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var answer = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        var code = answer.GetProperty("trackingCode").GetString()!;
        Assert.Equal("whatsapp", answer.GetProperty("codeSentTo").GetString());
        var id = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().Where(r => r.TrackingCodeHash == TrackingCodes.Hash(code)).Select(r => r.Id).SingleAsync());

        // The code itself went out first, sealed: not readable in the outbox before it is sent, blank after.
        var dispatcher = App.Services.GetRequiredService<OutboxDispatcher>();
        var sealedCode = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.SingleAsync(m => m.Kind == "help-code"));
        Assert.True(sealedCode.Sealed);
        Assert.DoesNotContain(code, sealedCode.BodyText, StringComparison.Ordinal);
        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        Assert.True(_received.TryDequeue(out var codeText));
        Assert.Contains(code, JsonDocument.Parse(codeText.Body).RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("", await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.Where(m => m.Id == sealedCode.Id).Select(m => m.BodyText).SingleAsync()));

        await CoordinatorWritesAsync(id, "Ми знайшли для вас волонтера.");
        var queued = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.Where(m => m.Channel == OutboxChannels.WhatsApp && m.Kind != "help-code").ToListAsync());
        var message = Assert.Single(queued);
        Assert.Equal(HelpContactResolver.Reference(id), message.To);
        Assert.DoesNotContain("1234567", message.BodyText + message.To, StringComparison.Ordinal);
        Assert.DoesNotContain(code, message.BodyText, StringComparison.Ordinal);

        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        Assert.True(_received.TryDequeue(out var received));
        var json = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal("whatsapp", json.GetProperty("channel").GetString());
        Assert.Equal("+380671234567", json.GetProperty("to").GetString());
        Assert.Contains("/litija/uk/help/track", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(received.Body))), received.Signature);

        // After the retention job erased the contact, a queued text gives up at once and reaches nobody.
        await CoordinatorWritesAsync(id, "Ще одне повідомлення.");
        await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, HelpStatus.Cancelled).SetProperty(r => r.ClosedAt, DateTime.UtcNow.AddDays(-400))));
        var retention = App.Services.GetServices<IRecurringJob>().Single(j => j.Name == "help-retention");
        await App.WithScopeAsync(sp => retention.RunAsync(sp, CancellationToken.None));
        Assert.Equal(0, await dispatcher.DispatchDueAsync());
        Assert.Empty(_received);
        var failed = await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.Where(m => m.Channel == OutboxChannels.WhatsApp && m.FailedAt != null).CountAsync());
        // The retention erased the lookup too: "I lost my code" no longer finds the request.
        Assert.Null(await App.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.ContactLookup).SingleAsync()));
        Assert.Equal(1, failed);
    }

    private Task CoordinatorWritesAsync(Guid id, string text) => HelpRequestTests.InRegionAsync(App, async (sp, db) =>
    {
        var request = await db.HelpRequests.Include(r => r.Messages).SingleAsync(r => r.Id == id);
        return await sp.GetRequiredService<HelpWorkflow>().AddMessageAsync(request, MessageAuthor.Coordinator, null, text, CancellationToken.None);
    });
}
