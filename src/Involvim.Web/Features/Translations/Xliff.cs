using System.Xml;
using System.Xml.Linq;
using Involvim.Web.Infrastructure.Content;

namespace Involvim.Web.Features.Translations;

/// <summary>One translated segment read from an XLIFF file.</summary>
public sealed record XliffUnit(string File, string Unit, string? SourceHash, string Source, string Target);

/// <summary>
/// XLIFF 2.0 (OASIS) for professional translation tools: the missing and outdated segments of one language, one
/// <c>file</c> per item (<c>kind:id</c>), one <c>unit</c> per segment (its key), the source's hash in a note so that a
/// segment whose source changed meanwhile is refused on import.
/// </summary>
public static class Xliff
{
    public const int MaxBytes = 4 * 1024 * 1024;

    private static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:2.0";

    public static XDocument Write(string sourceLanguage, string targetLanguage, IEnumerable<(TranslatableItem Item, IReadOnlyList<SegmentView> Segments)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var root = new XElement(Ns + "xliff", new XAttribute("version", "2.0"), new XAttribute("srcLang", sourceLanguage), new XAttribute("trgLang", targetLanguage));
        foreach (var (item, segments) in items)
        {
            if (segments.Count == 0)
            {
                continue;
            }

            var file = new XElement(Ns + "file", new XAttribute("id", $"{item.Kind}:{item.Id}"), new XAttribute("original", item.PublicPath));
            foreach (var s in segments)
            {
                var segment = new XElement(Ns + "segment", new XAttribute("state", s.Translation is null ? "initial" : "translated"), new XElement(Ns + "source", s.Source));
                if (s.Translation is not null)
                {
                    segment.Add(new XElement(Ns + "target", s.Translation));
                }

                file.Add(new XElement(
                    Ns + "unit",
                    new XAttribute("id", s.Key),
                    new XAttribute("name", s.Field),
                    new XElement(Ns + "notes", new XElement(Ns + "note", new XAttribute("id", "source-hash"), TextSegments.Hash(s.Source)), s.IsOutdated ? new XElement(Ns + "note", new XAttribute("id", "outdated"), "true") : null),
                    segment));
            }

            root.Add(file);
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>
    /// Reads an XLIFF 2.0 document safely (no DTD, no external entities, size-limited). Returns the languages and the
    /// units with a target, or the problem as a resource key.
    /// </summary>
    public static (string? Source, string? Target, IReadOnlyList<XliffUnit> Units, string? Problem) Read(Stream stream)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxBytes,
            IgnoreComments = true,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return (null, null, [], "Xliff.Error.Xml");
        }

        var root = document.Root;
        if (root is null || root.Name != Ns + "xliff" || (string?)root.Attribute("version") != "2.0")
        {
            return (null, null, [], "Xliff.Error.NotXliff");
        }

        var units = new List<XliffUnit>();
        foreach (var file in root.Elements(Ns + "file"))
        {
            foreach (var unit in file.Descendants(Ns + "unit"))
            {
                var segments = unit.Elements(Ns + "segment").ToList();
                var source = string.Concat(segments.Select(s => s.Element(Ns + "source")?.Value ?? ""));
                var target = string.Concat(segments.Select(s => s.Element(Ns + "target")?.Value ?? ""));
                var hash = unit.Element(Ns + "notes")?.Elements(Ns + "note").FirstOrDefault(n => (string?)n.Attribute("id") == "source-hash")?.Value;
                if (target.Trim().Length > 0)
                {
                    units.Add(new XliffUnit((string?)file.Attribute("id") ?? "", (string?)unit.Attribute("id") ?? "", hash, source, target));
                }
            }
        }

        return ((string?)root.Attribute("srcLang"), (string?)root.Attribute("trgLang"), units, null);
    }
}
