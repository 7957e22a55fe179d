using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Infrastructure.Data;

/// <summary>
/// A random secret the application made for itself (e.g. the key of a blind index), stored encrypted with Data
/// Protection: a copy of the database without the key ring (see <see cref="KeyProtection"/>) cannot use it.
/// </summary>
public sealed class AppSecret
{
    public string Name { get; set; } = "";

    public string ProtectedValue { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

internal sealed class AppSecretConfiguration : IEntityTypeConfiguration<AppSecret>
{
    public void Configure(EntityTypeBuilder<AppSecret> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
        builder.Property(s => s.ProtectedValue).HasMaxLength(2000);
    }
}

/// <summary>Loads (or, the first time, creates) the application's secrets; every instance gets the same bytes.</summary>
public sealed class AppSecrets(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Involvim.AppSecrets.v1");
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>32 random bytes under <paramref name="name"/>, the same on every instance and after every restart.</summary>
    public async Task<byte[]> GetAsync(string name, CancellationToken ct)
    {
        if (_cache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_cache.TryGetValue(name, out var known))
            {
                return known;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var stored = await db.AppSecrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == name, ct);
                if (stored is not null)
                {
                    return _cache[name] = _protector.Unprotect(Convert.FromBase64String(stored.ProtectedValue));
                }

                var value = RandomNumberGenerator.GetBytes(32);
                db.AppSecrets.Add(new AppSecret { Name = name, ProtectedValue = Convert.ToBase64String(_protector.Protect(value)), CreatedAt = clock.GetUtcNow().UtcDateTime });
                try
                {
                    await db.SaveChangesAsync(ct);
                    return _cache[name] = value;
                }
                catch (DbUpdateException)
                {
                    // Another instance made it first: use theirs.
                    db.ChangeTracker.Clear();
                }
            }

            throw new InvalidOperationException($"The secret {name} could not be stored or read.");
        }
        finally
        {
            _gate.Release();
        }
    }
}
