namespace Involvim.Web.Infrastructure.Content;

/// <summary>The text a reader gets, and whether it is in the language they asked for.</summary>
public sealed record Localized<T>(T Value, string RequestedLanguage)
    where T : ContentTranslation
{
    public string Language => Value.Language;

    public bool IsFallback => !string.Equals(Value.Language, RequestedLanguage, StringComparison.OrdinalIgnoreCase);

    public bool IsOutdated => Value.Status == TranslationStatus.Outdated;

    public bool IsMachine => Value.Status == TranslationStatus.Machine;
}

/// <summary>Fallback and change tracking for translatable content; the one place these rules live.</summary>
public static class ContentTranslations
{
    /// <summary>
    /// Picks the text for a reader: the requested language, else the region's default, else English,
    /// else the source, else any (DESIGN.md §3). Returns null only when there is no text at all.
    /// </summary>
    public static Localized<T>? Pick<T>(IEnumerable<T> translations, string requested, string regionDefault)
        where T : ContentTranslation
    {
        var list = translations as IReadOnlyList<T> ?? translations.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var chosen = Find(list, requested)
            ?? Find(list, regionDefault)
            ?? Find(list, "en")
            ?? list.FirstOrDefault(t => t.Status == TranslationStatus.Source)
            ?? list.OrderBy(t => t.Language, StringComparer.Ordinal).First();
        return new Localized<T>(chosen, requested);
    }

    /// <summary>
    /// Writes the text of one language. <paramref name="apply"/> sets the fields on the row and returns whether
    /// anything changed. Writing the source raises its revision and marks every other translation outdated;
    /// writing a translation records which source revision it translates.
    /// </summary>
    public static T Write<T>(
        ICollection<T> translations,
        string language,
        TranslationStatus status,
        DateTime now,
        Func<T> create,
        Func<T, bool> apply)
        where T : ContentTranslation
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        if (status == TranslationStatus.Outdated)
        {
            throw new ArgumentException("Outdated is set by the system when the source changes, never written directly.", nameof(status));
        }

        var source = translations.FirstOrDefault(t => t.Status == TranslationStatus.Source);
        var row = Find(translations, language);
        var isNew = row is null;
        if (row is null)
        {
            row = create();
            row.Language = language;
            translations.Add(row);
        }

        var changed = apply(row) || isNew;

        if (status == TranslationStatus.Source || source is null)
        {
            if (source is not null && !ReferenceEquals(source, row))
            {
                // The source moves to another language: the old original stays as a human text of the same revision.
                source.Status = TranslationStatus.Human;
                changed = true;
            }

            var revision = source?.SourceRevision ?? 0;
            if (changed || row.Status != TranslationStatus.Source)
            {
                revision++;
            }

            row.Status = TranslationStatus.Source;
            row.SourceRevision = revision;
            if (changed)
            {
                row.UpdatedAt = now;
                foreach (var other in translations)
                {
                    if (!ReferenceEquals(other, row) && other.SourceRevision < revision &&
                        other.Status is not TranslationStatus.Outdated)
                    {
                        other.Status = TranslationStatus.Outdated;
                    }
                }
            }

            return row;
        }

        // Saving a translation unchanged (e.g. with the rest of a form) does not confirm it against a newer source.
        if (!changed && row.Status == TranslationStatus.Outdated)
        {
            return row;
        }

        row.Status = status;
        row.SourceRevision = source.SourceRevision;
        if (changed)
        {
            row.UpdatedAt = now;
        }

        return row;
    }

    private static T? Find<T>(IEnumerable<T> translations, string language)
        where T : ContentTranslation =>
        translations.FirstOrDefault(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase));
}

/// <summary>What a page says about the language of a piece of content (the <c>_ContentNote</c> partial).</summary>
public sealed record ContentNote(string Language, bool IsFallback, bool IsOutdated, bool IsMachine)
{
    public static ContentNote From<T>(Localized<T> localized)
        where T : ContentTranslation =>
        new(localized.Language, localized.IsFallback, localized.IsOutdated, localized.IsMachine);
}
