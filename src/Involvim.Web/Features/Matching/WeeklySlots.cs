namespace Involvim.Web.Features.Matching;

/// <summary>The languages people can say they need or speak: the UI languages and others common among newcomers.</summary>
public static class MatchLanguages
{
    public static readonly IReadOnlyList<string> Offered =
        [.. Infrastructure.Localization.UiLanguages.All.Select(l => l.Code), "hr", "sr", "de", "it", "fr", "es", "ro", "hu", "tr", "hi", "bn", "ur", "tl", "zh", "vi", "so", "ti", "ps", "ky", "uz"];
}

/// <summary>
/// A part of a day in a weekly availability: <see cref="Morning"/> 08–12, <see cref="Afternoon"/> 12–17,
/// <see cref="Evening"/> 17–21 (region local time). The hours are a convention shown to people, not computed with.
/// </summary>
public enum DayPart
{
    Morning = 0,
    Afternoon = 1,
    Evening = 2,
}

/// <summary>How well a volunteer speaks a language.</summary>
public enum LanguageLevel
{
    Basic = 1,
    Fluent = 2,
    Native = 3,
}

/// <summary>
/// A week of day parts as a 21-bit mask: bit <c>dayIndex * 3 + (int)part</c>, with Monday = 0 … Sunday = 6.
/// Used for a volunteer's availability and a help request's preferred times (0 = any time).
/// Text form: <c>mon-morning,tue-evening</c>.
/// </summary>
public static class WeeklySlots
{
    /// <summary>Every day part of every day.</summary>
    public const int All = (1 << 21) - 1;

    private static readonly string[] DayTokens = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    private static readonly string[] PartTokens = ["morning", "afternoon", "evening"];

    /// <summary>Monday = 0 … Sunday = 6.</summary>
    public static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>The day of a <see cref="DayIndex"/> (Monday = 0).</summary>
    public static DayOfWeek DayOf(int dayIndex) => (DayOfWeek)((dayIndex + 1) % 7);

    /// <summary>The mask with only this day part set.</summary>
    public static int Bit(DayOfWeek day, DayPart part)
    {
        if ((uint)day > (uint)DayOfWeek.Saturday)
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }

        if ((uint)part > (uint)DayPart.Evening)
        {
            throw new ArgumentOutOfRangeException(nameof(part));
        }

        return 1 << (DayIndex(day) * 3 + (int)part);
    }

    public static int Of(IEnumerable<(DayOfWeek Day, DayPart Part)> slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var mask = 0;
        foreach (var (day, part) in slots)
        {
            mask |= Bit(day, part);
        }

        return mask;
    }

    /// <summary>The day parts of a mask, Monday morning first.</summary>
    public static IEnumerable<(DayOfWeek Day, DayPart Part)> Slots(int mask)
    {
        for (var bit = 0; bit < 21; bit++)
        {
            if ((mask & (1 << bit)) != 0)
            {
                yield return (DayOf(bit / 3), (DayPart)(bit % 3));
            }
        }
    }

    public static bool Contains(int mask, DayOfWeek day, DayPart part) => (mask & Bit(day, part)) != 0;

    /// <summary>One slot's token, e.g. <c>tue-evening</c>.</summary>
    public static string Token(DayOfWeek day, DayPart part) => Format(Bit(day, part));

    /// <summary>Text form, Monday morning first: <c>mon-morning,tue-evening</c>; empty for 0. Bits above 20 are ignored.</summary>
    public static string Format(int mask)
    {
        var parts = new List<string>();
        for (var bit = 0; bit < 21; bit++)
        {
            if ((mask & (1 << bit)) != 0)
            {
                parts.Add(DayTokens[bit / 3] + "-" + PartTokens[bit % 3]);
            }
        }

        return string.Join(',', parts);
    }

    /// <summary>
    /// Reads the text form of <see cref="Format"/> (tokens in any order, case-insensitive, spaces around commas
    /// allowed, duplicates harmless). Null, empty or blank text is 0. Any unknown token makes it fail with 0.
    /// </summary>
    public static bool TryParse(string? text, out int mask)
    {
        mask = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var result = 0;
        foreach (var token in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var dash = token.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0)
            {
                return false;
            }

            var day = IndexOf(DayTokens, token.AsSpan(0, dash));
            var part = IndexOf(PartTokens, token.AsSpan(dash + 1));
            if (day < 0 || part < 0)
            {
                return false;
            }

            result |= 1 << (day * 3 + part);
        }

        mask = result;
        return true;
    }

    private static int IndexOf(string[] tokens, ReadOnlySpan<char> value)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (value.Equals(tokens[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}


/// <summary>The weekly time grid (days × morning, afternoon, evening) of a form: field name and ticked tokens.</summary>
public sealed record WeekSlotsView(string Name, IReadOnlyCollection<string> Selected);
