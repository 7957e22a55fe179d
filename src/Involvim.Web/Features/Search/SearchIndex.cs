using System.Collections.Frozen;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;

namespace Involvim.Web.Features.Search;

/// <summary>A searchable thing as the index keeps it: enough to filter, rank, title and link a result without the database.</summary>
public sealed class SearchDocument
{
    public required string Type { get; init; }

    public required Guid Id { get; init; }

    public Guid? OrganizationId { get; init; }

    /// <summary>URL name for guides.</summary>
    public string? Slug { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Languages the service is delivered in.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public bool IsFree { get; init; }

    /// <summary>Title per content language, the source first.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Titles { get; init; }

    public IReadOnlyList<OpeningRule> OpeningRules { get; init; } = [];

    public IReadOnlyList<ScheduleException> ScheduleExceptions { get; init; } = [];

    /// <summary>The title for a reader: their language, else the region's, else English, else the source.</summary>
    public string TitleIn(string language, string regionDefault) => TitleFor(language, regionDefault).Title;

    /// <summary>The title for a reader and the language it is in (which differs from theirs when it is a fallback).</summary>
    public (string Title, string Language) TitleFor(string language, string regionDefault)
    {
        foreach (var wanted in new[] { language, regionDefault, "en" })
        {
            foreach (var (lang, title) in Titles)
            {
                if (lang == wanted)
                {
                    return (title, lang);
                }
            }
        }

        return Titles.Count > 0 ? (Titles[0].Value, Titles[0].Key) : ("", regionDefault);
    }

    /// <summary>Whether there is a text in this language (not a fallback).</summary>
    public bool HasTextIn(string language) => Titles.Any(t => t.Key == language);
}

/// <summary>One text of a document to index: its language and how much a match in it counts (title 3, body 1).</summary>
public readonly record struct IndexedText(string Language, float Weight, string? Text);

/// <summary>
/// The in-memory index of one region: an inverted index of stems with field weights, a one-deletion
/// neighbourhood for typo tolerance, a sorted term list for prefixes, and the category lexicon. Immutable once
/// built; the owner swaps in a new one when content changes.
/// </summary>
public sealed class RegionSearchIndex
{
    private const float ExactMatch = 1.0f;
    private const float PrefixMatch = 0.7f;
    private const float FuzzyMatch = 0.6f;
    private const float CategoryIntent = 2.5f;
    private const float RequestedLanguageBonus = 1.1f;

    private readonly FrozenDictionary<string, Posting[]> _postings;
    private readonly FrozenDictionary<string, string[]> _deletions;
    private readonly string[] _sortedTerms;
    private readonly Dictionary<string, int[]> _byCategory;
    private readonly CategoryLexicon _lexicon;

    private RegionSearchIndex(
        IReadOnlyList<SearchDocument> documents,
        FrozenDictionary<string, Posting[]> postings,
        CategoryLexicon lexicon)
    {
        Documents = documents;
        _postings = postings;
        _lexicon = lexicon;
        _sortedTerms = [.. postings.Keys.Order(StringComparer.Ordinal)];
        var deletions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var term in _sortedTerms)
        {
            if (term.Length < 4)
            {
                continue;
            }

            foreach (var deletion in Deletions(term))
            {
                if (!deletions.TryGetValue(deletion, out var list))
                {
                    deletions[deletion] = list = [];
                }

                list.Add(term);
            }
        }

        _deletions = deletions.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byCategory = Categories.Codes.ToDictionary(
            c => c,
            c => Enumerable.Range(0, documents.Count).Where(i => documents[i].Categories.Contains(c)).ToArray(),
            StringComparer.Ordinal);
    }

    public IReadOnlyList<SearchDocument> Documents { get; }

    public int TermCount => _postings.Count;

    private readonly record struct Posting(int Document, float Weight, string Language);

