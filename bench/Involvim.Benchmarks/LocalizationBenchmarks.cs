using BenchmarkDotNet.Attributes;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Localization;

namespace Involvim.Benchmarks;

/// <summary>The per-request work of every public page: choosing the UI language and the content translation.</summary>
[MemoryDiagnoser]
public class LocalizationBenchmarks
{
    private readonly List<RegionTranslation> _translations = [];
    private readonly string[] _offered = ["sl", "en", "bs", "sq", "mk", "uk", "ru", "ne", "ar", "fa"];

    [GlobalSetup]
    public void Setup()
    {
        var now = DateTime.UtcNow;
        foreach (var language in _offered)
        {
            ContentTranslations.Write(_translations, language, language == "sl" ? TranslationStatus.Source : TranslationStatus.Human, now,
                () => new RegionTranslation(), row =>
                {
                    row.Name = "Občina Litija " + language;
                    return true;
                });
        }
    }

    [Benchmark]
    public string? PickRequestedLanguage() => ContentTranslations.Pick(_translations, "uk", "sl")?.Value.Name;

    [Benchmark]
    public string? PickWithFallback() => ContentTranslations.Pick(_translations, "pl", "sl")?.Value.Name;

    [Benchmark]
    public string? BestMatchAcceptLanguage() => UiLanguages.BestMatch("de-DE,de;q=0.9,uk;q=0.8,en;q=0.7", _offered);
}
