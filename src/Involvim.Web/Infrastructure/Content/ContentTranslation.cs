namespace Involvim.Web.Infrastructure.Content;

/// <summary>How a piece of content in one language came to be (DESIGN.md §3, Languages; ADR 0015).</summary>
public enum TranslationStatus
{
    /// <summary>The original text; other languages are translated from it.</summary>
    Source,

    /// <summary>Translated by a person.</summary>
    Human,

    /// <summary>Drafted by machine translation, not yet checked by a person.</summary>
    Machine,

    /// <summary>Translated (by a person or machine) and checked by a second person.</summary>
    Reviewed,

    /// <summary>Part of the source changed (or was added) after this translation was made; set by the system, never written.</summary>
    Outdated,
}

/// <summary>
/// Base of every per-language row of translatable content (a region's name, a service's description, a guide...).
/// A feature declares <c>class XTranslation : ContentTranslation</c> with its own text fields, names them in
/// <see cref="Fields"/>, and keeps a <c>List&lt;XTranslation&gt;</c> on the entity; <see cref="ContentTranslations"/>
/// does the rest. <see cref="Status"/> is the row's summary; the truth is per segment in <see cref="Segments"/>.
/// </summary>
public abstract class ContentTranslation
{
    public string Language { get; set; } = "";

    public TranslationStatus Status { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>JSON of <see cref="SegmentState"/>: the row's segments (and, for the source, its minor edits). Null for rows from before segments.</summary>
    public string? Segments { get; set; }

    /// <summary>The row's translatable fields, in reading order.</summary>
    public IReadOnlyList<TextField> Fields() => Texts.Fields;

    public string? GetText(string field) => Texts.Get(this, field);

    public void SetText(string field, string? value) => Texts.Set(this, field, value);

    /// <summary>The kind's fields with their accessors: one static <see cref="TextFields{T}"/> per kind.</summary>
    protected abstract ITextFields Texts { get; }
}

/// <summary>A kind's translatable fields and how to read and write them on a row.</summary>
public interface ITextFields
{
    IReadOnlyList<TextField> Fields { get; }

    string? Get(ContentTranslation row, string field);

    void Set(ContentTranslation row, string field, string? value);
}

/// <summary>The translatable fields of one kind of row, declared once: <c>new TextFields&lt;X&gt;().Add(nameof(X.Name), 200, t => t.Name, (t, v) => t.Name = v ?? "")</c>.</summary>
public sealed class TextFields<T> : ITextFields
    where T : ContentTranslation
{
    private readonly List<TextField> _fields = [];
    private readonly Dictionary<string, (Func<T, string?> Get, Action<T, string?> Set)> _access = new(StringComparer.Ordinal);

    public IReadOnlyList<TextField> Fields => _fields;

    public TextFields<T> Add(string name, int maxLength, Func<T, string?> get, Action<T, string?> set, bool paragraphs = false, bool required = false)
    {
        _fields.Add(new TextField(name, maxLength, paragraphs, required));
        _access.Add(name, (get, set));
        return this;
    }

    public string? Get(ContentTranslation row, string field) => Access(field).Get((T)row);

    public void Set(ContentTranslation row, string field, string? value) => Access(field).Set((T)row, value);

    private (Func<T, string?> Get, Action<T, string?> Set) Access(string field) =>
        _access.TryGetValue(field, out var access) ? access : throw new ArgumentOutOfRangeException(nameof(field), field, "Not a translatable field.");
}
