namespace Involvim.Web.Infrastructure.Content;

/// <summary>
/// The per-language rows of one piece of content, without their type: what the translator's desk and the listing
/// pages work on for any kind (services, guides, events, …). <see cref="TextSet{T}"/> is the only implementation.
/// </summary>
public interface ITextSet
{
    IReadOnlyList<ContentTranslation> Rows { get; }

    /// <summary>The source row's language; null when there is no text yet.</summary>
    string? SourceLanguage { get; }

    /// <inheritdoc cref="ContentTranslations.Translate"/>
    ContentTranslation Translate(string language, IEnumerable<(string Key, string Text)> segments, TranslationStatus status, Guid? actor, DateTime now);

    /// <inheritdoc cref="ContentTranslations.Approve"/>
    int Approve(string language, IReadOnlyCollection<string> keys, Guid reviewer, DateTime now);

    /// <inheritdoc cref="ContentTranslations.UndoMinorEdit"/>
    bool UndoMinorEdit(string editId, Guid actor, DateTime now);

    /// <inheritdoc cref="ContentTranslations.WithdrawMachine"/>
    int WithdrawMachine(DateTime now);
}

public sealed class TextSet<T>(ICollection<T> rows, Func<T> create) : ITextSet
    where T : ContentTranslation
{
    public IReadOnlyList<ContentTranslation> Rows => [.. rows];

    public string? SourceLanguage => rows.FirstOrDefault(r => r.Status == TranslationStatus.Source)?.Language;

    public ContentTranslation Translate(string language, IEnumerable<(string Key, string Text)> segments, TranslationStatus status, Guid? actor, DateTime now) =>
        ContentTranslations.Translate(rows, language, segments, status, actor, now, create);

    public int Approve(string language, IReadOnlyCollection<string> keys, Guid reviewer, DateTime now) =>
        ContentTranslations.Approve(rows, language, keys, reviewer, now);

    public bool UndoMinorEdit(string editId, Guid actor, DateTime now) => ContentTranslations.UndoMinorEdit(rows, editId, actor, now);

    public int WithdrawMachine(DateTime now) => ContentTranslations.WithdrawMachine(rows, now);
}
