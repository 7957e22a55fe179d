using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Involvim.Web.Infrastructure.Data;

/// <summary>
/// Enums as text, in both directions. Input is accepted only as one of the enum's defined names (never a number:
/// <c>Enum.TryParse("-7")</c> succeeds and yields a value no page can show), and a stored value that is not a defined
/// name is read as a fallback instead of throwing, so one bad row never takes a page down.
/// </summary>
public static class EnumText
{
    /// <summary>True when <paramref name="text"/> is a defined name of <typeparamref name="T"/> (case-insensitive).</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !char.IsLetter(trimmed[0]) || trimmed.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        return Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    /// <summary>The defined name, or the fallback for anything else (a number, a removed name, garbage).</summary>
    public static T ReadOr<T>(string? text, T fallback)
        where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : fallback;

    /// <summary>The defined name, or null.</summary>
    public static T? ReadOrNull<T>(string? text)
        where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : null;

    /// <summary>Stores the enum's name; reads an unknown stored value as <paramref name="fallback"/>.</summary>
    public static PropertyBuilder<T> HasEnumText<T>(this PropertyBuilder<T> property, T fallback, int maxLength = 16)
        where T : struct, Enum =>
        property.HasConversion(new ValueConverter<T, string>(v => v.ToString(), s => ReadOr(s, fallback))).HasMaxLength(maxLength);

    /// <summary>The same for a nullable enum: an unknown stored value reads as null.</summary>
    public static PropertyBuilder<T?> HasEnumText<T>(this PropertyBuilder<T?> property, int maxLength = 16)
        where T : struct, Enum =>
        property.HasConversion(new ValueConverter<T?, string?>(v => v == null ? null : v.Value.ToString(), s => ReadOrNull<T>(s))).HasMaxLength(maxLength);
}
