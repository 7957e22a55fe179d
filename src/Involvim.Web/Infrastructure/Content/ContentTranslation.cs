namespace Involvim.Web.Infrastructure.Content;

/// <summary>How a piece of content in one language came to be (DESIGN.md §3, Languages).</summary>
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

    /// <summary>The source text changed after this translation was made.</summary>
    Outdated,
}

/// <summary>
/// Base of every per-language row of translatable content (a region's name, a service's description, a guide...).
/// A feature declares <c>class XTranslation : ContentTranslation</c> with its own text fields and keeps a
/// <c>List&lt;XTranslation&gt;</c> on the entity; <see cref="ContentTranslations"/> does the rest.
/// </summary>
public abstract class ContentTranslation
{
    public string Language { get; set; } = "";

    public TranslationStatus Status { get; set; }

    /// <summary>For the source row: its revision, raised whenever the source text changes. For a translation: the source revision it was made from.</summary>
    public int SourceRevision { get; set; }

    public DateTime UpdatedAt { get; set; }
}
