namespace Involvim.Web.Features.Directory;

/// <summary>
/// The fixed service categories of DESIGN.md §3. Codes never change (they are the HSDS taxonomy term codes);
/// labels and search synonyms are UI strings: <c>Category.{code}</c> and <c>Category.{code}.Synonyms</c>
/// (comma-separated) in every language.
/// </summary>
public static class Categories
{
    public const string TaxonomyId = "involvim-categories";

    public static readonly IReadOnlyList<string> Codes =
    [
        "documents-permits",
        "work-rights",
        "jobs-training",
        "language-learning",
        "housing",
        "health",
        "family-children",
        "education-schools",
        "money-taxes",
        "transport",
        "leisure-hobbies",
        "community-culture",
        "volunteering",
        "emergency-safety",
    ];

    private static readonly HashSet<string> Known = new(Codes, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);

    /// <summary>A stable id for the category as an HSDS taxonomy term.</summary>
    public static Guid TermId(string code) => new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("involvim-category:" + code)).AsSpan(0, 16));
}

/// <summary>How a service can be reached.</summary>
public static class AccessModes
{
    public static readonly IReadOnlyList<string> Codes = ["walk-in", "appointment", "phone", "online"];

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
