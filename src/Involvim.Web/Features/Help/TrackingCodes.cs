using System.Security.Cryptography;
using System.Text;

namespace Involvim.Web.Features.Help;

/// <summary>
/// Tracking codes of help requests (<see cref="Infrastructure.Security.SecretCodes"/>: 80 random bits in four groups).
/// Only a hash is stored; the code is shown once to the requester and never logged.
/// </summary>
public static class TrackingCodes
{
    public static string New() => Infrastructure.Security.SecretCodes.New();

    /// <summary>Upper case without separators, with the look-alikes people type mapped; null when it cannot be a code.</summary>
    public static string? Normalize(string? input) => Infrastructure.Security.SecretCodes.Normalize(input);

    /// <summary>The stored form of a code; a string that cannot be a code hashes to a value no request has.</summary>
    public static string Hash(string? input) => Infrastructure.Security.SecretCodes.Hash("involvim-tracking-code", input);

    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("involvim-submission:" + key)));
}
