using Involvim.Web.Features.Directory;

namespace Involvim.Web.Features.Demo;

/// <summary>
/// The demo service directory of region <c>litija</c>: organisations (in addition to <see cref="DemoData.Litija"/>),
/// places, services with opening hours and a tree of guides, in several languages. Addresses are real streets of
/// Litija, but contacts and details are invented: e-mails end in <c>.example</c> and phone numbers use the fictional
/// 555 block. Everything is shown as demo data. The data itself is in files (<c>Features/Demo/Data</c>, read by
/// <see cref="DemoFiles"/>): edit those, not this class.
/// </summary>
internal static class DemoDirectory
{
    public sealed record Org(string Key, OrganizationKind Kind, string? Website, string? Email, string? Phone, Dictionary<string, (string Name, string Description)> Texts);

    public sealed record Place(string Key, string OrgKey, string Name, string Address, string PostalCode, string City, double Latitude, double Longitude);

    public sealed record Hours(DayOfWeek[] Days, string Opens, string Closes); // "08:00", "15:30"

    public sealed record ServiceText(string Name, string Description, string? Eligibility = null, string? Fees = null, string? HowToApply = null, string? Accessibility = null);

    public sealed record Service(string Key, string OrgKey, string[] Categories, string[] Languages, string[] Access, bool Free, string? Email, string? Phone, string? Website, string[] PlaceKeys, Hours[] Hours, Dictionary<string, ServiceText> Texts);

    public sealed record Guide(string Slug, string? ParentSlug, string[] Categories, int Order, Dictionary<string, (string Title, string Summary, string Body)> Texts);

    private static readonly Lazy<(Org[] Organizations, Place[] Places, Service[] Services, Guide[] Guides)> Data =
        new(() => DemoFiles.Read(DemoFiles.Directory));

    /// <summary>Organisations in addition to DemoData.Litija.Organizations.</summary>
    public static Org[] Organizations => Data.Value.Organizations;

    public static Place[] Places => Data.Value.Places;

    public static Service[] Services => Data.Value.Services;

    /// <summary>The tree of guide pages; a parent comes before its children.</summary>
    public static Guide[] Guides => Data.Value.Guides;
}
