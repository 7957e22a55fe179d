using Microsoft.AspNetCore.DataProtection;

namespace Involvim.Web.Features.Help;

/// <summary>
/// Encrypts requesters' contact details at rest (ASP.NET Core Data Protection: AES-256-CBC + HMAC, keys rotated
/// and kept in the database; protect them further with a certificate in production, see the README).
/// </summary>
public sealed class ContactProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Involvim.Help.Contact.v1");

    public string? Protect(string? value) => string.IsNullOrEmpty(value) ? null : _protector.Protect(value);

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
