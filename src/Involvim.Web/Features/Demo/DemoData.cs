using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Directory;

namespace Involvim.Web.Features.Demo;

/// <summary>
/// The demo: region <c>litija</c> with the actors of the January 2026 study-visit report (../shared/context)
/// and region <c>louth</c>, to show that regions do not see each other. Everything is marked as demo data.
/// </summary>
internal static class DemoData
{
    /// <summary>Only for the demo accounts below; a real install never has it (create-admin prints a random one).</summary>
    public const string Password = "demo-involvim-2026";

    public sealed record DemoRegion(
        string Slug,
        string DefaultLanguage,
        string[] Languages,
        string TimeZone,
        string Email,
        string? Phone,
        string Website,
        Dictionary<string, (string Name, string? Introduction)> Texts,
        DemoOrganization[] Organizations);

    public sealed record DemoOrganization(string Key, OrganizationKind Kind, string? Website, Dictionary<string, (string Name, string Description)> Texts);

    public sealed record DemoAccount(string Email, string Name, string Language, bool PlatformAdmin, string? Region, RegionRole? Role, string? OrganizationKey);

    public static readonly DemoRegion Litija = new(
        "litija",
        "sl",
        ["sl", "en", "bs", "sq", "mk", "uk", "ru", "ne", "ar", "fa"],
        "Europe/Ljubljana",
        "info@litija.example",
        null,
        "https://www.litija.si",
        new()
        {
            ["sl"] = ("Občina Litija", "Litija ob Savi je dom ljudi iz mnogih držav, ki so sem prišli delat. Tu najdete, kdo vam lahko pomaga: s stanovanjem, dokumenti, tečajem slovenščine, šolo za otroke, zdravnikom, prostim časom in pravicami pri delu."),
            ["en"] = ("Municipality of Litija", "Litija on the Sava is home to people from many countries who came here to work. Here you find who can help you: with a flat, documents, a Slovenian course, a school for your children, a doctor, free time and your rights at work."),
            ["uk"] = ("Громада Літія", "Літія на річці Сава — дім для людей з багатьох країн, які приїхали сюди працювати. Тут ви знайдете, хто може допомогти: з житлом, документами, курсом словенської, школою для дітей, лікарем, дозвіллям і правами на роботі."),
            ["ar"] = ("بلدية ليتيا", "ليتيا على نهر سافا موطن لأشخاص من بلدان كثيرة جاؤوا إلى هنا للعمل. ستجد هنا من يستطيع مساعدتك: في السكن والوثائق ودورة اللغة السلوفينية ومدرسة الأطفال والطبيب ووقت الفراغ وحقوقك في العمل."),
            ["bs"] = ("Općina Litija", "Litija na Savi je dom ljudi iz mnogih zemalja koji su ovdje došli raditi. Ovdje ćete naći ko vam može pomoći: sa stanom, dokumentima, kursom slovenskog, školom za djecu, doktorom, slobodnim vremenom i pravima na poslu."),
        },
        [
            new("obcina", OrganizationKind.Municipality, "https://www.litija.si", new()
            {
                ["sl"] = ("Občina Litija", "Občina, ki v Dolgoročnem razvojnem programu 2035 prvič celostno naslavlja vključevanje tujih delavcev."),
                ["en"] = ("Municipality of Litija", "The municipality whose long-term development programme 2035 addresses the inclusion of foreign workers for the first time."),
            }),
            new("os-litija", OrganizationKind.School, null, new()
            {
                ["sl"] = ("Osnovna šola Litija", "Vključuje učence priseljence in njihove starše."),
                ["en"] = ("Litija Primary School", "Includes immigrant pupils and their parents."),
            }),
            new("geoss", OrganizationKind.AdultEducation, null, new()
            {
                ["sl"] = ("Izobraževalni center Geoss", "Delavnice o vključevanju migrantov in sodelovanju lokalnih akterjev."),
                ["en"] = ("Geoss Education Centre", "Workshops on the inclusion of migrants and the cooperation of local actors."),
            }),
            new("predilnica", OrganizationKind.Employer, null, new()
            {
                ["sl"] = ("Predilnica Litija", "Večjezična predilniška šola, večjezični napisi, pomoč pri učenju slovenščine in vključevanju."),
                ["en"] = ("Predilnica Litija spinning mill", "Multilingual spinning school, multilingual signs, help with learning Slovene and settling in."),
            }),
            new("vgc-zasavje", OrganizationKind.AdultEducation, null, new()
            {
                ["sl"] = ("Večgeneracijski center Zasavje (Zasavska ljudska univerza)", "Neformalno učenje, podpora in medkulturni dialog."),
                ["en"] = ("Intergenerational Centre Zasavje (Zasavje Adult Education Centre)", "Informal learning, support and intercultural dialogue."),
            }),
            new("info-tocka", OrganizationKind.PublicService, null, new()
            {
                ["sl"] = ("Info točka za tujce (Zavod RS za zaposlovanje)", "Svetovanje tujim delavcem in njihovim delodajalcem."),
                ["en"] = ("Info Point for Foreigners (Employment Service of Slovenia)", "Advice for foreign workers and their employers."),
            }),
            new("delavska-svetovalnica", OrganizationKind.CounsellingOffice, null, new()
            {
                ["sl"] = ("Delavska svetovalnica", "Zaščita pravic tujih delavcev: neizplačane plače, izkoriščanje, slabi delovni pogoji."),
                ["en"] = ("Workers' Counselling Office", "Protects foreign workers' rights: unpaid wages, exploitation, poor working conditions."),
            }),
            new("filantropija", OrganizationKind.Ngo, null, new()
            {
                ["sl"] = ("Slovenska filantropija", "Prostovoljstvo in prostovoljci za vključevanje."),
                ["en"] = ("Slovenian Philanthropy", "Volunteering and volunteers for integration."),
            }),
            new("tic-litija", OrganizationKind.Other, null, new()
            {
                ["sl"] = ("Turistični center Litija", "Turistične informacije in prosti čas v Litiji."),
                ["en"] = ("Litija Tourist Centre", "Tourist information and free time in Litija."),
            }),
        ]);

