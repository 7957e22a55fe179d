using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Involvim.Web.Infrastructure.Data;

/// <summary>
/// Encrypts the Data Protection key ring at rest with a certificate. The keys live in the database next to what they
/// protect (sign-in cookies, reset links, and the requesters' contact details), so without this anyone who can read the
/// database can read the contacts. <c>DataProtection:CertificatePath</c> (a PKCS#12 file) and
/// <c>DataProtection:CertificatePassword</c> set it; <c>DataProtection:PreviousCertificatePaths</c> (comma separated)
/// keeps keys written under older certificates readable while the certificate is rotated.
/// </summary>
public static class KeyProtection
{
    public const string Section = "DataProtection";

    public static void Configure(IDataProtectionBuilder dataProtection, IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration[$"{Section}:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (environment.IsProduction())
            {
                dataProtection.Services.AddHostedService<UnprotectedKeysWarning>();
            }

            return;
        }

        var password = configuration[$"{Section}:CertificatePassword"];
        var current = Load(path, password);
        var previous = (configuration[$"{Section}:PreviousCertificatePaths"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Load(p, password));
        dataProtection.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. previous]);
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{Section}: the certificate file '{path}' does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{Section}: the certificate '{path}' has no private key, so keys protected with it could not be read back.");
    }

    private sealed class UnprotectedKeysWarning(ILogger<UnprotectedKeysWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning("The Data Protection keys are stored in the database unencrypted: set DataProtection:CertificatePath (README, Configuration).");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
