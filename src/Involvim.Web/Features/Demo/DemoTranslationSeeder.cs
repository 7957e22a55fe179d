using Involvim.Web.Features.Guides;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Translations;
using Involvim.Web.Features.Translations.Machine;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Demo;

/// <summary>
/// The translator's desk in the Litija demo: the demo translator translates Slovenian into Ukrainian and Arabic; one
/// guide's original changed after it was translated (one paragraph out of date in every language); one guide has a
/// machine-drafted Arabic title and summary waiting for a check; the translation memory knows the demo translations;
/// machine translation is the demo's stand-in provider (clearly marked text, never a real provider).
/// Run again, it changes nothing.
/// </summary>
public static class DemoTranslationSeeder
{
    public const string ChangedGuide = "osebni-zdravnik";
    public const string MachineGuide = "vpis-v-vrtec";

    /// <summary>The sentence added to the doctor guide's interpreter paragraph after it was translated.</summary>
    public const string AddedSentence = " Na informacijski točki za tujce vam pomagajo poiskati zdravnika, ki sprejema nove paciente.";

    public static async Task<int> SeedAsync(AppDbContext db, Guid regionId, Guid translatorId, DateTime now, CancellationToken ct)
    {
        var created = 0;
        foreach (var to in new[] { "uk", "ar" })
        {
            if (!await db.TranslatorPairs.IgnoreQueryFilters([AppDbContext.RegionFilter]).AnyAsync(p => p.RegionId == regionId && p.UserId == translatorId && p.SourceLanguage == "sl" && p.TargetLanguage == to, ct))
            {
                db.TranslatorPairs.Add(new TranslatorPair { RegionId = regionId, UserId = translatorId, SourceLanguage = "sl", TargetLanguage = to, CreatedAt = now });
                created++;
            }
        }

        // The demo's stand-in provider (marks text instead of translating; refused outside demo regions).
        if (!await db.MachineTranslationSettings.IgnoreQueryFilters([AppDbContext.RegionFilter]).AnyAsync(m => m.RegionId == regionId, ct))
        {
            db.MachineTranslationSettings.Add(new MachineTranslationSettings
            {
                RegionId = regionId,
                Provider = MachineProviders.DemoFake,
                IsPrivate = true,
                MonthlyCharacterBudget = 50_000,
                PublishMachineDrafts = true,
                UpdatedAt = now,
            });
            created++;
        }

        var guides = await db.Guides.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(g => g.RegionId == regionId).Include(g => g.Translations).ToListAsync(ct);

        // The memory starts from the demo's own translations, once: seeding runs at every start of ./run.sh, and a
        // demo region may meanwhile hold a large import (bench/load) that the memory needs not be rebuilt from.
        if (!await db.TranslationMemory.IgnoreQueryFilters([AppDbContext.RegionFilter]).AnyAsync(e => e.RegionId == regionId, ct))
        {
            foreach (var g in guides)
            {
                await TranslationMemory.LearnAsync(db, regionId, new TextSet<GuideTranslation>(g.Translations, () => new GuideTranslation { GuideId = g.Id }), now, ct);
            }

            var services = await db.Services.IgnoreQueryFilters([AppDbContext.RegionFilter]).Where(s => s.RegionId == regionId).Include(s => s.Translations).ToListAsync(ct);
            foreach (var s in services)
            {
                await TranslationMemory.LearnAsync(db, regionId, new TextSet<Directory.ServiceTranslation>(s.Translations, () => new Directory.ServiceTranslation { ServiceId = s.Id }), now, ct);
            }
        }

        if (guides.FirstOrDefault(g => g.Slug == ChangedGuide) is { } changed &&
            changed.Translations.FirstOrDefault(t => t.Status == TranslationStatus.Source) is { } source && !source.BodyMarkdown.Contains(AddedSentence, StringComparison.Ordinal))
        {
            var body = source.BodyMarkdown.TrimEnd() + AddedSentence + "\n";
            ContentTranslations.Write(changed.Translations, source.Language, TranslationStatus.Source, now, () => new GuideTranslation { GuideId = changed.Id }, row =>
            {
                row.BodyMarkdown = body;
                return true;
            });
            DirectoryChanges.Record(db, regionId, DirectoryChanges.Guide, changed.Id, now);
            created++;
        }

        if (guides.FirstOrDefault(g => g.Slug == MachineGuide) is { } machine && machine.Translations.All(t => t.Language != "ar"))
        {
            var keys = ContentTranslations.View(machine.Translations, "ar").Where(v => v.Field is nameof(GuideTranslation.Title) or nameof(GuideTranslation.Summary)).Select(v => (v.Field, v.Key)).ToList();
            var drafts = new Dictionary<string, string>
            {
                [nameof(GuideTranslation.Title)] = "التسجيل في روضة الأطفال",
                [nameof(GuideTranslation.Summary)] = "من يمكنه الذهاب إلى الروضة، وكيف تسجّل طفلك، وكم يكلّف ذلك، وكيف تجري الأيام الأولى.",
            };
            new TextSet<GuideTranslation>(machine.Translations, () => new GuideTranslation { GuideId = machine.Id })
                .Translate("ar", keys.Select(k => (k.Key, drafts[k.Field])), TranslationStatus.Machine, null, now);
            DirectoryChanges.Record(db, regionId, DirectoryChanges.Guide, machine.Id, now);
            created++;
        }

        await db.SaveChangesAsync(ct);
        return created;
    }
}
