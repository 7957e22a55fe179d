using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Involvim.Tests.Support;
using Involvim.Web.Features.Help;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Infrastructure;

/// <summary>
/// With <c>DataProtection:CertificatePath</c> the key ring in the database is encrypted, so a copy of the database
/// alone does not reveal the requesters' contacts; the app with the certificate reads them as before.
/// </summary>
public sealed class KeyProtectionTests : IAsyncLifetime
{
    private TestDatabase? _database;
    private string _certificate = "";

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Involvim key protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        _certificate = Path.Combine(_database.Directory, "keys.pfx");
        await File.WriteAllBytesAsync(_certificate, certificate.Export(X509ContentType.Pkcs12, "test-password"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task KeysAreEncryptedWithTheCertificate_AndOnlyAnAppWithItReadsTheContacts()
    {
        const string phone = "+38640555444";
        string cipher;
        await using (var app = new InvolvimApp(_database!, new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = _certificate,
            ["DataProtection:CertificatePassword"] = "test-password",
        }))
        {
            cipher = await SubmitAsync(app, phone);
            var keys = await app.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            });

            Assert.Equal(phone, app.Services.GetRequiredService<ContactProtector>().Unprotect(cipher));
        }

        // The same database without the certificate (a stolen copy, or a misconfigured instance) cannot read it.
        await using (var stranger = new InvolvimApp(_database!))
        {
            Assert.Null(stranger.Services.GetRequiredService<ContactProtector>().Unprotect(cipher));
        }
    }

    [Fact]
    public async Task AMissingCertificateFile_StopsTheAppAtStart_InsteadOfWritingUnprotectedKeys()
    {
        await using var app = new InvolvimApp(_database!, new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = _certificate + ".missing" });
        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("does not exist", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysAreSealedWithTheKeyFile_AndOnlyAnAppWithItReadsTheContacts()
    {
        var keyFile = Path.Combine(Path.GetTempPath(), "involvim-keyfile-" + Guid.NewGuid().ToString("N"));
        try
        {
            await File.WriteAllTextAsync(keyFile, KeyFileRing.NewKeyText());
            var settings = new Dictionary<string, string?> { ["DataProtection:KeyFile"] = keyFile };
            string cipher;
            await using (var app = new InvolvimApp(_database!, settings))
            {
                cipher = await SubmitAsync(app, "+38640555111");
                var keys = await app.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
                Assert.NotEmpty(keys);
                Assert.All(keys, xml =>
                {
                    Assert.Contains("keyFileSealed", xml, StringComparison.Ordinal);
                    Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
                });
            }

            // Restarted with the same file: the contact is read back.
            await using (var again = new InvolvimApp(_database!, settings))
            {
                Assert.Equal("+38640555111", again.Services.GetRequiredService<ContactProtector>().Unprotect(cipher));
            }

            // A copy of the database without the key file reads nothing.
            await using (var stranger = new InvolvimApp(_database!))
            {
                Assert.Null(stranger.Services.GetRequiredService<ContactProtector>().Unprotect(cipher));
            }
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    [Fact]
    public async Task AKeyFileInsideTheDataDirectory_OrMissing_StopsTheAppAtStart()
    {
        var inside = Path.Combine(_database!.Directory, "keys");
        await File.WriteAllTextAsync(inside, KeyFileRing.NewKeyText());
        await using (var app = new InvolvimApp(_database, new Dictionary<string, string?> { ["DataProtection:KeyFile"] = inside }))
        {
            Assert.Contains("inside the data directory", Assert.ThrowsAny<Exception>(() => app.Services).ToString(), StringComparison.Ordinal);
        }

        await using (var app = new InvolvimApp(_database, new Dictionary<string, string?> { ["DataProtection:KeyFile"] = "/nonexistent/involvim/keys" }))
        {
            Assert.Contains("does not exist", Assert.ThrowsAny<Exception>(() => app.Services).ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Production_WithoutKeyProtection_RefusesToStart_UnlessAllowedExplicitly()
    {
        var production = new Dictionary<string, string?> { ["AllowedHosts"] = "localhost", ["Database:SeedDemo"] = "false" };
        await using (var app = new InvolvimApp(_database!, production, environment: "Production"))
        {
            Assert.Contains("AllowUnprotectedKeys", Assert.ThrowsAny<Exception>(() => app.Server).ToString(), StringComparison.Ordinal);
        }

        production["DataProtection:AllowUnprotectedKeys"] = "true";
        await using (var allowed = new InvolvimApp(_database!, production, environment: "Production"))
        {
            var response = await allowed.Anonymous().GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Production_RefusesAllowedHostsStar()
    {
        await using var app = new InvolvimApp(_database!, new Dictionary<string, string?> { ["DataProtection:AllowUnprotectedKeys"] = "true" }, environment: "Production");
        Assert.Contains("AllowedHosts", Assert.ThrowsAny<Exception>(() => app.Server).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateKeyFileVerb_WritesAKeyOnce()
    {
        var path = Path.Combine(Path.GetTempPath(), "involvim-verb-" + Guid.NewGuid().ToString("N"), "keys");
        try
        {
            var first = await CliProcess.RunAsync(_database!, "create-key-file", "--path", path);
            Assert.Equal(0, first.ExitCode);
            Assert.Equal(32, Convert.FromBase64String((await File.ReadAllTextAsync(path)).Trim()).Length);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }

            var second = await CliProcess.RunAsync(_database!, "create-key-file", "--path", path);
            Assert.NotEqual(0, second.ExitCode);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private static async Task<string> SubmitAsync(InvolvimApp app, string phone)
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/regions/litija/help-requests", new
        {
            category = "health",
            description = "A doctor who speaks Nepali",
            languages = new[] { "ne" },
            contact = new { method = "phone", value = phone },
            consent = true,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var code = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString()!;
        return await app.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().Where(r => r.TrackingCodeHash == TrackingCodes.Hash(code)).Select(r => r.ContactCipher!).SingleAsync());
    }
}