    public static RegionSearchIndex Build(IReadOnlyList<(SearchDocument Document, IReadOnlyList<IndexedText> Texts)> input, CategoryLexicon lexicon)
    {
        var postings = new Dictionary<string, Dictionary<int, Posting>>(StringComparer.Ordinal);
        var documents = new List<SearchDocument>(input.Count);
        for (var i = 0; i < input.Count; i++)
        {
            var (document, texts) = input[i];
            documents.Add(document);
            foreach (var text in texts)
            {
                foreach (var term in TextNormalizer.Terms(text.Text))
                {
                    if (!postings.TryGetValue(term, out var perDocument))
                    {
                        postings[term] = perDocument = [];
                    }

                    // Keep the best field of the document for this term.
                    if (!perDocument.TryGetValue(i, out var existing) || existing.Weight < text.Weight)
                    {
                        perDocument[i] = new Posting(i, text.Weight, text.Language);
                    }
                }
            }
        }

        return new RegionSearchIndex(
            documents,
            postings.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Values.ToArray(), StringComparer.Ordinal),
            lexicon);
    }

    /// <summary>Documents matching the query, best first (empty when nothing matches or the query is only stop words).</summary>
    public IReadOnlyList<(SearchDocument Document, double Score)> Search(string query, string language, int limit, Func<SearchDocument, bool>? filter = null)
    {
        var terms = TextNormalizer.Terms(query).Distinct(StringComparer.Ordinal).Take(12).ToList();
        if (terms.Count == 0 || Documents.Count == 0)
        {
            return [];
        }

        var scores = new float[Documents.Count];
        var matched = new byte[Documents.Count];
        var best = new float[Documents.Count];
        var touched = new List<int>();
        var intent = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var term in terms)
        {
            foreach (var (candidate, quality) in Candidates(term))
            {
                var postings = _postings[candidate];
                var idf = (float)Math.Log(1 + ((double)Documents.Count / postings.Length));
                foreach (var posting in postings)
                {
                    var value = quality * posting.Weight * idf * (posting.Language == language ? RequestedLanguageBonus : 1f);
                    if (best[posting.Document] == 0)
                    {
                        touched.Add(posting.Document);
                    }

                    if (value > best[posting.Document])
                    {
                        best[posting.Document] = value;
                    }
                }
            }

            foreach (var document in touched)
            {
                scores[document] += best[document];
                matched[document]++;
                best[document] = 0;
            }

            touched.Clear();

            foreach (var category in _lexicon.CategoriesFor(term))
            {
                intent[category] = intent.GetValueOrDefault(category) + 1;
            }
        }

        foreach (var (category, strength) in intent)
        {
            if (!_byCategory.TryGetValue(category, out var members))
            {
                continue;
            }

            foreach (var document in members)
            {
                scores[document] += CategoryIntent * strength;
                matched[document] = (byte)Math.Max(matched[document], (byte)Math.Min(strength, terms.Count));
            }
        }

        var results = new List<(SearchDocument, double)>();
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= 0 || (filter is not null && !filter(Documents[i])))
            {
                continue;
            }

            var coverage = 1 + ((double)matched[i] / terms.Count);
            var typePrior = Documents[i].Type switch
            {
                DirectoryChanges.Service => 1.0,
                DirectoryChanges.Guide => 0.9,
                _ => 0.8,
            };
            results.Add((Documents[i], scores[i] * coverage * typePrior));
        }

        return results
            .OrderByDescending(r => r.Item2)
            .ThenBy(r => r.Item1.Id)
            .Take(limit)
            .ToList();
    }

    /// <summary>Index terms that match a query term: itself, terms it starts (5+ letters), terms one edit away (4+ letters).</summary>
    private IEnumerable<(string Term, float Quality)> Candidates(string term)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (_postings.ContainsKey(term) && seen.Add(term))
        {
            yield return (term, ExactMatch);
        }

        if (term.Length >= 5)
        {
            var start = Array.BinarySearch(_sortedTerms, term, StringComparer.Ordinal);
            if (start < 0)
            {
                start = ~start;
            }

            for (var i = start; i < _sortedTerms.Length && _sortedTerms[i].StartsWith(term, StringComparison.Ordinal); i++)
            {
                if (seen.Add(_sortedTerms[i]))
                {
                    yield return (_sortedTerms[i], PrefixMatch);
                }
            }
        }

        if (term.Length < 4)
        {
            yield break;
        }

        // One deletion from either side finds substitutions, insertions and deletions. A typo in a short word
        // is more often another word (житло / життя), so it counts for less.
        var fuzzy = term.Length >= 6 ? FuzzyMatch : FuzzyMatch / 2;
        foreach (var key in Deletions(term).Prepend(term))
        {
            if (_postings.ContainsKey(key) && seen.Add(key))
            {
                yield return (key, fuzzy);
            }

            if (_deletions.TryGetValue(key, out var terms))
            {
                foreach (var candidate in terms)
                {
                    if (seen.Add(candidate) && WithinOneEdit(term, candidate))
                    {
                        yield return (candidate, fuzzy);
                    }
                }
            }
        }
    }

    internal static IEnumerable<string> Deletions(string term)
    {
        for (var i = 0; i < term.Length; i++)
        {
            yield return string.Concat(term.AsSpan(0, i), term.AsSpan(i + 1));
        }
    }

    internal static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}

/// <summary>
/// Category labels and synonyms of every UI language, as search terms: a Ukrainian "житло" or an Arabic "سكن"
/// points the search at the housing category whatever language the services are written in.
/// </summary>
public sealed class CategoryLexicon
{
    private readonly FrozenDictionary<string, string[]> _categories;
    private readonly FrozenDictionary<string, string[]> _deletions;

    public CategoryLexicon(IEnumerable<(string Category, string Phrase)> entries)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (category, phrase) in entries)
        {
            foreach (var term in TextNormalizer.Terms(phrase))
            {
                if (!map.TryGetValue(term, out var set))
                {
                    map[term] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(category);
            }
        }

        _categories = map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var deletions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var term in _categories.Keys.Where(t => t.Length >= 5))
        {
            foreach (var deletion in RegionSearchIndex.Deletions(term))
            {
                if (!deletions.TryGetValue(deletion, out var list))
                {
                    deletions[deletion] = list = [];
                }

                list.Add(term);
            }
        }

        _deletions = deletions.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    public int TermCount => _categories.Count;

    /// <summary>Categories a query term names, exactly or with one typo (5+ letters).</summary>
    public IReadOnlyCollection<string> CategoriesFor(string term)
    {
        if (_categories.TryGetValue(term, out var exact))
        {
            return exact;
        }

        if (term.Length < 5)
        {
            return [];
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in RegionSearchIndex.Deletions(term).Prepend(term))
        {
            if (_categories.TryGetValue(key, out var direct))
            {
                found.UnionWith(direct);
            }

            if (_deletions.TryGetValue(key, out var terms))
            {
                foreach (var candidate in terms.Where(c => RegionSearchIndex.WithinOneEdit(term, c)))
                {
                    found.UnionWith(_categories[candidate]);
                }
            }
        }

        return found;
    }
}
