using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Involvim.Web.Features.Directory;

namespace Involvim.Web.Features.Demo;

/// <summary>
/// Reads and writes the demo directory's data files (<c>Features/Demo/Data</c>, copied next to the app): the
/// organisations, places and services in one JSON file with HSDS field names and a text per language, and each guide
/// page as Markdown, one file per language (<c>guides/{slug}.{lang}.md</c>, with the title and summary in a short
/// front matter) plus <c>guides/index.json</c> for the tree. The demo is edited like content, not compiled in.
/// </summary>
internal static class DemoFiles
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Where the files are: next to the app (they are copied there by the build).</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "DemoData");

    internal sealed record OrganizationFile(string Id, OrganizationKind Kind, string? Url, string? Email, string? Phone, Dictionary<string, OrganizationText> Texts);

    internal sealed record OrganizationText(string Name, string Description);

    internal sealed record LocationFile(string Id, string OrganizationId, string Name, string Address1, string PostalCode, string City, double Latitude, double Longitude);

    internal sealed record ScheduleFile(string[] Byday, string OpensAt, string ClosesAt);

    internal sealed record ServiceTextFile(string Name, string Description, string? Eligibility, string? Fees, string? ApplicationProcess, string? Accessibility);

    internal sealed record ServiceFile(
        string Id, string OrganizationId, string[] Categories, string[] Languages, string[] AccessModes, bool Free, string? Email, string? Phone, string? Url,
        string[] Locations, ScheduleFile[] Schedules, Dictionary<string, ServiceTextFile> Texts);

    internal sealed record DirectoryFile(OrganizationFile[] Organizations, LocationFile[] Locations, ServiceFile[] Services);

    internal sealed record GuideEntry(string Slug, string? Parent, string[] Categories, int Order, string[] Languages);

    private static readonly string[] Days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static (DemoDirectory.Org[] Organizations, DemoDirectory.Place[] Places, DemoDirectory.Service[] Services, DemoDirectory.Guide[] Guides) Read(string directory)
    {
        var file = JsonSerializer.Deserialize<DirectoryFile>(File.ReadAllText(Path.Combine(directory, "directory.json")), Json)
            ?? throw new InvalidDataException("directory.json is empty");
        var organizations = file.Organizations.Select(o => new DemoDirectory.Org(o.Id, o.Kind, o.Url, o.Email, o.Phone, o.Texts.ToDictionary(t => t.Key, t => (t.Value.Name, t.Value.Description)))).ToArray();
        var places = file.Locations.Select(l => new DemoDirectory.Place(l.Id, l.OrganizationId, l.Name, l.Address1, l.PostalCode, l.City, l.Latitude, l.Longitude)).ToArray();
        var services = file.Services.Select(s => new DemoDirectory.Service(
            s.Id, s.OrganizationId, s.Categories, s.Languages, s.AccessModes, s.Free, s.Email, s.Phone, s.Url, s.Locations,
            [.. s.Schedules.Select(h => new DemoDirectory.Hours([.. h.Byday.Select(d => (DayOfWeek)Array.IndexOf(Days, d))], h.OpensAt, h.ClosesAt))],
            s.Texts.ToDictionary(t => t.Key, t => new DemoDirectory.ServiceText(t.Value.Name, t.Value.Description, t.Value.Eligibility, t.Value.Fees, t.Value.ApplicationProcess, t.Value.Accessibility))))
            .ToArray();
        var guides = JsonSerializer.Deserialize<GuideEntry[]>(File.ReadAllText(Path.Combine(directory, "guides", "index.json")), Json) ?? [];
        return (organizations, places, services, guides.Select(g => new DemoDirectory.Guide(g.Slug, g.Parent, g.Categories, g.Order,
            g.Languages.ToDictionary(l => l, l => ReadPage(Path.Combine(directory, "guides", $"{g.Slug}.{l}.md")))))
            .ToArray());
    }

    /// <summary>Writes the data files (used once to move the demo out of C# literals; kept so the format has one definition).</summary>
    public static void Write(string directory, DemoDirectory.Org[] organizations, DemoDirectory.Place[] places, DemoDirectory.Service[] services, DemoDirectory.Guide[] guides)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "guides"));
        var file = new DirectoryFile(
            [.. organizations.Select(o => new OrganizationFile(o.Key, o.Kind, o.Website, o.Email, o.Phone, o.Texts.ToDictionary(t => t.Key, t => new OrganizationText(t.Value.Name, t.Value.Description))))],
            [.. places.Select(p => new LocationFile(p.Key, p.OrgKey, p.Name, p.Address, p.PostalCode, p.City, p.Latitude, p.Longitude))],
            [.. services.Select(s => new ServiceFile(
                s.Key, s.OrgKey, s.Categories, s.Languages, s.Access, s.Free, s.Email, s.Phone, s.Website, s.PlaceKeys,
                [.. s.Hours.Select(h => new ScheduleFile([.. h.Days.Select(d => Days[(int)d])], h.Opens, h.Closes))],
                s.Texts.ToDictionary(t => t.Key, t => new ServiceTextFile(t.Value.Name, t.Value.Description, t.Value.Eligibility, t.Value.Fees, t.Value.HowToApply, t.Value.Accessibility))))]);
        File.WriteAllText(Path.Combine(directory, "directory.json"), JsonSerializer.Serialize(file, Json) + "\n");
        File.WriteAllText(Path.Combine(directory, "guides", "index.json"), JsonSerializer.Serialize(guides.Select(g => new GuideEntry(g.Slug, g.ParentSlug, g.Categories, g.Order, [.. g.Texts.Keys])).ToArray(), Json) + "\n");
        foreach (var guide in guides)
        {
            foreach (var (language, (title, summary, body)) in guide.Texts)
            {
                File.WriteAllText(Path.Combine(directory, "guides", $"{guide.Slug}.{language}.md"), $"---\ntitle: {title}\nsummary: {summary}\n---\n{body}");
            }
        }
    }

    /// <summary>A guide page file: <c>---</c>, <c>title:</c>, <c>summary:</c>, <c>---</c>, then the Markdown body as it is.</summary>
    private static (string Title, string Summary, string Body) ReadPage(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n");
        var lines = text.Split('\n');
        if (lines.Length < 4 || lines[0] != "---" || !lines[1].StartsWith("title: ", StringComparison.Ordinal) || !lines[2].StartsWith("summary: ", StringComparison.Ordinal) || lines[3] != "---")
        {
            throw new InvalidDataException($"{path}: expected a front matter of title and summary");
        }

        var bodyStart = lines[0].Length + lines[1].Length + lines[2].Length + lines[3].Length + 4;
        return (lines[1]["title: ".Length..], lines[2]["summary: ".Length..], text[bodyStart..]);
    }
}
