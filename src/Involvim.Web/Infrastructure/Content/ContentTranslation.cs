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
    public abstract IReadOnlyList<TextField> Fields();

    public abstract string? GetText(string field);

    public abstract void SetText(string field, string? value);
}
