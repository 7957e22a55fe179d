using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Matching;

namespace Involvim.Benchmarks;

/// <summary>
/// Ranking one help request against 100,000 volunteers of a region (ADR 0011): a seeded mix of 8 languages
/// (sl, bs, sq, mk, uk, ne, en, ar), skills, areas and weekly slots; 8 typical requests in rotation, one of them in a
/// language nobody speaks (interpreter mode: two passes).
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private VolunteerCandidate[] _candidates = null!;
    private MatchRequest[] _requests = null!;
    private MatchContext _context = null!;
    private int _next;

    [Params(100_000)]
    public int Volunteers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _candidates = Candidates(Volunteers, 42);
        _requests = Requests();
        _context = Context();
    }

    [Benchmark(Description = "rank one request, top 50 (cycling through 8 requests)")]
    public int Rank() => VolunteerMatcher.Rank(_requests[_next++ % _requests.Length], _candidates, _context).Ranked.Count;

    public static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);

    public static MatchContext Context() => new(Now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Ljubljana"), "sl");

    private static readonly string[] Languages = ["sl", "bs", "sq", "mk", "uk", "ne", "en", "ar"];

    /// <summary>How often each of <see cref="Languages"/> is spoken (besides Slovenian, which most volunteers speak).</summary>
    private static readonly int[] LanguageWeights = [0, 20, 10, 8, 12, 3, 35, 12];

    private static readonly string[] Areas = ["litija", "smartno", "gabrovka", "polsnik", "jevnica", "kresnice", "sava", "dole", "vace", "tihaboj"];

    public static MatchRequest[] Requests() =>
    [
        Request("housing", ["uk", "en"], "litija", "tue-evening,thu-evening,sat-morning"),
        Request("documents-permits", ["bs"], null, ""),
        Request("language-learning", ["sq", "en"], "smartno", "mon-afternoon,wed-afternoon,fri-afternoon"),
        Request("health", ["ar"], "gabrovka", "", needsVetting: true),
        Request("work-rights", ["mk", "bs", "en"], "litija", "sat-morning,sun-morning"),
        Request("family-children", ["ne", "en"], null, "mon-evening,tue-evening,wed-evening,thu-evening,fri-evening"),
        Request("jobs-training", ["en"], "vace", ""),
        // Pashto or Persian: no volunteer speaks either, so interpreter mode (a second pass over everyone) ranks nobody.
        Request("transport", ["ps", "fa"], "litija", ""),
    ];

    private static MatchRequest Request(string category, string[] languages, string? area, string slots, bool needsVetting = false)
    {
        WeeklySlots.TryParse(slots, out var mask);
        return new MatchRequest(Guid.NewGuid(), category, languages, area, mask, needsVetting, new HashSet<Guid>());
    }

    public static VolunteerCandidate[] Candidates(int count, int seed)
    {
        var random = new Random(seed);
        var totalWeight = LanguageWeights.Sum();
        var candidates = new VolunteerCandidate[count];
        var guid = new byte[16];
        for (var i = 0; i < count; i++)
        {
            var languages = new List<SpokenLanguage>(3);
            if (random.Next(100) < 85)
            {
                languages.Add(new SpokenLanguage("sl", random.Next(100) < 80 ? LanguageLevel.Native : LanguageLevel.Fluent));
            }

            for (var extra = random.Next(languages.Count == 0 ? 1 : 0, 3); extra > 0; extra--)
            {
                var pick = random.Next(totalWeight);
                var index = 0;
                while (pick >= LanguageWeights[index])
                {
                    pick -= LanguageWeights[index++];
                }

                if (!languages.Exists(l => l.Code == Languages[index]))
                {
                    languages.Add(new SpokenLanguage(Languages[index], (LanguageLevel)random.Next(1, 4)));
                }
            }

            var skills = new HashSet<string>(StringComparer.Ordinal);
            for (var s = random.Next(1, 4); s > 0; s--)
            {
                skills.Add(Categories.Codes[random.Next(Categories.Codes.Count)]);
            }

            var areas = new HashSet<string>(StringComparer.Ordinal);
            for (var a = random.Next(0, 3); a > 0; a--)
            {
                areas.Add(Areas[random.Next(Areas.Length)]);
            }

            var slots = 0;
            for (var s = random.Next(0, 9); s > 0; s--)
            {
                slots |= 1 << random.Next(21);
            }

            random.NextBytes(guid);
            var accepted = random.Next(0, 40);
            var maxTasks = random.Next(1, 5);
            candidates[i] = new VolunteerCandidate(
                new Guid(guid),
                Approved: random.Next(100) < 95,
                Active: random.Next(100) < 95,
                PausedUntil: random.Next(100) < 5 ? DateOnly.FromDateTime(Now).AddDays(random.Next(-10, 30)) : null,
                Vetted: random.Next(100) < 50,
                MaxActiveTasks: maxTasks,
                ActiveTasks: random.Next(0, maxTasks + 1),
                Languages: languages,
                Skills: skills,
                Areas: areas,
                AvailableSlots: slots,
                LastOfferedAtUtc: random.Next(100) < 20 ? null : Now.AddMinutes(-random.Next(0, 90 * 24 * 60)),
                AcceptedCount: accepted,
                CompletedCount: random.Next(0, accepted + 1));
        }

        return candidates;
    }
}

/// <summary>
/// <c>dotnet run -c Release --project bench/Involvim.Benchmarks -- latency-matching [volunteers] [rankings]</c>:
/// ranks the 8 requests in rotation many times and prints median, p95 and p99 (the budget is a median under 50 ms).
/// </summary>
public static class MatchingLatency
{
    public static void Run(int volunteers, int rankings)
    {
        var build = Stopwatch.StartNew();
        var candidates = MatchingBenchmarks.Candidates(volunteers, 42);
        build.Stop();
        var requests = MatchingBenchmarks.Requests();
        var context = MatchingBenchmarks.Context();
        for (var i = 0; i < 50; i++)
        {
            VolunteerMatcher.Rank(requests[i % requests.Length], candidates, context);
        }

        var times = new double[rankings];
        var perRequest = new List<double>[requests.Length];
        for (var r = 0; r < requests.Length; r++)
        {
            perRequest[r] = [];
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var interpreter = 0;
        for (var i = 0; i < rankings; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = VolunteerMatcher.Rank(requests[i % requests.Length], candidates, context);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            perRequest[i % requests.Length].Add(times[i]);
            interpreter += result.NeedsInterpreter ? 1 : 0;
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)rankings;
        Console.WriteLine(FormattableString.Invariant($"{volunteers} volunteers generated in {build.Elapsed.TotalMilliseconds:F0} ms; {rankings} rankings (top 50), {interpreter} in interpreter mode, {allocated / 1024:F1} KB allocated per ranking"));
        Console.WriteLine(FormattableString.Invariant($"all requests: median {Percentile(times, 0.5):F2} ms, p95 {Percentile(times, 0.95):F2} ms, p99 {Percentile(times, 0.99):F2} ms, max {times.Max():F2} ms"));
        for (var r = 0; r < requests.Length; r++)
        {
            var request = requests[r];
            var sample = perRequest[r].ToArray();
            Console.WriteLine(FormattableString.Invariant($"  {request.Category,-18} [{string.Join(",", request.Languages)}]: median {Percentile(sample, 0.5):F2} ms, p95 {Percentile(sample, 0.95):F2} ms"));
        }
    }

    private static double Percentile(double[] values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(q * sorted.Length) - 1)];
    }
}
