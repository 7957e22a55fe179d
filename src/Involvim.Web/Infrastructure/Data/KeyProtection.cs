using System.CommandLine;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Involvim.Web.Infrastructure.Cli;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace Involvim.Web.Infrastructure.Data;

/// <summary>
/// Encrypts the Data Protection key ring at rest. The keys live in the database next to what they protect (sign-in
/// cookies, reset links, and the requesters' contact details), so without this anyone who can read the database can
/// read the contacts. Two ways, either is enough:
/// <list type="bullet">
/// <item><c>DataProtection:CertificatePath</c> (PKCS#12) and <c>DataProtection:CertificatePassword</c>;
/// <c>DataProtection:PreviousCertificatePaths</c> (comma separated) keeps older keys readable while rotating.</item>
/// <item><c>DataProtection:KeyFile</c>: a file outside the data directory (e.g. <c>/etc/involvim/keys</c>) with a
/// 256-bit secret, made by the <c>create-key-file</c> verb; every key is sealed with AES-256-GCM under it.
/// <c>DataProtection:PreviousKeyFiles</c> keeps keys sealed under older files readable.</item>
/// </list>
/// Production refuses to start with neither, unless <c>DataProtection:AllowUnprotectedKeys=true</c> says so on purpose.
/// </summary>
public static class KeyProtection
{
    public const string Section = "DataProtection";

    public static void Configure(IDataProtectionBuilder dataProtection, IConfiguration configuration, IHostEnvironment environment)
    {
        dataProtection.Services.AddSingleton<ICliVerb, CreateKeyFileVerb>();
        var certificatePath = configuration[$"{Section}:CertificatePath"];
        var keyFile = configuration[$"{Section}:KeyFile"];
        if (!string.IsNullOrWhiteSpace(certificatePath) && !string.IsNullOrWhiteSpace(keyFile))
        {
            throw new InvalidOperationException($"{Section}: set CertificatePath or KeyFile, not both.");
        }

        if (!string.IsNullOrWhiteSpace(keyFile))
        {
            var dataDirectory = configuration["DataDirectory"] ?? Path.Combine(environment.ContentRootPath, "data");
            var ring = KeyFileRing.Load(keyFile, configuration[$"{Section}:PreviousKeyFiles"], dataDirectory);
            dataProtection.Services.AddSingleton(ring);
            dataProtection.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
                new ConfigureOptions<KeyManagementOptions>(o => o.XmlEncryptor = new KeyFileXmlEncryptor(ring)));
            return;
        }

        if (string.IsNullOrWhiteSpace(certificatePath))
        {
            if (environment.IsProduction())
            {
                dataProtection.Services.AddHostedService<UnprotectedKeysGuard>();
            }

            return;
        }

        var password = configuration[$"{Section}:CertificatePassword"];
        var current = Load(certificatePath, password);
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

