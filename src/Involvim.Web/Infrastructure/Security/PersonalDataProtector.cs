using Microsoft.AspNetCore.DataProtection;

namespace Involvim.Web.Infrastructure.Security;

/// <summary>
/// Encrypts what identifies a person at rest (ASP.NET Core Data Protection: AES-256-CBC + HMAC, keys rotated and
/// kept in the database, protected further with a certificate or key file in production, see the README). Each use
/// has its own purpose, so one feature's cipher text cannot be read as another's.
/// </summary>
public abstract class PersonalDataProtector(IDataProtectionProvider provider, string purpose)
{
    private readonly IDataProtector _protector = provider.CreateProtector(purpose);

    public string? Protect(string? value) => string.IsNullOrEmpty(value) ? null : _protector.Protect(value);

    /// <summary>The plain text; null for nothing or for a cipher text that no key reads any more.</summary>
    public string? Unprotect(string? cipher)
    {
        if (string.IsNullOrEmpty(cipher))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(cipher);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
