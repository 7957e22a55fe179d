using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Involvim.Web.Infrastructure.Content;

/// <summary>
/// A translatable field of a content row: a short text is one segment; a long text has one per paragraph. A
/// translation of a <paramref name="Required"/> field that has no translated segment shows the source's text.
/// </summary>
public sealed record TextField(string Name, int MaxLength, bool Paragraphs = false, bool Required = false);

/// <summary>
/// One segment of one language of a content row (ADR 0015). In the source row: a paragraph or field of the original
/// and the hash of its normalised text. In a translation: the translated text, the hash of the source text it
/// translates (the translation is current while that hash is the source's) and that source text (for the diff a
/// translator sees when the source moved on).
/// </summary>
public sealed class Segment
{
    /// <summary>The field it belongs to (<see cref="TextField.Name"/>).</summary>
    public string Field { get; set; } = "";

    /// <summary>Stable across edits of the source: a changed paragraph keeps its key, so its translation becomes outdated, not lost.</summary>
    public string Key { get; set; } = "";

    /// <summary>Source: hash of <see cref="Text"/>. Translation: hash of the source text it was made from.</summary>
    public string Hash { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>Translation only: the source text it was made from; null when not known (texts from before segments).</summary>
    public string? From { get; set; }

    /// <summary><see cref="TranslationStatus.Source"/>, or how the translation came to be (human, machine, reviewed).</summary>
    public TranslationStatus Status { get; set; }

    public Guid? By { get; set; }

    public Guid? ReviewedBy { get; set; }

    public DateTime At { get; set; }
}

/// <summary>A change of the source that its author called minor (a typo): translations stayed current. A reviewer can undo that call.</summary>
public sealed class MinorEdit
{
    public string Id { get; set; } = "";

    public DateTime At { get; set; }

    public Guid? By { get; set; }

    public string Reason { get; set; } = "";

    public List<MinorChange> Changes { get; set; } = [];

    public DateTime? UndoneAt { get; set; }

    public Guid? UndoneBy { get; set; }
}

public sealed class MinorChange
{
    public string Field { get; set; } = "";

    public string Key { get; set; } = "";

    public string OldHash { get; set; } = "";

    public string OldText { get; set; } = "";

    public string NewHash { get; set; } = "";

    public string NewText { get; set; } = "";
}

/// <summary>What the <c>Segments</c> column of a content row holds.</summary>
public sealed class SegmentState
{
    public List<Segment> Segments { get; set; } = [];

    /// <summary>Source row only: the minor edits, newest last.</summary>
    public List<MinorEdit>? MinorEdits { get; set; }
}

/// <summary>Splitting, normalising, hashing and aligning segments: the text rules behind <see cref="ContentTranslations"/>.</summary>
public static partial class TextSegments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static SegmentState? Read(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<SegmentState>(json, Json);

    public static string Write(SegmentState state) => JsonSerializer.Serialize(state, Json);

    /// <summary>The parts of a field's text: none for an empty field, the whole text for a short one, paragraphs (split at blank lines) for a long one.</summary>
    public static List<string> Split(string? text, bool paragraphs)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (!paragraphs)
        {
            return [text.Trim()];
        }

        return BlankLine().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(p => p.Trim('\n').TrimEnd())
            .Where(p => p.Length > 0)
            .ToList();
    }

    /// <summary>The text of a field from its parts (the inverse of <see cref="Split"/>).</summary>
    public static string? Join(IEnumerable<string> parts, bool paragraphs)
    {
        var list = parts.ToList();
        return list.Count == 0 ? null : string.Join(paragraphs ? "\n\n" : " ", list);
    }

    /// <summary>Unicode NFC with runs of white space as one space, trimmed: white space and encoding never make a text "changed".</summary>
    public static string Normalize(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    /// <summary>128 bits of SHA-256 of the normalised text, as hex.</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text))).AsSpan(0, 16));

    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>
    /// The new source segments of one field, keyed against the old ones: an unchanged paragraph keeps its key wherever
    /// it moved; a changed one keeps the key of the most similar old paragraph left (≥ half the same); a new one gets a
    /// new key. Old keys not reused are the paragraphs that were removed.
    /// </summary>
    public static List<Segment> Align(string field, IReadOnlyList<Segment> old, IReadOnlyList<string> parts, DateTime now)
    {
        var unused = old.ToList();
        var result = new Segment?[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            var hash = Hash(parts[i]);
            var same = unused.FirstOrDefault(o => o.Hash == hash);
            if (same is not null)
            {
                unused.Remove(same);
                result[i] = new Segment { Field = field, Key = same.Key, Hash = hash, Text = parts[i], Status = TranslationStatus.Source, At = same.At };
            }
        }

        for (var i = 0; i < parts.Count; i++)
        {
            if (result[i] is not null)
            {
                continue;
            }

            // A field of one part changed is the same field changed; paragraphs are matched by likeness.
            var best = unused.Count == 1 && parts.Count == 1 && old.Count == 1
                ? unused[0]
                : unused.Select(o => (o, score: Similarity(o.Text, parts[i]))).Where(x => x.score >= 0.5).OrderByDescending(x => x.score).Select(x => x.o).FirstOrDefault();
            if (best is not null)
            {
                unused.Remove(best);
            }

            result[i] = new Segment { Field = field, Key = best?.Key ?? NewKey(), Hash = Hash(parts[i]), Text = parts[i], Status = TranslationStatus.Source, At = now };
        }

        return result.Select(s => s!).ToList();
    }

    /// <summary>
    /// How alike two texts are, 0…1: the Dice coefficient of their words (as multisets, case-folded). Linear in the
    /// length, so aligning a long guide or searching the memory stays cheap.
    /// </summary>
    public static double Similarity(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return Normalize(a) == Normalize(b) ? 1 : 0;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in x)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        var common = 0;
        foreach (var w in y)
        {
            if (counts.GetValueOrDefault(w) > 0)
            {
                counts[w]--;
                common++;
            }
        }

        return 2.0 * common / (x.Count + y.Count);
    }

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text.Normalize(NormalizationForm.FormC).ToLowerInvariant()).Select(m => m.Value)];

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)*")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