    /// <summary>Production without key protection: the server does not start, unless that was chosen explicitly.</summary>
    private sealed class UnprotectedKeysGuard(IConfiguration configuration, ILogger<UnprotectedKeysGuard> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (!configuration.GetValue<bool>($"{Section}:AllowUnprotectedKeys"))
            {
                throw new InvalidOperationException(
                    $"{Section}: the keys that protect contacts and cookies would be stored unencrypted next to them. Set {Section}:KeyFile " +
                    $"(create one with the create-key-file verb) or {Section}:CertificatePath, or {Section}:AllowUnprotectedKeys=true on purpose (README, Production).");
            }

            logger.LogWarning("The Data Protection keys are stored in the database unencrypted ({Section}:AllowUnprotectedKeys=true).", Section);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>The current key-encryption key from <c>DataProtection:KeyFile</c>, and older ones for reading.</summary>
public sealed class KeyFileRing
{
    public const int KeyBytes = 32;

    private readonly Dictionary<string, byte[]> _keys;

    private KeyFileRing(string currentId, Dictionary<string, byte[]> keys)
    {
        CurrentId = currentId;
        _keys = keys;
    }

    /// <summary>A short fingerprint of the current key (not secret), written beside each sealed key.</summary>
    public string CurrentId { get; }

    public byte[] Current => _keys[CurrentId];

    public byte[]? Find(string id) => _keys.GetValueOrDefault(id);

    public static KeyFileRing Load(string path, string? previousPaths, string dataDirectory)
    {
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var current = Read(path, dataDirectory);
        var currentId = Fingerprint(current);
        keys[currentId] = current;
        foreach (var previous in (previousPaths ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = Read(previous, dataDirectory);
            keys.TryAdd(Fingerprint(key), key);
        }

        return new KeyFileRing(currentId, keys);
    }

    private static byte[] Read(string path, string dataDirectory)
    {
        var full = Path.GetFullPath(path);
        var data = Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (full.StartsWith(data, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{KeyProtection.Section}: the key file '{path}' is inside the data directory; keep it apart from the database (e.g. /etc/involvim/keys).");
        }

        if (!File.Exists(full))
        {
            throw new InvalidOperationException($"{KeyProtection.Section}: the key file '{path}' does not exist (create it with: create-key-file --path {path}).");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(File.ReadAllText(full).Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{KeyProtection.Section}: the key file '{path}' is not a base64 key made by create-key-file.");
        }

        return key.Length == KeyBytes ? key : throw new InvalidOperationException($"{KeyProtection.Section}: the key file '{path}' must hold {KeyBytes} bytes.");
    }

    private static string Fingerprint(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 8));

    /// <summary>A new random key in the file's format.</summary>
    public static string NewKeyText() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
}

/// <summary>Seals a key's XML with AES-256-GCM under the key file; the key id is the associated data.</summary>
internal sealed class KeyFileXmlEncryptor(KeyFileRing ring) : IXmlEncryptor
{
    public const string ElementName = "keyFileSealed";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(ring.Current, tag.Length))
        {
            aes.Encrypt(nonce, plain, cipher, tag, System.Text.Encoding.UTF8.GetBytes(ring.CurrentId));
        }

        CryptographicOperations.ZeroMemory(plain);
        var element = new XElement(ElementName,
            new XAttribute("keyId", ring.CurrentId),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(cipher)));
        return new EncryptedXmlInfo(element, typeof(KeyFileXmlDecryptor));
    }
}

/// <summary>Opens what <see cref="KeyFileXmlEncryptor"/> sealed; made by Data Protection with the service provider.</summary>
public sealed class KeyFileXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var ring = services.GetService<KeyFileRing>()
            ?? throw new CryptographicException($"This key is sealed with a key file, and {KeyProtection.Section}:KeyFile is not set.");
        var id = (string?)encryptedElement.Attribute("keyId") ?? "";
        var key = ring.Find(id)
            ?? throw new CryptographicException($"This key is sealed with key file {id}, which is neither {KeyProtection.Section}:KeyFile nor one of PreviousKeyFiles.");
        var nonce = Convert.FromBase64String((string?)encryptedElement.Element("nonce") ?? "");
        var tag = Convert.FromBase64String((string?)encryptedElement.Element("tag") ?? "");
        var cipher = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? "");
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(key, tag.Length);
        aes.Decrypt(nonce, cipher, tag, plain, System.Text.Encoding.UTF8.GetBytes(id));
        try
        {
            return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}

/// <summary><c>create-key-file --path P</c>: writes a new 256-bit key (owner read/write only); never overwrites.</summary>
internal sealed class CreateKeyFileVerb : ICliVerb
{
    public Command Create(IServiceProvider services)
    {
        var pathOption = new Option<string>("--path") { Description = "Where to write the key, outside the data directory (e.g. /etc/involvim/keys).", Required = true };
        var command = new Command("create-key-file", "Create a key file that encrypts the Data Protection keys at rest.") { pathOption };
        command.SetAction(async (result, ct) =>
        {
            var path = Path.GetFullPath(result.GetValue(pathOption)!);
            if (File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"error: {path} exists already; a new key would make the old keys unreadable");
                return 1;
            }

            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var stream = new FileStream(path, options))
            await using (var writer = new StreamWriter(stream))
            {
                await writer.WriteLineAsync(KeyFileRing.NewKeyText().AsMemory(), ct);
            }

            Console.WriteLine($"create-key-file: wrote {path}; set DataProtection__KeyFile={path} on every instance and keep a copy in a safe place");
            return 0;
        });
        return command;
    }
}
