namespace Involvim.Web.Infrastructure.Content;

/// <summary>The text a reader gets, and whether it is in the language they asked for.</summary>
public sealed record Localized<T>(T Value, string RequestedLanguage)
    where T : ContentTranslation
{
    public string Language => Value.Language;

    public bool IsFallback => !string.Equals(Value.Language, RequestedLanguage, StringComparison.OrdinalIgnoreCase);

    public bool IsOutdated => Value.Status == TranslationStatus.Outdated;

    /// <summary>All or part of the text is a machine draft nobody has checked yet.</summary>
    public bool IsMachine => ContentTranslations.HasMachineParts(Value);
}

/// <summary>One source segment as a translator sees it in one language.</summary>
/// <param name="Status">Of the translation; null when there is none (missing).</param>
/// <param name="IsOutdated">There is a translation, made from a source text that has changed since.</param>
public sealed record SegmentView(
    string Field,
    string Key,
    string Source,
    string? Translation,
    string? TranslatedFrom,
    TranslationStatus? Status,
    bool IsOutdated,
    Guid? By,
    Guid? ReviewedBy)
{
    public bool IsMissing => Status is null;

    public bool IsCurrent => Status is not null && !IsOutdated;
}

/// <summary>How far one language of a content row is, in source segments.</summary>
public sealed record TranslationProgress(int Total, int Missing, int Outdated, int Machine, int Human, int Reviewed)
{
    public static readonly TranslationProgress None = new(0, 0, 0, 0, 0, 0);

    public bool IsComplete => Total > 0 && Missing == 0 && Outdated == 0;
}

/// <summary>One language of a content item: its progress, and who made its current parts that nobody has reviewed yet (<see cref="Guid.Empty"/> for a machine draft).</summary>
public sealed record LanguageProgress(TranslationProgress Progress, IReadOnlySet<Guid> UncheckedBy)
{
    public static readonly IReadOnlySet<Guid> Nobody = System.Collections.Frozen.FrozenSet<Guid>.Empty;

    /// <summary>Someone other than <paramref name="reviewer"/> made a current part nobody has checked: the reviewer may review it.</summary>
    public bool NeedsReviewBy(Guid reviewer) => UncheckedBy.Any(by => by != reviewer);
}

