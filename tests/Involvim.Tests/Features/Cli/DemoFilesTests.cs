using Involvim.Web.Features.Demo;
using Involvim.Web.Features.Directory;

namespace Involvim.Tests.Features.Cli;

/// <summary>
/// The demo is content in files (Features/Demo/Data), edited by hand: every reference in them must resolve, and a
/// file written from what was read is the same file (the format has one definition).
/// </summary>
public sealed class DemoFilesTests
{
    [Fact]
    public void DemoFiles_AreCopiedNextToTheApp_AndEveryReferenceResolves()
    {
        var (organizations, places, services, guides) = DemoFiles.Read(DemoFiles.Directory);
        Assert.True(organizations.Length >= 10 && places.Length >= 10 && services.Length >= 30 && guides.Length >= 10, $"{organizations.Length} organisations, {places.Length} places, {services.Length} services, {guides.Length} guides");
        var organizationKeys = organizations.Select(o => o.Key).Concat(DemoData.Litija.Organizations.Select(o => o.Key)).ToHashSet(StringComparer.Ordinal);
        var placeKeys = places.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(places, p => Assert.Contains(p.OrgKey, organizationKeys));
        Assert.All(services, s =>
        {
            Assert.Contains(s.OrgKey, organizationKeys);
            Assert.All(s.PlaceKeys, k => Assert.Contains(k, placeKeys));
            Assert.All(s.Categories, c => Assert.True(Categories.IsKnown(c), $"{s.Key}: unknown category {c}"));
            Assert.True(s.Texts.ContainsKey("sl"), $"{s.Key} has no Slovenian text");
        });
        var slugs = guides.Select(g => g.Slug).ToList();
        Assert.Equal(slugs.Count, slugs.Distinct(StringComparer.Ordinal).Count());
        for (var i = 0; i < guides.Length; i++)
        {
            // A parent comes before its children, so the seeder can place each page.
            Assert.True(guides[i].ParentSlug is null || slugs.IndexOf(guides[i].ParentSlug!) is >= 0 and var p && p < i, $"{guides[i].Slug}: parent {guides[i].ParentSlug}");
            Assert.All(guides[i].Texts.Values, t => Assert.False(string.IsNullOrWhiteSpace(t.Title) || string.IsNullOrWhiteSpace(t.Body), guides[i].Slug));
        }
    }

    [Fact]
    public void WrittenFromWhatWasRead_IsTheSameFiles()
    {
        var (organizations, places, services, guides) = DemoFiles.Read(DemoFiles.Directory);
        var again = Path.Combine(Path.GetTempPath(), "involvim-demo-" + Guid.NewGuid().ToString("N"));
        try
        {
            DemoFiles.Write(again, organizations, places, services, guides);
            // events.json is the events' own file (DemoEventSeeder reads it; checked below).
            foreach (var file in Directory.GetFiles(DemoFiles.Directory, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "events.json"))
            {
                Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(again, Path.GetRelativePath(DemoFiles.Directory, file))));
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public void TheDemoEvents_NameKnownOrganisationsAndPlaces_AndHaveTheirTextsInSlovenian()
    {
        var file = DemoEventSeeder.Read();
        var organizations = Involvim.Web.Features.Demo.DemoData.Litija.Organizations.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var (_, places, _, _) = DemoFiles.Read(DemoFiles.Directory);
        Assert.Equal(4, file.Events.Length);
        Assert.All(file.Events, e =>
        {
            Assert.Contains(e.OrganizationId, organizations);
            Assert.True(e.LocationId is null || places.Any(p => p.Key == e.LocationId && p.OrgKey == e.LocationId), e.Id);
            Assert.True(e.Texts.ContainsKey("sl"), e.Id);
            Assert.True(e.Rule is null || Involvim.Web.Features.Events.EventSchedule.RuleProblem(e.Rule, "Europe/Ljubljana") is null, e.Id);
        });
        Assert.All(file.Holidays, h => Assert.NotNull(Involvim.Web.Features.Events.EventSchedule.ParseDay(h.Date)));
    }
}
