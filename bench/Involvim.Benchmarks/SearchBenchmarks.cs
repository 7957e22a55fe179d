using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Involvim.Web;
using Involvim.Web.Features.Demo;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Search;
using Involvim.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Involvim.Benchmarks;

/// <summary>
/// Search over 10,000 services with texts in 3 languages (sl, en, uk), made from the demo directory's texts with
/// varied names, plus the real category lexicon of all 13 UI languages.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    public static readonly string[] Queries =
    [
        "stanovanje", "slovenscina", "kurz slovenskog", "житло", "where can I learn Slovenian?", "zdravnik", "курс словенского",
        "neizplačana plača", "football for children", "davčna številka", "vrtec", "bus to Ljubljana", "طبيب", "banesë",
    ];

    private RegionSearchIndex _index = null!;
    private int _next;

    [Params(10_000)]
    public int Services { get; set; }

    [GlobalSetup]
    public void Setup() => _index = BuildIndex(Services);

    [Benchmark(Description = "one query (cycling through 14 typical queries)")]
    public int Query() => _index.Search(Queries[_next++ % Queries.Length], "sl", 20).Count;

    public static RegionSearchIndex BuildIndex(int services)
    {
        var random = new Random(42);
        var demo = DemoDirectory.Services;
        var input = new List<(SearchDocument, IReadOnlyList<IndexedText>)>(services);
        for (var i = 0; i < services; i++)
        {
            var template = demo[i % demo.Length];
            var variant = i < demo.Length ? "" : $" {Word(random)} {i}";
            var texts = new List<IndexedText>();
            foreach (var language in new[] { "sl", "en", "uk" })
            {
                var text = template.Texts.GetValueOrDefault(language) ?? template.Texts["en"];
                texts.Add(new IndexedText(language, 3f, text.Name + variant));
                texts.Add(new IndexedText(language, 1f, text.Description + " " + Word(random) + " " + Word(random)));
                texts.Add(new IndexedText(language, 0.6f, text.HowToApply));
            }

            input.Add((new SearchDocument
            {
                Type = DirectoryChanges.Service,
                Id = Guid.NewGuid(),
                Categories = template.Categories,
                Languages = template.Languages,
                Titles = [KeyValuePair.Create("sl", template.Texts["sl"].Name + variant)],
            }, texts));
        }

        return RegionSearchIndex.Build(input, Lexicon());
    }

    public static CategoryLexicon Lexicon()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var localizer = factory.Create(typeof(SharedResource));
        var entries = new List<(string, string)>();
        foreach (var language in UiLanguages.All)
        {
            using var _ = new CultureScope(language.Code);
            foreach (var code in Categories.Codes)
            {
                entries.Add((code, localizer[$"Category.{code}"]));
                entries.AddRange(localizer[$"Category.{code}.Synonyms"].Value.Split(',', StringSplitOptions.TrimEntries).Select(s => (code, s)));
            }
        }

        return new CategoryLexicon(entries);
    }

    private static string Word(Random random)
    {
        const string letters = "abcdeghijklmnoprstuvz";
        return string.Create(random.Next(4, 9), random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = letters[r.Next(letters.Length)];
            }
        });
    }
}

/// <summary>
/// <c>dotnet run -c Release --project bench/Involvim.Benchmarks -- latency-search [services] [queries]</c>:
/// runs many queries and prints median, p95 and p99 (BenchmarkDotNet reports means; the budget is in percentiles).
/// </summary>
public static class SearchLatency
{
    public static void Run(int services, int queries)
    {
        var build = Stopwatch.StartNew();
        var index = SearchBenchmarks.BuildIndex(services);
        build.Stop();
        for (var i = 0; i < 2_000; i++)
        {
            index.Search(SearchBenchmarks.Queries[i % SearchBenchmarks.Queries.Length], "sl", 20);
        }

        var times = new double[queries];
        for (var i = 0; i < queries; i++)
        {
            var start = Stopwatch.GetTimestamp();
            index.Search(SearchBenchmarks.Queries[i % SearchBenchmarks.Queries.Length], "sl", 20);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        double P(double q) => times[(int)Math.Min(times.Length - 1, Math.Ceiling(q * times.Length) - 1)];
        Console.WriteLine(FormattableString.Invariant($"index: {services} services x 3 languages, {index.TermCount} terms, built in {build.Elapsed.TotalMilliseconds:F0} ms"));
        Console.WriteLine(FormattableString.Invariant($"{queries} queries: median {P(0.5):F3} ms, p95 {P(0.95):F3} ms, p99 {P(0.99):F3} ms, max {times[^1]:F3} ms"));
    }
}
