using System.Security.Cryptography;
using System.Text;

namespace Involvim.Web.Infrastructure.Security;

/// <summary>
/// Codes that people keep instead of an account (a help request's tracking code, an event registration's code): 16
/// characters of Crockford base32 (80 random bits) in four groups, e.g. <c>7KQ2-M9XD-4TRB-H3WE</c>. Only a SHA-256
/// hash with the code's purpose is stored; the code is shown once and never logged.
/// </summary>
public static class SecretCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 16;

    public static string New()
    {
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        var bits = new System.Numerics.BigInteger(random, isUnsigned: true);
        var text = new StringBuilder(Length + 3);
        for (var i = 0; i < Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                text.Append('-');
            }

            text.Append(Alphabet[(int)(bits & 31)]);
            bits >>= 5;
        }

        return text.ToString();
    }

    /// <summary>Upper case without separators, with the look-alikes people type (O→0, I/L→1) mapped; null when it cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 64)
        {
            return null;
        }

        var text = new StringBuilder(Length);
        foreach (var raw in input)
        {
            var c = char.ToUpperInvariant(raw);
            if (c is '-' or ' ' or '\u00A0' or '.' or '_')
            {
                continue;
            }

            c = c switch { 'O' => '0', 'I' or 'L' => '1', 'U' => 'V', _ => c };
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }

            text.Append(c);
        }

        return text.Length == Length ? text.ToString() : null;
    }

    /// <summary>The stored form of a code for a purpose; a string that cannot be a code hashes to a value no record has.</summary>
    public static string Hash(string purpose, string? input)
    {
        var normalized = Normalize(input) ?? "invalid:" + input;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(purpose + ":" + normalized)));
    }
}
