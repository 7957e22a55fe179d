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
            foreach (var file in Directory.GetFiles(DemoFiles.Directory, "*", SearchOption.AllDirectories))
            {
                Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(again, Path.GetRelativePath(DemoFiles.Directory, file))));
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }
}