    public static readonly DemoRegion Louth = new(
        "louth",
        "en",
        ["en", "pl", "pt", "uk", "ar"],
        "Europe/Dublin",
        "info@louth.example",
        null,
        "https://www.louthcoco.ie",
        new()
        {
            ["en"] = ("County Louth", "Services and volunteers for people who came to County Louth to work, and their families."),
            ["pl"] = ("Hrabstwo Louth", "Usługi i wolontariusze dla osób, które przyjechały do hrabstwa Louth do pracy, oraz ich rodzin."),
        },
        [
            new("council", OrganizationKind.Municipality, "https://www.louthcoco.ie", new()
            {
                ["en"] = ("Louth County Council", "The local authority of County Louth."),
            }),
            new("volunteer-centre", OrganizationKind.Ngo, null, new()
            {
                ["en"] = ("Louth Volunteer Centre", "Connects volunteers with people and groups who need help."),
            }),
        ]);

    public static readonly DemoAccount[] Accounts =
    [
        new("admin@involvim.example", "Platform Admin", "en", true, null, null, null),
        new("coordinator@litija.example", "Mojca Koordinatorka", "sl", false, "litija", RegionRole.Coordinator, null),
        new("editor@litija.example", "Ana Urednica (Geoss)", "sl", false, "litija", RegionRole.OrgEditor, "geoss"),
        new("volunteer@litija.example", "Luka Prostovoljec", "sl", false, "litija", RegionRole.Volunteer, null),
        new("translator@litija.example", "Olena Translator", "uk", false, "litija", RegionRole.Translator, null),
        new("coordinator@louth.example", "Aoife Coordinator", "en", false, "louth", RegionRole.Coordinator, null),
    ];
}