/// <summary>
/// Fallback and change tracking for translatable content; the one place these rules live (ADR 0015). Every text is
/// kept per segment (a field, or a paragraph of a long field): the source's segments carry the hash of their
/// normalised text; a translation's segments carry the hash of the source text they were made from. A segment is
/// outdated exactly when those hashes differ — saving, drafts, publishing, moving or reordering, or translating
/// another language never change a hash, so they never make anything outdated.
/// </summary>
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
    /// Writes the text of one language as a whole (a staff form, an import, the demo). <paramref name="apply"/> sets
    /// the fields on the row and returns whether anything changed. Writing the source re-segments it: an unchanged
    /// paragraph keeps its translations wherever it moved, a changed one makes only its own translations outdated
    /// (unless <paramref name="minorReason"/> calls the change minor, which keeps them current and is recorded). Writing
    /// a translation pairs its paragraphs with the source's; a paragraph saved unchanged keeps its status (an outdated
    /// one is not confirmed by saving the rest of the form).
    /// </summary>
    public static T Write<T>(
        ICollection<T> translations,
        string language,
        TranslationStatus status,
        DateTime now,
        Func<T> create,
        Func<T, bool> apply,
        Guid? actor = null,
        string? minorReason = null)
        where T : ContentTranslation
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentNullException.ThrowIfNull(apply);
        if (status == TranslationStatus.Outdated)
        {
            throw new ArgumentException("Outdated is set by the system when the source changes, never written directly.", nameof(status));
        }

        Ensure(translations);
        var source = translations.FirstOrDefault(t => t.Status == TranslationStatus.Source);
        var row = Find(translations, language);
        var isNew = row is null;
        if (row is null)
        {
            row = create();
            row.Language = language;
            row.Status = status;
            translations.Add(row);
        }

        var changed = apply(row) | isNew;
        if (status == TranslationStatus.Source || source is null || ReferenceEquals(row, source))
        {
            WriteSource(translations, row, source, changed, now, actor, minorReason);
        }
        else if (changed)
        {
            WriteTranslation(row, source, status, now, actor);
        }

        return row;
    }

    /// <summary>
    /// Writes translations segment by segment (the translator's desk, an XLIFF file): each against the source text it
    /// has now. An empty text removes the segment's translation. Creates the language's row when needed. Unknown keys
    /// are ignored (the caller checks them first).
    /// </summary>
    public static T Translate<T>(
        ICollection<T> translations,
        string language,
        IEnumerable<(string Key, string Text)> segments,
        TranslationStatus status,
        Guid? actor,
        DateTime now,
        Func<T> create)
        where T : ContentTranslation
    {
        if (status is TranslationStatus.Source or TranslationStatus.Outdated)
        {
            throw new ArgumentException("A translation is human, machine or reviewed.", nameof(status));
        }

        Ensure(translations);
        var source = translations.FirstOrDefault(t => t.Status == TranslationStatus.Source)
            ?? throw new InvalidOperationException("There is no source text to translate.");
        if (string.Equals(source.Language, language, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The source language is not translated.", nameof(language));
        }

        var row = Find(translations, language);
        if (row is null)
        {
            row = create();
            row.Language = language;
            row.Status = status;
            translations.Add(row);
        }

        var sources = State(source).Segments.ToDictionary(s => s.Key);
        var state = State(row);
        var changed = false;
        foreach (var (key, text) in segments)
        {
            if (!sources.TryGetValue(key, out var src))
            {
                continue;
            }

            var existing = state.Segments.FirstOrDefault(s => s.Key == key);
            if (string.IsNullOrWhiteSpace(text))
            {
                changed |= existing is not null && state.Segments.Remove(existing);
                continue;
            }

            var value = src.Field is { } f && IsParagraphs(row, f) ? text.Trim('\n', '\r').TrimEnd() : text.Trim();
            if (existing is not null && existing.Hash == src.Hash && TextSegments.Normalize(existing.Text) == TextSegments.Normalize(value) && existing.Status == status)
            {
                continue;
            }

            state.Segments.Remove(existing!);
            state.Segments.Add(new Segment { Field = src.Field, Key = key, Hash = src.Hash, From = src.Text, Text = value, Status = status, By = actor, At = now });
            changed = true;
        }

        if (changed && state.Segments.Count == 0)
        {
            // Nothing of the language is left: no row, so that readers get the fallback and its mark, not the source under this language's name.
            translations.Remove(row);
        }
        else if (changed)
        {
            Save(row, state);
            Rebuild(row, State(source).Segments, FieldsOf(source));
            row.UpdatedAt = now;
        }

        return row;
    }

    /// <summary>All or part of the row is a machine draft nobody has checked yet (the row's summary says so unless parts are also missing or outdated).</summary>
    public static bool HasMachineParts(ContentTranslation row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Status == TranslationStatus.Machine ||
            (row.Status == TranslationStatus.Outdated && TextSegments.Read(row.Segments)?.Segments.Any(s => s.Status == TranslationStatus.Machine) == true);
    }

    /// <summary>
    /// Takes every unchecked machine draft out of the translations (the region stopped publishing them): those parts are
    /// missing again, and a language left with nothing has no row. Returns how many parts were taken out.
    /// </summary>
    public static int WithdrawMachine<T>(ICollection<T> translations, DateTime now)
        where T : ContentTranslation
    {
        Ensure(translations);
        var source = translations.FirstOrDefault(t => t.Status == TranslationStatus.Source);
        if (source is null)
        {
            return 0;
        }

        var taken = 0;
        foreach (var row in translations.Where(t => !ReferenceEquals(t, source)).ToList())
        {
            var state = State(row);
            var removed = state.Segments.RemoveAll(s => s.Status == TranslationStatus.Machine);
            if (removed == 0)
            {
                continue;
            }

            taken += removed;
            if (state.Segments.Count == 0)
            {
                translations.Remove(row);
                continue;
            }

            Save(row, state);
            Rebuild(row, State(source).Segments, FieldsOf(source));
            row.UpdatedAt = now;
        }

        return taken;
    }

    /// <summary>
    /// A second person checks current translations of one language: they become reviewed. The reviewer's own
    /// translations are left as they are (nobody reviews themselves). Returns how many segments were reviewed.
    /// </summary>
    public static int Approve<T>(ICollection<T> translations, string language, IReadOnlyCollection<string> keys, Guid reviewer, DateTime now)
        where T : ContentTranslation
    {
        Ensure(translations);
        var source = translations.FirstOrDefault(t => t.Status == TranslationStatus.Source);
        var row = Find(translations, language);
        if (source is null || row is null || ReferenceEquals(source, row))
        {
            return 0;
        }

        var hashes = State(source).Segments.ToDictionary(s => s.Key, s => s.Hash);
        var state = State(row);
        var reviewed = 0;
        foreach (var segment in state.Segments.Where(s => keys.Contains(s.Key) && hashes.GetValueOrDefault(s.Key) == s.Hash && s.Status != TranslationStatus.Reviewed && s.By != reviewer))
        {
            segment.Status = TranslationStatus.Reviewed;
            segment.ReviewedBy = reviewer;
            reviewed++;
        }

        if (reviewed > 0)
        {
            Save(row, state);
            row.Status = Summary(row, State(source).Segments);
            row.UpdatedAt = now;
        }

        return reviewed;
    }

    /// <summary>
    /// A reviewer decides a minor edit was not minor: the translations it kept current become outdated again (those
    /// translated since are left alone). False when there is no such edit or it was undone already.
    /// </summary>
    public static bool UndoMinorEdit<T>(ICollection<T> translations, string editId, Guid actor, DateTime now)
        where T : ContentTranslation
    {
        Ensure(translations);
        var source = translations.FirstOrDefault(t => t.Status == TranslationStatus.Source);
        if (source is null)
        {
            return false;
        }

        var sourceState = State(source);
        var edit = sourceState.MinorEdits?.FirstOrDefault(e => e.Id == editId);
        if (edit is null || edit.UndoneAt is not null)
        {
            return false;
        }

        foreach (var other in translations.Where(t => !ReferenceEquals(t, source)))
        {
            var state = State(other);
            var touched = false;
            foreach (var change in edit.Changes)
            {
                foreach (var segment in state.Segments.Where(s => s.Key == change.Key && s.Hash == change.NewHash && s.At <= edit.At))
                {
                    segment.Hash = change.OldHash;
                    segment.From = change.OldText;
                    touched = true;
                }
            }

            if (touched)
            {
                Save(other, state);
                other.Status = Summary(other, sourceState.Segments);
            }
        }

        edit.UndoneAt = now;
        edit.UndoneBy = actor;
        Save(source, sourceState);
        return true;
    }

    /// <summary>The minor edits of the source, newest first.</summary>
    public static IReadOnlyList<MinorEdit> MinorEdits(IEnumerable<ContentTranslation> translations)
    {
        var source = translations.FirstOrDefault(t => t.Status == TranslationStatus.Source);
        return source is null ? [] : (TextSegments.Read(source.Segments)?.MinorEdits ?? []).AsEnumerable().Reverse().ToList();
    }

    /// <summary>Every source segment with its translation into <paramref name="language"/>, in reading order.</summary>
    public static IReadOnlyList<SegmentView> View(IEnumerable<ContentTranslation> translations, string language)
    {
        var list = translations.ToList();
        Ensure(list);
        var source = list.FirstOrDefault(t => t.Status == TranslationStatus.Source);
        if (source is null)
        {
            return [];
        }

        var row = Find(list, language);
        var target = row is null || ReferenceEquals(row, source) ? [] : State(row).Segments;
        return State(source).Segments.Select(s =>
        {
            var t = target.FirstOrDefault(x => x.Key == s.Key);
            return new SegmentView(s.Field, s.Key, s.Text, t?.Text, t?.From, t?.Status, t is not null && t.Hash != s.Hash, t?.By, t?.ReviewedBy);
        }).ToList();
    }

    /// <summary>How far <paramref name="language"/> is: counts of source segments by the state of their translation.</summary>
    public static TranslationProgress Progress(IEnumerable<ContentTranslation> translations, string language) =>
        Progress(translations, [language]).GetValueOrDefault(language)?.Progress ?? TranslationProgress.None;

    /// <summary>
    /// The progress of every language at once (the desk's queue and coverage): each row's segments are read once, not
    /// once per language. The source language is not in the result; an item without a source gives an empty result.
    /// </summary>
    public static IReadOnlyDictionary<string, LanguageProgress> Progress(IEnumerable<ContentTranslation> translations, IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var list = translations.ToList();
        Ensure(list);
        var source = list.FirstOrDefault(t => t.Status == TranslationStatus.Source);
        var result = new Dictionary<string, LanguageProgress>(StringComparer.OrdinalIgnoreCase);
        if (source is null)
        {
            return result;
        }

        var sources = State(source).Segments;
        foreach (var language in languages.Where(l => !string.Equals(l, source.Language, StringComparison.OrdinalIgnoreCase)))
        {
            var row = Find(list, language);
            var target = row is null ? [] : State(row).Segments.ToDictionary(s => s.Key);
            int missing = 0, outdated = 0, machine = 0, human = 0, reviewed = 0;
            var pending = new HashSet<Guid>();
            foreach (var s in sources)
            {
                if (!target.TryGetValue(s.Key, out var t))
                {
                    missing++;
                    continue;
                }

                if (t.Hash != s.Hash)
                {
                    outdated++;
                    continue;
                }

                if (t.Status == TranslationStatus.Reviewed)
                {
                    reviewed++;
                    continue;
                }

                pending.Add(t.By ?? Guid.Empty);
                if (t.Status == TranslationStatus.Machine)
                {
                    machine++;
                }
                else
                {
                    human++;
                }
            }

            result[language] = new LanguageProgress(
                sources.Count == 0 ? TranslationProgress.None : new TranslationProgress(sources.Count, missing, outdated, machine, human, reviewed),
                pending.Count == 0 ? LanguageProgress.Nobody : pending);
        }

        return result;
    }

    private static void WriteSource<T>(ICollection<T> translations, T row, T? previous, bool changed, DateTime now, Guid? actor, string? minorReason)
        where T : ContentTranslation
    {
        var moved = previous is not null && !ReferenceEquals(previous, row);
        // Keys of the old source (or, when the source moves to this language, of this row's own translation) carry over.
        var old = moved ? State(row).Segments.Select(s => new Segment { Field = s.Field, Key = s.Key, Hash = TextSegments.Hash(s.Text), Text = s.Text, At = s.At }).ToList()
            : previous is null ? [] : State(previous).Segments;
        var state = previous is null || moved ? new SegmentState() : State(previous);
        var oldSegments = old.ToDictionary(s => s.Key);
        var oldFields = FieldsOf(old);
        var segments = new List<Segment>();
        foreach (var field in row.Fields())
        {
            var parts = TextSegments.Split(row.GetText(field.Name), field.Paragraphs);
            segments.AddRange(TextSegments.Align(field.Name, old.Where(s => s.Field == field.Name).ToList(), parts, now));
        }

        var differs = moved || segments.Count != old.Count || segments.Where((s, i) => s.Key != old[i].Key || s.Hash != old[i].Hash).Any();
        row.Status = TranslationStatus.Source;
        state.Segments = segments;
        if (moved)
        {
            // The old original stays as a translation of the new source: current where the new source was current.
            var was = State(row).Segments.ToDictionary(s => s.Key);
            var keys = segments.ToDictionary(s => s.Key);
            previous!.Status = TranslationStatus.Human;
            Save(previous, new SegmentState
            {
                Segments = State(previous).Segments.Where(s => keys.ContainsKey(s.Key)).Select(s => new Segment
                {
                    Field = s.Field,
                    Key = s.Key,
                    Hash = was.TryGetValue(s.Key, out var w) && w.Hash == s.Hash ? keys[s.Key].Hash : "",
                    From = keys[s.Key].Text,
                    Text = s.Text,
                    Status = TranslationStatus.Human,
                    At = s.At,
                }).ToList(),
            });
        }

        var edited = segments.Where(s => oldSegments.TryGetValue(s.Key, out var o) && o.Hash != s.Hash).ToList();
        if (!moved && minorReason is not null && edited.Count > 0)
        {
            var edit = new MinorEdit
            {
                Id = TextSegments.NewKey(),
                At = now,
                By = actor,
                Reason = minorReason.Trim(),
                Changes = edited.Select(s => new MinorChange { Field = s.Field, Key = s.Key, OldHash = oldSegments[s.Key].Hash, OldText = oldSegments[s.Key].Text, NewHash = s.Hash, NewText = s.Text }).ToList(),
            };
            foreach (var other in translations.Where(t => !ReferenceEquals(t, row)))
            {
                var otherState = State(other);
                foreach (var change in edit.Changes)
                {
                    foreach (var segment in otherState.Segments.Where(s => s.Key == change.Key && s.Hash == change.OldHash))
                    {
                        segment.Hash = change.NewHash;
                        segment.From = change.NewText;
                    }
                }

                Save(other, otherState);
            }

            (state.MinorEdits ??= []).Add(edit);
        }

        Save(row, state);
        if (changed || differs)
        {
            row.UpdatedAt = now;
        }

        if (differs)
        {
            var fields = oldFields.Union(FieldsOf(segments)).ToHashSet(StringComparer.Ordinal);
            foreach (var other in translations.Where(t => !ReferenceEquals(t, row)))
            {
                Rebuild(other, segments, fields);
            }
        }
    }

    private static void WriteTranslation<T>(T row, T source, TranslationStatus status, DateTime now, Guid? actor)
        where T : ContentTranslation
    {
        var sources = State(source).Segments;
        var old = State(row).Segments.ToDictionary(s => s.Key);
        var segments = new List<Segment>();
        foreach (var field in row.Fields())
        {
            var src = sources.Where(s => s.Field == field.Name).ToList();
            if (src.Count == 0)
            {
                continue;
            }

            var parts = TextSegments.Split(row.GetText(field.Name), field.Paragraphs);
            foreach (var (key, part) in Pair(parts, src, old, field.Paragraphs))
            {
                var from = src.First(x => x.Key == key);
                old.TryGetValue(key, out var existing);
                if (existing is not null && TextSegments.Normalize(existing.Text) == TextSegments.Normalize(part))
                {
                    segments.Add(existing);
                }
                else if (existing is null && TextSegments.Hash(part) == from.Hash)
                {
                    // The source's own text standing in for a missing translation is not a translation.
                }
                else
                {
                    segments.Add(new Segment { Field = field.Name, Key = key, Hash = from.Hash, From = from.Text, Text = part, Status = status, By = actor, At = now });
                }
            }
        }

        Save(row, new SegmentState { Segments = segments });
        Rebuild(row, sources, FieldsOf(sources));
        row.UpdatedAt = now;
    }

    /// <summary>
    /// Which source segment each paragraph of a translation written as a whole translates. A paragraph equal to an
    /// existing translation is that one's (an anchor); the paragraphs between two anchors pair in order with the
    /// source paragraphs between them (those that had a translation when there are no more paragraphs than those,
    /// since the row showed only them); one too many joins the one before it, so no text is lost.
    /// </summary>
    private static List<(string Key, string Text)> Pair(IReadOnlyList<string> parts, IReadOnlyList<Segment> src, IReadOnlyDictionary<string, Segment> existing, bool paragraphs)
    {
        var index = src.Select((s, i) => (s.Key, i)).ToDictionary(x => x.Key, x => x.i);
        var anchors = new int?[parts.Count];
        var last = -1;
        for (var p = 0; p < parts.Count; p++)
        {
            var text = TextSegments.Normalize(parts[p]);
            var match = src.Skip(last + 1).FirstOrDefault(s => existing.TryGetValue(s.Key, out var e) && TextSegments.Normalize(e.Text) == text);
            if (match is not null)
            {
                anchors[p] = last = index[match.Key];
            }
        }

        var texts = new Dictionary<int, List<string>>();
        var p0 = 0;
        var s0 = 0;
        for (var p = 0; p <= parts.Count; p++)
        {
            if (p < parts.Count && anchors[p] is null)
            {
                continue;
            }

            // The gap: parts p0..p-1 and source segments s0..(anchor-1).
            var end = p < parts.Count ? anchors[p]!.Value : src.Count;
            // The row showed only translated paragraphs: as many parts as those are those (edited); more are new ones.
            var gap = Enumerable.Range(s0, Math.Max(0, end - s0)).ToList();
            var shown = gap.Where(i => existing.ContainsKey(src[i].Key)).ToList();
            var gapSources = p - p0 <= shown.Count && shown.Count > 0 ? shown : gap;
            for (var k = 0; k < p - p0; k++)
            {
                var target = k < gapSources.Count ? gapSources[k]
                    : gapSources.Count > 0 ? gapSources[^1]
                    : s0 > 0 ? s0 - 1
                    : end < src.Count ? end : -1;
                if (target < 0)
                {
                    continue;
                }

                (texts.TryGetValue(target, out var list) ? list : texts[target] = []).Add(parts[p0 + k]);
            }

            if (p < parts.Count)
            {
                (texts.TryGetValue(end, out var list) ? list : texts[end] = []).Insert(0, parts[p]);
                s0 = end + 1;
            }

            p0 = p + 1;
        }

        return texts.OrderBy(x => x.Key).Select(x => (src[x.Key].Key, TextSegments.Join(x.Value, paragraphs)!)).ToList();
    }

    /// <summary>
    /// A translation's fields from its segments in the source's order: removed paragraphs go; a paragraph without a
    /// translation is left out (a language's row holds only that language, for search and the API; the summary says
    /// the row is not complete, and pages point to the original), except that a required field with nothing
    /// translated shows the source's text. Fields the source never had are left as they are.
    /// </summary>
    private static void Rebuild(ContentTranslation row, IReadOnlyList<Segment> sources, IReadOnlySet<string> fields)
    {
        var state = State(row);
        var keys = sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        if (state.Segments.RemoveAll(s => !keys.Contains(s.Key)) > 0)
        {
            Save(row, state);
        }

        var mine = state.Segments.ToDictionary(s => s.Key);
        foreach (var field in row.Fields().Where(f => fields.Contains(f.Name)))
        {
            var own = sources.Where(s => s.Field == field.Name).ToList();
            var text = TextSegments.Join(own.Where(s => mine.ContainsKey(s.Key)).Select(s => mine[s.Key].Text), field.Paragraphs)
                ?? (field.Required ? TextSegments.Join(own.Select(s => s.Text), field.Paragraphs) : null);
            if (row.GetText(field.Name) != text)
            {
                row.SetText(field.Name, text);
            }
        }

        row.Status = Summary(row, sources);
    }

    /// <summary>The row's status: outdated while any source segment is missing or outdated; else machine while any is; reviewed when all are; else human.</summary>
    private static TranslationStatus Summary(ContentTranslation row, IReadOnlyList<Segment> sources)
    {
        if (sources.Count == 0)
        {
            return row.Status is TranslationStatus.Outdated or TranslationStatus.Source ? TranslationStatus.Human : row.Status;
        }

        var mine = State(row).Segments.ToDictionary(s => s.Key);
        var current = sources.Select(s => mine.TryGetValue(s.Key, out var t) && t.Hash == s.Hash ? t : null).ToList();
        if (current.Any(t => t is null))
        {
            return TranslationStatus.Outdated;
        }

        if (current.Any(t => t!.Status == TranslationStatus.Machine))
        {
            return TranslationStatus.Machine;
        }

        return current.All(t => t!.Status == TranslationStatus.Reviewed) ? TranslationStatus.Reviewed : TranslationStatus.Human;
    }

    /// <summary>
    /// Rows from before segments get them from their text: the source is split; a translation pairs its paragraphs
    /// with the source's, current unless the row was outdated (then against an unknown source, so outdated).
    /// </summary>
    private static void Ensure<T>(IEnumerable<T> translations)
        where T : ContentTranslation
    {
        var list = translations as IReadOnlyCollection<T> ?? translations.ToList();
        if (list.All(t => t.Segments is not null))
        {
            return;
        }

        var source = list.FirstOrDefault(t => t.Status == TranslationStatus.Source);
        if (source is null)
        {
            return;
        }

        if (source.Segments is null)
        {
            var segments = new List<Segment>();
            foreach (var field in source.Fields())
            {
                segments.AddRange(TextSegments.Split(source.GetText(field.Name), field.Paragraphs).Select(p =>
                    new Segment { Field = field.Name, Key = TextSegments.NewKey(), Hash = TextSegments.Hash(p), Text = p, Status = TranslationStatus.Source, At = source.UpdatedAt }));
            }

            Save(source, new SegmentState { Segments = segments });
        }

        var sources = State(source).Segments;
        foreach (var row in list.Where(t => t.Segments is null))
        {
            var outdated = row.Status == TranslationStatus.Outdated;
            var status = outdated ? TranslationStatus.Human : row.Status;
            var segments = new List<Segment>();
            foreach (var field in row.Fields())
            {
                var src = sources.Where(s => s.Field == field.Name).ToList();
                var parts = TextSegments.Split(row.GetText(field.Name), field.Paragraphs);
                for (var i = 0; i < src.Count && i < parts.Count; i++)
                {
                    var part = i == src.Count - 1 && parts.Count > src.Count ? TextSegments.Join(parts.Skip(i), field.Paragraphs)! : parts[i];
                    segments.Add(new Segment { Field = field.Name, Key = src[i].Key, Hash = outdated ? "" : src[i].Hash, From = outdated ? null : src[i].Text, Text = part, Status = status, At = row.UpdatedAt });
                }
            }

            Save(row, new SegmentState { Segments = segments });
        }
    }

    private static SegmentState State(ContentTranslation row) => TextSegments.Read(row.Segments) ?? new SegmentState();

    private static void Save(ContentTranslation row, SegmentState state) => row.Segments = TextSegments.Write(state);

    private static HashSet<string> FieldsOf(ContentTranslation row) => FieldsOf(State(row).Segments);

    private static HashSet<string> FieldsOf(IEnumerable<Segment> segments) => segments.Select(s => s.Field).ToHashSet(StringComparer.Ordinal);

    private static bool IsParagraphs(ContentTranslation row, string field) => row.Fields().Any(f => f.Name == field && f.Paragraphs);

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
