using Involvim.Web.Features.Directory;
using static System.DayOfWeek;

namespace Involvim.Web.Features.Demo;

/// <summary>
/// The demo service directory of region <c>litija</c>: organisations (in addition to <see cref="DemoData.Litija"/>),
/// places, services with opening hours and a tree of guides, in several languages. Addresses are real streets of
/// Litija, but contacts and details are invented: e-mails end in <c>.example</c> and phone numbers use the fictional
/// 555 block. Everything is shown as demo data.
/// </summary>
internal static class DemoDirectory
{
    public sealed record Org(string Key, OrganizationKind Kind, string? Website, string? Email, string? Phone, Dictionary<string, (string Name, string Description)> Texts);

    public sealed record Place(string Key, string OrgKey, string Name, string Address, string PostalCode, string City, double Latitude, double Longitude);

    public sealed record Hours(DayOfWeek[] Days, string Opens, string Closes); // "08:00", "15:30"

    public sealed record ServiceText(string Name, string Description, string? Eligibility = null, string? Fees = null, string? HowToApply = null, string? Accessibility = null);

    public sealed record Service(string Key, string OrgKey, string[] Categories, string[] Languages, string[] Access, bool Free, string? Email, string? Phone, string? Website, string[] PlaceKeys, Hours[] Hours, Dictionary<string, ServiceText> Texts);

    public sealed record Guide(string Slug, string? ParentSlug, string[] Categories, int Order, Dictionary<string, (string Title, string Summary, string Body)> Texts);

    /// <summary>Organisations in addition to DemoData.Litija.Organizations.</summary>
    public static readonly Org[] Organizations =
    [
        new("zd-litija", OrganizationKind.PublicService, null, "info@zd-litija.example", "+386 1 555 01 10", new()
        {
            ["sl"] = ("Zdravstveni dom Litija", "Splošne ambulante, otroški in šolski dispanzer, zobozdravstvo in nujna medicinska pomoč za občini Litija in Šmartno pri Litiji."),
            ["en"] = ("Litija Health Centre", "Family doctors, a children's and school clinic, dentists and emergency medical care for Litija and Šmartno pri Litiji."),
            ["bs"] = ("Dom zdravlja Litija", "Porodični doktori, dječiji i školski dispanzer, stomatolozi i hitna medicinska pomoć za Litiju i Šmartno pri Litiji."),
            ["uk"] = ("Центр здоров'я Літія", "Сімейні лікарі, дитяча та шкільна поліклініка, стоматологи та екстрена медична допомога для Літії та Шмартно-при-Літії."),
        }),
        new("ue-litija", OrganizationKind.PublicService, "https://www.gov.si/drzavni-organi/upravne-enote/litija/", "ue.litija@gov.example", "+386 1 555 01 20", new()
        {
            ["sl"] = ("Upravna enota Litija", "Dovoljenja za prebivanje tujcev, prijava prebivališča, osebni dokumenti in vozniška dovoljenja."),
            ["en"] = ("Litija Administrative Unit", "Residence permits for foreigners, registration of address, personal documents and driving licences."),
            ["bs"] = ("Upravna jedinica Litija", "Dozvole boravka za strance, prijava prebivališta, lični dokumenti i vozačke dozvole."),
            ["uk"] = ("Адміністративна одиниця Літія", "Дозволи на проживання для іноземців, реєстрація місця проживання, особисті документи та водійські посвідчення."),
        }),
        new("csd-litija", OrganizationKind.PublicService, null, "csd.litija@csd.example", "+386 1 555 01 30", new()
        {
            ["sl"] = ("Center za socialno delo Zasavje, enota Litija", "Denarna socialna pomoč, družinski prejemki, subvencija najemnine ter pomoč v stiski in ob nasilju."),
            ["en"] = ("Social Work Centre Zasavje, Litija unit", "Social assistance, family benefits, rent subsidy, and help in a crisis or with violence."),
            ["bs"] = ("Centar za socijalni rad Zasavje, jedinica Litija", "Novčana socijalna pomoć, porodična primanja, subvencija kirije i pomoć u krizi ili kod nasilja."),
            ["uk"] = ("Центр соціальної роботи Засав'я, відділ Літія", "Грошова соціальна допомога, сімейні виплати, субсидія на оренду, допомога в кризі та при насильстві."),
        }),
        new("knjiznica", OrganizationKind.PublicService, null, "info@knjiznica-litija.example", "+386 1 555 01 40", new()
        {
            ["sl"] = ("Knjižnica Litija", "Knjige, časopisi in internet za vse. Knjige v več jezikih, jezikovna kavarna in pomoč pri računalniku."),
            ["en"] = ("Litija Library", "Books, newspapers and internet for everyone. Books in several languages, a language café and help with computers."),
            ["bs"] = ("Biblioteka Litija", "Knjige, novine i internet za sve. Knjige na više jezika, jezička kafana i pomoć s računarom."),
            ["uk"] = ("Бібліотека Літії", "Книжки, газети та інтернет для всіх. Книжки кількома мовами, мовне кафе та допомога з комп'ютером."),
        }),
        new("rdeci-kriz", OrganizationKind.Ngo, "https://www.rks.si", "litija@rk.example", "+386 1 555 01 50", new()
        {
            ["sl"] = ("Rdeči križ Slovenije – Območno združenje Litija", "Humanitarna pomoč s hrano in oblačili, tečaji prve pomoči in prostovoljstvo."),
            ["en"] = ("Slovenian Red Cross – Litija Area Branch", "Humanitarian aid with food and clothes, first-aid courses and volunteering."),
            ["bs"] = ("Crveni krst Slovenije – Područno udruženje Litija", "Humanitarna pomoć hranom i odjećom, kursevi prve pomoći i volontiranje."),
            ["uk"] = ("Червоний Хрест Словенії – Районне об'єднання Літія", "Гуманітарна допомога продуктами та одягом, курси першої допомоги та волонтерство."),
        }),
        new("karitas", OrganizationKind.ReligiousCommunity, "https://www.karitas.si", "karitas.litija@karitas.example", "+386 1 555 01 60", new()
        {
            ["sl"] = ("Župnijska Karitas Litija", "Pomoč ljudem v stiski, ne glede na vero in državo: hrana, oblačila, pogovor in pomoč pri položnicah."),
            ["en"] = ("Litija Parish Caritas", "Help for people in need, whatever their faith or country: food, clothes, someone to talk to and help with bills."),
            ["bs"] = ("Župni Karitas Litija", "Pomoć ljudima u nevolji, bez obzira na vjeru i državu: hrana, odjeća, razgovor i pomoć s računima."),
            ["uk"] = ("Парафіяльний Карітас Літія", "Допомога людям у скруті незалежно від віри та країни: їжа, одяг, розмова та допомога з рахунками."),
        }),
        new("nk-litija", OrganizationKind.Ngo, null, "info@nk-litija.example", "+386 1 555 01 70", new()
        {
            ["sl"] = ("Nogometni klub Litija", "Nogomet za otroke od 5. leta in rekreacija za odrasle. Novi igralci so dobrodošli."),
            ["en"] = ("Litija Football Club", "Football for children from age 5 and recreational football for adults. New players are welcome."),
            ["bs"] = ("Nogometni klub Litija", "Fudbal za djecu od 5 godina i rekreacija za odrasle. Novi igrači su dobrodošli."),
            ["uk"] = ("Футбольний клуб Літія", "Футбол для дітей від 5 років і аматорський футбол для дорослих. Нові гравці — ласкаво просимо."),
        }),
        new("kd-litija", OrganizationKind.Ngo, null, "kd.litija@kultura.example", "+386 1 555 01 80", new()
        {
            ["sl"] = ("Kulturno društvo Litija", "Pevski zbor, gledališka skupina in medkulturni klub, kjer se srečajo domačini in novi prebivalci."),
            ["en"] = ("Litija Cultural Society", "A choir, a theatre group and an intercultural club where locals and newcomers meet."),
            ["bs"] = ("Kulturno društvo Litija", "Hor, pozorišna grupa i interkulturni klub u kojem se sreću domaći i novi stanovnici."),
            ["uk"] = ("Культурне товариство Літія", "Хор, театральна група та міжкультурний клуб, де зустрічаються місцеві та нові мешканці."),
        }),
        new("stanovanjski-sklad", OrganizationKind.PublicService, null, "sklad@litija.example", "+386 1 555 01 90", new()
        {
            ["sl"] = ("Stanovanjski sklad Občine Litija", "Upravlja občinska najemna stanovanja in objavlja razpise za neprofitna stanovanja."),
            ["en"] = ("Litija Municipal Housing Fund", "Manages the municipality's rental flats and publishes calls for non-profit flats."),
            ["bs"] = ("Stambeni fond Općine Litija", "Upravlja općinskim stanovima za najam i objavljuje konkurse za neprofitne stanove."),
            ["uk"] = ("Житловий фонд громади Літія", "Керує муніципальними орендними квартирами та оголошує конкурси на неприбуткове житло."),
        }),
        new("pp-litija", OrganizationKind.PublicService, "https://www.policija.si", "pp.litija@policija.example", "+386 1 555 02 00", new()
        {
            ["sl"] = ("Policijska postaja Litija", "Prijava kaznivih dejanj in izgubljenih dokumentov ter pomoč v nevarnosti. V nujnih primerih kličite 113."),
            ["en"] = ("Litija Police Station", "Report a crime or lost documents, and get help when you are in danger. In an emergency call 113."),
            ["bs"] = ("Policijska stanica Litija", "Prijava krivičnih djela i izgubljenih dokumenata te pomoć u opasnosti. U hitnim slučajevima zovite 113."),
            ["uk"] = ("Поліцейська дільниця Літія", "Заяви про злочини та втрачені документи, допомога в небезпеці. У надзвичайних випадках телефонуйте 113."),
        }),
        new("furs", OrganizationKind.PublicService, "https://www.fu.gov.si", "fu.ljubljana@furs.example", "+386 1 555 02 10", new()
        {
            ["sl"] = ("Finančna uprava RS – Finančni urad Ljubljana", "Davčna številka, dohodnina in davčna vprašanja. Pristojen je tudi za prebivalce Litije."),
            ["en"] = ("Financial Administration of Slovenia – Ljubljana Tax Office", "Tax numbers, income tax and tax questions. It also serves people who live in Litija."),
            ["bs"] = ("Finansijska uprava RS – Finansijski ured Ljubljana", "Poreski broj, porez na dohodak i poreska pitanja. Nadležan je i za stanovnike Litije."),
            ["uk"] = ("Фінансова адміністрація Словенії – Податкове управління Любляна", "Податковий номер, податок на доходи та податкові питання. Обслуговує також мешканців Літії."),
        }),
        new("zrsz-litija", OrganizationKind.PublicService, "https://www.ess.gov.si", "ud.litija@ess.example", "+386 1 555 02 20", new()
        {
            ["sl"] = ("Zavod RS za zaposlovanje – Urad za delo Litija", "Pomoč pri iskanju zaposlitve, prijava med brezposelne, usposabljanja in svetovanje o karieri."),
            ["en"] = ("Employment Service of Slovenia – Litija Labour Office", "Help finding a job, registering as unemployed, training and career advice."),
            ["bs"] = ("Zavod RS za zapošljavanje – Ured za rad Litija", "Pomoć u traženju posla, prijava na biro, obuke i savjetovanje o karijeri."),
            ["uk"] = ("Служба зайнятості Словенії – Бюро праці Літія", "Допомога в пошуку роботи, реєстрація як безробітного, навчання та кар'єрні консультації."),
        }),
        new("vrtec-litija", OrganizationKind.School, null, "info@vrtec-litija.example", "+386 1 555 02 30", new()
        {
            ["sl"] = ("Vrtec Litija", "Javni vrtec z več enotami v Litiji. Otroke sprejema od 11. meseca starosti do vstopa v šolo."),
            ["en"] = ("Litija Kindergarten", "A public kindergarten with several units in Litija. It takes children from 11 months of age until they start school."),
            ["bs"] = ("Vrtić Litija", "Javni vrtić s više jedinica u Litiji. Prima djecu od 11 mjeseci do polaska u školu."),
            ["uk"] = ("Дитячий садок Літія", "Державний дитячий садок з кількома відділеннями в Літії. Приймає дітей від 11 місяців до вступу до школи."),
        }),
    ];

    public static readonly Place[] Places =
    [
        new("obcina", "obcina", "Občina Litija", "Jerebova ulica 14", "1270", "Litija", 46.0574, 14.8228),
        new("ue-litija", "ue-litija", "Upravna enota Litija", "Jerebova ulica 14", "1270", "Litija", 46.0576, 14.8231),
        new("os-litija", "os-litija", "Osnovna šola Litija", "Ulica Mire Pregljeve 3", "1270", "Litija", 46.0598, 14.8187),
        new("geoss", "geoss", "Izobraževalni center Geoss", "Trg svobode 7", "1270", "Litija", 46.0569, 14.8241),
        new("predilnica", "predilnica", "Predilnica Litija", "Kidričeva cesta 1", "1270", "Litija", 46.0553, 14.8268),
        new("vgc-zasavje", "vgc-zasavje", "Večgeneracijski center Zasavje", "Cesta zmage 1", "1410", "Zagorje ob Savi", 46.1329, 14.9963),
        new("info-tocka", "info-tocka", "Info točka za tujce", "Dunajska cesta 20", "1000", "Ljubljana", 46.0612, 14.5082),
        new("delavska-svetovalnica", "delavska-svetovalnica", "Delavska svetovalnica", "Dalmatinova ulica 4", "1000", "Ljubljana", 46.0559, 14.5091),
        new("filantropija", "filantropija", "Slovenska filantropija", "Poljanska cesta 12", "1000", "Ljubljana", 46.0497, 14.5161),
        new("tic-litija", "tic-litija", "Turistični center Litija", "Valvazorjev trg 10", "1270", "Litija", 46.0580, 14.8236),
        new("zd-litija", "zd-litija", "Zdravstveni dom Litija", "Partizanska pot 8a", "1270", "Litija", 46.0603, 14.8166),
        new("csd-litija", "csd-litija", "Center za socialno delo, enota Litija", "Ponoviška cesta 12", "1270", "Litija", 46.0566, 14.8293),
        new("knjiznica", "knjiznica", "Knjižnica Litija", "Cesta komandanta Staneta 2", "1270", "Litija", 46.0588, 14.8212),
        new("rdeci-kriz", "rdeci-kriz", "Rdeči križ, OZ Litija", "Ljubljanska cesta 12", "1270", "Litija", 46.0579, 14.8161),
        new("karitas", "karitas", "Župnijski dom Litija", "Trg svobode 12", "1270", "Litija", 46.0566, 14.8250),
        new("nk-litija", "nk-litija", "Športni park Litija", "Grbinska cesta 48", "1270", "Litija", 46.0626, 14.8264),
        new("kd-litija", "kd-litija", "Kulturni center Litija", "Valvazorjev trg 4", "1270", "Litija", 46.0582, 14.8231),
        new("stanovanjski-sklad", "stanovanjski-sklad", "Stanovanjski sklad Občine Litija", "Kidričeva cesta 14", "1270", "Litija", 46.0558, 14.8254),
        new("pp-litija", "pp-litija", "Policijska postaja Litija", "Cesta komandanta Staneta 10", "1270", "Litija", 46.0593, 14.8199),
        new("furs", "furs", "Finančni urad Ljubljana", "Šmartinska cesta 55", "1000", "Ljubljana", 46.0641, 14.5329),
        new("zrsz-litija", "zrsz-litija", "Urad za delo Litija", "Partizanska pot 3", "1270", "Litija", 46.0599, 14.8176),
        new("vrtec-litija", "vrtec-litija", "Vrtec Litija – uprava", "Ponoviška cesta 16", "1270", "Litija", 46.0563, 14.8305),
    ];

    public static readonly Service[] Services =
    [
        new(
            "tecaj-slovenscine",
            "geoss",
            ["language-learning", "jobs-training"],
            ["sl", "en", "bs", "uk"],
            ["walk-in"],
            Free: true,
            Email: "tecaj@geoss.example",
            Phone: "+386 1 555 03 10",
            Website: null,
            PlaceKeys: ["geoss"],
            Hours: [At("17:00", "19:30", Tuesday, Thursday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Tečaj slovenščine za odrasle",
                    "Brezplačen tečaj slovenščine za začetnike in nadaljevalce. Učimo se besede za delo, trgovino, zdravnika in šolo. Skupine so majhne, ure so zvečer, da lahko pridete po službi. Ob koncu dobite potrdilo o udeležbi.",
                    Eligibility: "Za odrasle tujce, ki živijo ali delajo v Litiji in okolici. Predznanje ni potrebno.",
                    Fees: "Brezplačno. Tečaj sofinancirata država in Evropska unija.",
                    HowToApply: "Pridite v torek ob 17. uri ali pokličite. Prinesite osebni dokument (potni list ali dovoljenje za prebivanje).",
                    Accessibility: "Učilnica je v pritličju, dostopna z vozičkom."),
                ["en"] = new(
                    "Slovenian course for adults",
                    "A free Slovenian course for beginners and improvers. We learn words for work, shopping, the doctor and school. Groups are small and lessons are in the evening, so you can come after work. At the end you get a certificate of attendance.",
                    Eligibility: "For adult foreigners who live or work in or around Litija. No previous knowledge needed.",
                    Fees: "Free. The course is co-funded by the state and the European Union.",
                    HowToApply: "Come on a Tuesday at 17:00 or call us. Bring an identity document (passport or residence permit).",
                    Accessibility: "The classroom is on the ground floor and wheelchair accessible."),
                ["bs"] = new(
                    "Kurs slovenskog jezika za odrasle",
                    "Besplatan kurs slovenskog jezika za početnike i napredne. Učimo riječi za posao, trgovinu, doktora i školu. Grupe su male, a časovi su navečer, pa možete doći poslije posla. Na kraju dobijete potvrdu o pohađanju.",
                    Eligibility: "Za odrasle strance koji žive ili rade u Litiji i okolini. Predznanje nije potrebno.",
                    Fees: "Besplatno. Kurs sufinansiraju država i Evropska unija.",
                    HowToApply: "Dođite u utorak u 17 sati ili nas nazovite. Ponesite lični dokument (pasoš ili dozvolu boravka)."),
                ["uk"] = new(
                    "Курс словенської мови для дорослих",
                    "Безкоштовний курс словенської мови для початківців і тих, хто вже трохи знає мову. Ми вчимо слова для роботи, магазину, лікаря та школи. Групи невеликі, заняття ввечері, тож можна прийти після роботи. Наприкінці ви отримаєте довідку про участь.",
                    Eligibility: "Для дорослих іноземців, які живуть або працюють у Літії та околицях. Попередні знання не потрібні.",
                    Fees: "Безкоштовно. Курс співфінансують держава та Європейський Союз.",
                    HowToApply: "Приходьте у вівторок о 17:00 або зателефонуйте. Візьміть документ, що посвідчує особу (паспорт або дозвіл на проживання)."),
                ["ar"] = new(
                    "دورة اللغة السلوفينية للبالغين",
                    "دورة مجانية في اللغة السلوفينية للمبتدئين والمتقدمين. نتعلم كلمات للعمل والتسوق والطبيب والمدرسة. المجموعات صغيرة والدروس مسائية، لتتمكن من الحضور بعد العمل. في النهاية تحصل على شهادة حضور.",
                    Eligibility: "للبالغين الأجانب الذين يعيشون أو يعملون في ليتيا وما حولها. لا تحتاج إلى معرفة سابقة.",
                    Fees: "مجانية. تموّل الدولة والاتحاد الأوروبي هذه الدورة.",
                    HowToApply: "تعال يوم الثلاثاء الساعة 17:00 أو اتصل بنا. أحضر وثيقة هوية (جواز السفر أو تصريح الإقامة)."),
                ["ne"] = new(
                    "वयस्कहरूका लागि स्लोभेनियाली भाषा कक्षा",
                    "सुरुआती र अलि जानेकाहरूका लागि निःशुल्क स्लोभेनियाली भाषा कक्षा। हामी काम, पसल, डाक्टर र विद्यालयका लागि चाहिने शब्दहरू सिक्छौं। समूह सानो हुन्छ र कक्षा बेलुका हुन्छ, त्यसैले कामपछि आउन सकिन्छ। अन्त्यमा सहभागिताको प्रमाणपत्र पाइन्छ।",
                    Eligibility: "लितिया र वरपर बस्ने वा काम गर्ने वयस्क विदेशीहरूका लागि। पहिलेको ज्ञान चाहिँदैन।",
                    Fees: "निःशुल्क। कक्षाको खर्च राज्य र युरोपेली संघले बेहोर्छन्।",
                    HowToApply: "मंगलबार बेलुका ५ बजे आउनुहोस् वा फोन गर्नुहोस्। परिचयपत्र (राहदानी वा बसोबास अनुमति) ल्याउनुहोस्।"),
                ["sq"] = new(
                    "Kurs i gjuhës sllovene për të rritur",
                    "Kurs falas i gjuhës sllovene për fillestarë dhe të avancuar. Mësojmë fjalë për punën, dyqanin, mjekun dhe shkollën. Grupet janë të vogla dhe mësimet janë në mbrëmje, që të vini pas punës. Në fund merrni një vërtetim pjesëmarrjeje.",
                    Eligibility: "Për të rriturit e huaj që jetojnë ose punojnë në Litija dhe rrethinë. Nuk nevojitet njohuri paraprake.",
                    Fees: "Falas. Kursin e bashkëfinancojnë shteti dhe Bashkimi Evropian.",
                    HowToApply: "Ejani të martën në orën 17:00 ose na telefononi. Merrni me vete një dokument identifikimi (pasaportë ose leje qëndrimi)."),
                ["ru"] = new(
                    "Курс словенского языка для взрослых",
                    "Бесплатный курс словенского языка для начинающих и продолжающих. Мы учим слова для работы, магазина, врача и школы. Группы небольшие, занятия вечером, поэтому можно прийти после работы. В конце вы получите справку об участии.",
                    Eligibility: "Для взрослых иностранцев, которые живут или работают в Литии и окрестностях. Предварительные знания не нужны.",
                    Fees: "Бесплатно. Курс софинансируют государство и Европейский союз.",
                    HowToApply: "Приходите во вторник в 17:00 или позвоните. Возьмите документ, удостоверяющий личность (паспорт или вид на жительство)."),
                ["mk"] = new(
                    "Курс по словенечки јазик за возрасни",
                    "Бесплатен курс по словенечки јазик за почетници и напредни. Учиме зборови за работа, продавница, лекар и училиште. Групите се мали, а часовите се навечер, за да можете да дојдете по работа. На крајот добивате потврда за учество.",
                    Eligibility: "За возрасни странци кои живеат или работат во Литија и околината. Не е потребно претходно знаење.",
                    Fees: "Бесплатно. Курсот го кофинансираат државата и Европската унија.",
                    HowToApply: "Дојдете во вторник во 17 часот или јавете ни се. Донесете документ за идентификација (пасош или дозвола за престој)."),
                ["fa"] = new(
                    "دورهٔ زبان اسلوونیایی برای بزرگسالان",
                    "دورهٔ رایگان زبان اسلوونیایی برای مبتدی‌ها و سطح بالاتر. واژه‌هایی برای کار، خرید، پزشک و مدرسه یاد می‌گیریم. گروه‌ها کوچک‌اند و کلاس‌ها عصر برگزار می‌شوند تا بتوانید بعد از کار بیایید. در پایان گواهی حضور می‌گیرید.",
                    Eligibility: "برای بزرگسالان خارجی که در لیتیا و اطراف آن زندگی یا کار می‌کنند. دانش قبلی لازم نیست.",
                    Fees: "رایگان. هزینهٔ دوره را دولت و اتحادیهٔ اروپا می‌پردازند.",
                    HowToApply: "سه‌شنبه ساعت 17 بیایید یا تماس بگیرید. یک مدرک شناسایی (گذرنامه یا اجازهٔ اقامت) همراه داشته باشید."),
            }),
        new(
            "pomoc-pri-iskanju-stanovanja",
            "obcina",
            ["housing"],
            ["sl", "en", "bs", "hr", "sr", "uk"],
            ["walk-in", "phone"],
            Free: true,
            Email: "stanovanja@litija.example",
            Phone: "+386 1 555 04 10",
            Website: null,
            PlaceKeys: ["obcina"],
            Hours: [At("09:00", "12:00", Monday, Wednesday), At("14:00", "17:00", Wednesday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Pomoč pri iskanju stanovanja",
                    "Svetujemo, kje iskati stanovanje ali sobo v Litiji in okolici. Pomagamo prebrati najemno pogodbo in razložimo, kaj pomenijo varščina, stroški in odpovedni rok. Povemo vam tudi, kdaj lahko dobite subvencijo najemnine ali neprofitno stanovanje.",
                    Eligibility: "Za vse prebivalce občine Litija in tiste, ki se sem šele selijo.",
                    Fees: "Brezplačno.",
                    HowToApply: "Pridite v času uradnih ur ali se naročite po telefonu. Če že imate ponudbo ali pogodbo, jo prinesite s seboj."),
                ["en"] = new(
                    "Help finding a flat",
                    "We advise you where to look for a flat or a room in and around Litija. We help you read a rental contract and explain the deposit, costs and notice period. We also tell you when you can get a rent subsidy or a non-profit flat.",
                    Eligibility: "For everyone who lives in the Municipality of Litija or is moving here.",
                    Fees: "Free.",
                    HowToApply: "Come during office hours or book an appointment by phone. If you already have an offer or a contract, bring it with you."),
                ["bs"] = new(
                    "Pomoć pri traženju stana",
                    "Savjetujemo gdje tražiti stan ili sobu u Litiji i okolini. Pomažemo pročitati ugovor o najmu i objašnjavamo šta znače depozit, troškovi i otkazni rok. Kažemo vam i kada možete dobiti subvenciju kirije ili neprofitni stan.",
                    Eligibility: "Za sve stanovnike općine Litija i one koji se tek doseljavaju.",
                    Fees: "Besplatno.",
                    HowToApply: "Dođite u vrijeme uredovnih sati ili se naručite telefonom. Ako već imate ponudu ili ugovor, ponesite ga."),
                ["uk"] = new(
                    "Допомога з пошуком житла",
                    "Ми підкажемо, де шукати квартиру або кімнату в Літії та околицях. Допоможемо прочитати договір оренди і пояснимо, що таке застава, комунальні витрати та строк попередження. Також розповімо, коли можна отримати субсидію на оренду або неприбуткове житло.",
                    Eligibility: "Для всіх мешканців громади Літія і тих, хто тільки переїжджає сюди.",
                    Fees: "Безкоштовно.",
                    HowToApply: "Приходьте в години прийому або запишіться телефоном. Якщо у вас уже є пропозиція чи договір, візьміть їх із собою."),
                ["ar"] = new(
                    "المساعدة في البحث عن سكن",
                    "ننصحك أين تبحث عن شقة أو غرفة في ليتيا وما حولها. نساعدك على قراءة عقد الإيجار ونشرح لك التأمين والتكاليف ومدة الإشعار. ونخبرك أيضًا متى يمكنك الحصول على دعم للإيجار أو شقة غير ربحية.",
                    Eligibility: "لكل من يعيش في بلدية ليتيا أو ينتقل إليها.",
                    Fees: "مجانًا.",
                    HowToApply: "تعال خلال ساعات الدوام أو احجز موعدًا بالهاتف. إذا كان لديك عرض أو عقد، أحضره معك."),
                ["ne"] = new(
                    "बस्ने घर खोज्न सहयोग",
                    "लितिया र वरपर फ्ल्याट वा कोठा कहाँ खोज्ने भनेर हामी सल्लाह दिन्छौं। भाडा सम्झौता पढ्न मद्दत गर्छौं र धरौटी, खर्च र सूचना अवधि बुझाउँछौं। भाडा अनुदान वा गैरनाफामूलक फ्ल्याट कहिले पाइन्छ भनेर पनि बताउँछौं।",
                    Eligibility: "लितिया नगरपालिकामा बस्ने वा यहाँ सर्दै गरेका सबैका लागि।",
                    Fees: "निःशुल्क।",
                    HowToApply: "कार्यालय समयमा आउनुहोस् वा फोनबाट समय लिनुहोस्। प्रस्ताव वा सम्झौता छ भने साथमा ल्याउनुहोस्।"),
                ["sq"] = new(
                    "Ndihmë për të gjetur banesë",
                    "Ju këshillojmë ku të kërkoni banesë ose dhomë në Litija dhe rrethinë. Ju ndihmojmë të lexoni kontratën e qirasë dhe ju shpjegojmë depozitën, shpenzimet dhe afatin e njoftimit. Ju tregojmë gjithashtu kur mund të merrni subvencion për qiranë ose banesë jofitimprurëse.",
                    Eligibility: "Për të gjithë banorët e komunës së Litijës dhe ata që po shpërngulen këtu.",
                    Fees: "Falas.",
                    HowToApply: "Ejani gjatë orarit të punës ose lini një takim me telefon. Nëse keni një ofertë ose kontratë, merreni me vete."),
                ["ru"] = new(
                    "Помощь в поиске жилья",
                    "Подскажем, где искать квартиру или комнату в Литии и окрестностях. Поможем прочитать договор аренды и объясним, что такое залог, коммунальные расходы и срок предупреждения. Расскажем, когда можно получить субсидию на аренду или некоммерческое жильё.",
                    Eligibility: "Для всех жителей общины Лития и тех, кто только переезжает сюда.",
                    Fees: "Бесплатно.",
                    HowToApply: "Приходите в часы приёма или запишитесь по телефону. Если у вас уже есть предложение или договор, возьмите их с собой."),
                ["mk"] = new(
                    "Помош при барање стан",
                    "Ве советуваме каде да барате стан или соба во Литија и околината. Ви помагаме да го прочитате договорот за закуп и ви објаснуваме што значат депозит, трошоци и отказен рок. Ви кажуваме и кога можете да добиете субвенција за кирија или непрофитен стан.",
                    Eligibility: "За сите жители на општина Литија и за оние што допрва се доселуваат.",
                    Fees: "Бесплатно.",
                    HowToApply: "Дојдете во работното време или закажете термин по телефон. Ако веќе имате понуда или договор, донесете ги."),
                ["fa"] = new(
                    "کمک برای پیدا کردن خانه",
                    "به شما می‌گوییم کجا در لیتیا و اطراف آن دنبال آپارتمان یا اتاق بگردید. در خواندن قرارداد اجاره کمک می‌کنیم و ودیعه، هزینه‌ها و مهلت فسخ را توضیح می‌دهیم. همچنین می‌گوییم چه زمانی می‌توانید یارانهٔ اجاره یا آپارتمان غیرانتفاعی بگیرید.",
                    Eligibility: "برای همهٔ ساکنان شهرداری لیتیا و کسانی که تازه به اینجا می‌آیند.",
                    Fees: "رایگان.",
                    HowToApply: "در ساعات اداری بیایید یا با تلفن وقت بگیرید. اگر پیشنهاد یا قراردادی دارید، آن را همراه بیاورید."),
            }),
        new(
            "dovoljenje-za-prebivanje",
            "ue-litija",
            ["documents-permits", "work-rights"],
            ["sl", "en", "hr"],
            ["appointment", "online"],
            Free: false,
            Email: "tujci@ue-litija.example",
            Phone: "+386 1 555 01 21",
            Website: "https://e-uprava.gov.si",
            PlaceKeys: ["ue-litija"],
            Hours: OfficeHours(),
            Texts: new()
            {
                ["sl"] = new(
                    "Dovoljenje za prebivanje in enotno dovoljenje za delo",
                    "Na upravni enoti oddate vlogo za prvo dovoljenje za prebivanje, enotno dovoljenje (prebivanje in delo) ali podaljšanje. Referent pregleda dokumente in vam pove, kaj še manjka. Ko je dovoljenje izdano, ga prevzamete osebno.",
                    Eligibility: "Za državljane držav zunaj EU in njihove družinske člane. Državljani EU uredijo potrdilo o prijavi prebivanja.",
                    Fees: "Plačate upravno takso in izdelavo kartice. Znesek vam povedo na okencu.",
                    HowToApply: "Prinesite potni list, fotografijo, dokazilo o zdravstvenem zavarovanju, pogodbo o zaposlitvi in dokazilo o prebivališču. Za podaljšanje vlogo oddajte pravočasno, pred potekom veljavnega dovoljenja.",
                    Accessibility: "Vhod brez stopnic s parkirišča za stavbo."),
                ["en"] = new(
                    "Residence permit and single permit for work",
                    "At the administrative unit you apply for your first residence permit, a single permit (residence and work) or an extension. An officer checks your documents and tells you what is missing. When the permit is issued, you collect it in person.",
                    Eligibility: "For citizens of countries outside the EU and their family members. EU citizens apply for a registration certificate instead.",
                    Fees: "You pay an administrative fee and for the card. The office tells you the amount.",
                    HowToApply: "Bring your passport, a photo, proof of health insurance, your employment contract and proof of address. For an extension, apply in good time, before your current permit expires.",
                    Accessibility: "Step-free entrance from the car park behind the building."),
                ["bs"] = new(
                    "Dozvola boravka i jedinstvena dozvola za rad",
                    "U upravnoj jedinici predajete zahtjev za prvu dozvolu boravka, jedinstvenu dozvolu (boravak i rad) ili produženje. Službenik pregleda dokumente i kaže vam šta još nedostaje. Kada je dozvola izdata, preuzimate je lično.",
                    Eligibility: "Za državljane zemalja izvan EU i članove njihovih porodica. Državljani EU traže potvrdu o prijavi boravka.",
                    Fees: "Plaćate administrativnu taksu i izradu kartice. Iznos vam kažu na šalteru.",
                    HowToApply: "Ponesite pasoš, fotografiju, dokaz o zdravstvenom osiguranju, ugovor o radu i dokaz o prebivalištu. Za produženje predajte zahtjev na vrijeme, prije isteka važeće dozvole."),
                ["uk"] = new(
                    "Дозвіл на проживання та єдиний дозвіл на роботу",
                    "В адміністративній одиниці ви подаєте заяву на перший дозвіл на проживання, єдиний дозвіл (проживання і робота) або продовження. Працівник перевірить документи і скаже, чого бракує. Коли дозвіл готовий, ви забираєте його особисто.",
                    Eligibility: "Для громадян країн поза ЄС та членів їхніх сімей. Громадяни ЄС оформлюють довідку про реєстрацію проживання.",
                    Fees: "Ви сплачуєте адміністративний збір і виготовлення картки. Суму вам скажуть у віконці.",
                    HowToApply: "Візьміть паспорт, фото, підтвердження медичного страхування, трудовий договір і підтвердження адреси. Заяву на продовження подайте вчасно, до закінчення чинного дозволу."),
                ["ar"] = new(
                    "تصريح الإقامة والتصريح الموحد للعمل",
                    "في الوحدة الإدارية تقدّم طلب أول تصريح إقامة أو التصريح الموحد (الإقامة والعمل) أو التجديد. يراجع الموظف وثائقك ويخبرك بما ينقص. عندما يصدر التصريح تستلمه بنفسك.",
                    Eligibility: "لمواطني الدول من خارج الاتحاد الأوروبي وأفراد أسرهم. أما مواطنو الاتحاد الأوروبي فيطلبون شهادة تسجيل الإقامة.",
                    Fees: "تدفع رسمًا إداريًا وثمن البطاقة. يخبرك الموظف بالمبلغ.",
                    HowToApply: "أحضر جواز السفر وصورة وإثبات التأمين الصحي وعقد العمل وإثبات العنوان. للتجديد، قدّم الطلب في الوقت المناسب قبل انتهاء تصريحك الحالي."),
                ["ne"] = new(
                    "बसोबास अनुमति र कामको एकल अनुमति",
                    "प्रशासनिक एकाइमा तपाईं पहिलो बसोबास अनुमति, एकल अनुमति (बसोबास र काम) वा नवीकरणका लागि निवेदन दिनुहुन्छ। कर्मचारीले कागजात जाँच्छन् र के नपुगेको छ भनेर बताउँछन्। अनुमति तयार भएपछि आफैं गएर लिनुपर्छ।",
                    Eligibility: "युरोपेली संघ बाहिरका देशका नागरिक र तिनका परिवारका सदस्यहरूका लागि। EU का नागरिकले बसोबास दर्ताको प्रमाणपत्र लिन्छन्।",
                    Fees: "प्रशासनिक शुल्क र कार्डको शुल्क तिर्नुपर्छ। रकम काउन्टरमा बताइन्छ।",
                    HowToApply: "राहदानी, फोटो, स्वास्थ्य बीमाको प्रमाण, रोजगार सम्झौता र ठेगानाको प्रमाण ल्याउनुहोस्। नवीकरणका लागि हालको अनुमतिको म्याद सकिनुअघि नै समयमै निवेदन दिनुहोस्।"),
                ["sq"] = new(
                    "Leja e qëndrimit dhe leja e unifikuar për punë",
                    "Në njësinë administrative dorëzoni kërkesën për lejen e parë të qëndrimit, lejen e unifikuar (qëndrim dhe punë) ose vazhdimin e saj. Nëpunësi kontrollon dokumentet dhe ju thotë çfarë mungon. Kur leja lëshohet, e merrni personalisht.",
                    Eligibility: "Për shtetasit e vendeve jashtë BE-së dhe anëtarët e familjes së tyre. Shtetasit e BE-së kërkojnë vërtetimin e regjistrimit të qëndrimit.",
                    Fees: "Paguani taksën administrative dhe kartën. Shumën jua thonë në sportel.",
                    HowToApply: "Merrni pasaportën, një fotografi, dëshminë e sigurimit shëndetësor, kontratën e punës dhe dëshminë e adresës. Për vazhdimin, dorëzoni kërkesën me kohë, para se t'ju skadojë leja aktuale."),
                ["ru"] = new(
                    "Вид на жительство и единое разрешение на работу",
                    "В административной единице вы подаёте заявление на первое разрешение на проживание, единое разрешение (проживание и работа) или продление. Сотрудник проверит документы и скажет, чего не хватает. Когда разрешение готово, вы забираете его лично.",
                    Eligibility: "Для граждан стран вне ЕС и членов их семей. Граждане ЕС оформляют справку о регистрации проживания.",
                    Fees: "Вы оплачиваете административный сбор и изготовление карты. Сумму скажут в окошке.",
                    HowToApply: "Возьмите паспорт, фото, подтверждение медицинской страховки, трудовой договор и подтверждение адреса. Заявление на продление подайте вовремя, до окончания срока действующего разрешения."),
                ["mk"] = new(
                    "Дозвола за престој и единствена дозвола за работа",
                    "Во управната единица поднесувате барање за прва дозвола за престој, единствена дозвола (престој и работа) или продолжување. Службеникот ги проверува документите и ви кажува што недостасува. Кога дозволата е издадена, ја подигнувате лично.",
                    Eligibility: "За државјани на земји надвор од ЕУ и членовите на нивните семејства. Државјаните на ЕУ бараат потврда за пријава на престој.",
                    Fees: "Плаќате административна такса и изработка на картичката. Износот ќе ви го кажат на шалтерот.",
                    HowToApply: "Донесете пасош, фотографија, доказ за здравствено осигурување, договор за вработување и доказ за адреса. За продолжување, поднесете барање навреме, пред да ви истече важечката дозвола."),
                ["fa"] = new(
                    "اجازهٔ اقامت و مجوز واحد کار",
                    "در واحد اداری برای نخستین اجازهٔ اقامت، مجوز واحد (اقامت و کار) یا تمدید آن درخواست می‌دهید. کارمند مدارک شما را بررسی می‌کند و می‌گوید چه چیزی کم است. وقتی اجازه صادر شد، آن را شخصاً تحویل می‌گیرید.",
                    Eligibility: "برای شهروندان کشورهای خارج از اتحادیهٔ اروپا و اعضای خانوادهٔ آن‌ها. شهروندان اتحادیهٔ اروپا گواهی ثبت اقامت می‌گیرند.",
                    Fees: "هزینهٔ اداری و هزینهٔ کارت را می‌پردازید. مبلغ را در باجه به شما می‌گویند.",
                    HowToApply: "گذرنامه، عکس، مدرک بیمهٔ درمانی، قرارداد کار و مدرک نشانی را بیاورید. برای تمدید، درخواست را به‌موقع و پیش از پایان اعتبار اجازهٔ فعلی بدهید."),
            }),
        new(
            "neizplacana-placa",
            "delavska-svetovalnica",
            ["work-rights"],
            ["sl", "en", "bs", "hr", "sr", "mk", "ru"],
            ["phone", "online", "appointment"],
            Free: true,
            Email: "pomoc@delavska-svetovalnica.example",
            Phone: "+386 1 555 05 10",
            Website: null,
            PlaceKeys: ["delavska-svetovalnica"],
            Hours: [At("10:00", "16:00", Monday, Wednesday), At("14:00", "18:00", Thursday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Svetovanje pri neizplačani plači in kršitvah pravic",
                    "Vam delodajalec ni izplačal plače, nadur ali regresa? Vam je vzel potni list ali ne plačuje prispevkov? Svetovalke vam brezplačno in zaupno razložijo vaše pravice in pomagajo napisati pisni poziv delodajalcu ali prijavo inšpekciji. Pogovor je lahko tudi anonimen.",
                    Eligibility: "Za vse delavce, tudi tiste brez veljavnega dovoljenja ali pogodbe.",
                    Fees: "Brezplačno.",
                    HowToApply: "Pokličite ali pišite. Če lahko, pripravite pogodbo o zaposlitvi, plačilne liste in izpisek z bančnega računa. Pomoč dobite tudi, če teh dokumentov nimate."),
                ["en"] = new(
                    "Counselling for unpaid wages and rights violations",
                    "Has your employer not paid your wages, overtime or holiday allowance? Has your employer taken your passport or not paid your contributions? Our counsellors explain your rights free of charge and in confidence, and help you write a demand to your employer or a report to the labour inspectorate. You can also stay anonymous.",
                    Eligibility: "For all workers, also those without a valid permit or contract.",
                    Fees: "Free.",
                    HowToApply: "Call or write to us. If you can, have your employment contract, payslips and bank statement ready. You also get help if you do not have these documents."),
                ["bs"] = new(
                    "Savjetovanje kod neisplaćene plate i kršenja prava",
                    "Poslodavac vam nije isplatio platu, prekovremene sate ili regres? Uzeo vam je pasoš ili ne plaća doprinose? Savjetnice vam besplatno i povjerljivo objasne vaša prava i pomognu napisati pismeni zahtjev poslodavcu ili prijavu inspekciji. Razgovor može biti i anoniman.",
                    Eligibility: "Za sve radnike, i one bez važeće dozvole ili ugovora.",
                    Fees: "Besplatno.",
                    HowToApply: "Nazovite ili pišite. Ako možete, pripremite ugovor o radu, platne liste i izvod iz banke. Pomoć dobijete i ako nemate te dokumente."),
                ["uk"] = new(
                    "Консультації щодо невиплаченої зарплати та порушення прав",
                    "Роботодавець не виплатив зарплату, понаднормові чи відпускні? Забрав ваш паспорт або не сплачує внески? Консультантки безкоштовно й конфіденційно пояснять ваші права та допоможуть написати письмову вимогу роботодавцю або скаргу до трудової інспекції. Розмова може бути й анонімною.",
                    Eligibility: "Для всіх працівників, також без чинного дозволу чи договору.",
                    Fees: "Безкоштовно.",
                    HowToApply: "Зателефонуйте або напишіть. Якщо можете, підготуйте трудовий договір, розрахункові листки та виписку з банку. Допомогу ви отримаєте й без цих документів."),
                ["ar"] = new(
                    "استشارة بشأن الأجور غير المدفوعة وانتهاك الحقوق",
                    "ألم يدفع لك صاحب العمل أجرك أو ساعاتك الإضافية أو بدل الإجازة؟ هل أخذ جواز سفرك أو لا يدفع الاشتراكات؟ تشرح لك المستشارات حقوقك مجانًا وبسرية، ويساعدنك في كتابة مطالبة خطية لصاحب العمل أو بلاغ إلى مفتشية العمل. يمكنك أيضًا أن تبقى مجهول الهوية.",
                    Eligibility: "لجميع العمال، حتى من ليس لديهم تصريح أو عقد ساري المفعول.",
                    Fees: "مجانًا.",
                    HowToApply: "اتصل بنا أو اكتب لنا. إن أمكن، جهّز عقد العمل وقسائم الراتب وكشف الحساب البنكي. ستحصل على المساعدة حتى لو لم تكن لديك هذه الوثائق."),
                ["ne"] = new(
                    "तलब नपाएमा र अधिकार हनन भएमा परामर्श",
                    "रोजगारदाताले तलब, ओभरटाइम वा बिदा भत्ता दिएन? राहदानी लियो वा योगदान तिरेन? परामर्शदाताले निःशुल्क र गोप्य रूपमा तपाईंका अधिकार बुझाउँछन् र रोजगारदातालाई लिखित माग वा श्रम निरीक्षणमा उजुरी लेख्न मद्दत गर्छन्। नाम नखुलाई पनि कुरा गर्न सकिन्छ।",
                    Eligibility: "सबै कामदारका लागि, वैध अनुमति वा सम्झौता नभएकाहरूका लागि पनि।",
                    Fees: "निःशुल्क।",
                    HowToApply: "फोन गर्नुहोस् वा लेख्नुहोस्। सकिन्छ भने रोजगार सम्झौता, तलब पर्ची र बैंक विवरण तयार राख्नुहोस्। यी कागजात नभए पनि सहयोग पाइन्छ।"),
                ["sq"] = new(
                    "Këshillim për pagat e papaguara dhe shkeljen e të drejtave",
                    "Punëdhënësi nuk ju ka paguar pagën, orët shtesë ose shtesën për pushime? Ju ka marrë pasaportën ose nuk paguan kontributet? Këshilltaret ju shpjegojnë falas dhe në mënyrë konfidenciale të drejtat tuaja dhe ju ndihmojnë të shkruani një kërkesë me shkrim për punëdhënësin ose një denoncim në inspektoratin e punës. Mund të mbeteni edhe anonim.",
                    Eligibility: "Për të gjithë punëtorët, edhe për ata pa leje ose kontratë të vlefshme.",
                    Fees: "Falas.",
                    HowToApply: "Na telefononi ose na shkruani. Nëse mundeni, përgatitni kontratën e punës, fletëpagesat dhe pasqyrën bankare. Ndihmë merrni edhe pa këto dokumente."),
                ["ru"] = new(
                    "Консультации по невыплаченной зарплате и нарушению прав",
                    "Работодатель не выплатил зарплату, сверхурочные или отпускные? Забрал ваш паспорт или не платит взносы? Консультанты бесплатно и конфиденциально объяснят ваши права и помогут написать письменное требование работодателю или жалобу в трудовую инспекцию. Разговор может быть и анонимным.",
                    Eligibility: "Для всех работников, в том числе без действующего разрешения или договора.",
                    Fees: "Бесплатно.",
                    HowToApply: "Позвоните или напишите. Если можете, подготовьте трудовой договор, расчётные листы и банковскую выписку. Помощь вы получите и без этих документов."),
                ["mk"] = new(
                    "Советување за неисплатена плата и повреда на правата",
                    "Работодавецот не ви ја исплатил платата, прекувремената работа или регресот? Ви го зел пасошот или не ги плаќа придонесите? Советничките бесплатно и доверливо ви ги објаснуваат вашите права и ви помагаат да напишете писмено барање до работодавецот или пријава до инспекцијата за труд. Разговорот може да биде и анонимен.",
                    Eligibility: "За сите работници, и за оние без важечка дозвола или договор.",
                    Fees: "Бесплатно.",
                    HowToApply: "Јавете се или пишете ни. Ако можете, подгответе договор за вработување, платни листи и извод од банка. Помош добивате и ако ги немате овие документи."),
                ["fa"] = new(
                    "مشاوره دربارهٔ دستمزد پرداخت‌نشده و نقض حقوق",
                    "کارفرما دستمزد، اضافه‌کاری یا پاداش مرخصی شما را نپرداخته است؟ گذرنامهٔ شما را گرفته یا حق بیمه را نمی‌پردازد؟ مشاوران ما رایگان و محرمانه حقوق شما را توضیح می‌دهند و در نوشتن درخواست کتبی به کارفرما یا شکایت به بازرسی کار کمک می‌کنند. می‌توانید ناشناس هم بمانید.",
                    Eligibility: "برای همهٔ کارگران، حتی کسانی که اجازه یا قرارداد معتبر ندارند.",
                    Fees: "رایگان.",
                    HowToApply: "تماس بگیرید یا بنویسید. اگر می‌توانید، قرارداد کار، فیش‌های حقوقی و صورت‌حساب بانکی را آماده کنید. بدون این مدارک هم کمک می‌گیرید."),
            }),
        new(
            "klic-v-sili",
            "pp-litija",
            ["emergency-safety", "health"],
            ["sl", "en"],
            ["phone"],
            Free: true,
            Email: null,
            Phone: "112",
            Website: null,
            PlaceKeys: [],
            Hours: [],
            Texts: new()
            {
                ["sl"] = new(
                    "Klic v sili: 112 in 113",
                    "Številka 112 je za reševalce, gasilce in vse nesreče. Številka 113 je za policijo. Klic je brezplačen in deluje 24 ur na dan, tudi brez kredita na telefonu. Povejte, kaj se je zgodilo, kje ste in kdo potrebuje pomoč.",
                    HowToApply: "Ostanite mirni in ne prekinite klica, dokler vam operater tega ne reče. Na 112 se lahko pogovorite tudi v angleščini."),
                ["en"] = new(
                    "Emergency numbers: 112 and 113",
                    "Call 112 for an ambulance, the fire brigade and all accidents. Call 113 for the police. The call is free and works 24 hours a day, even without credit on your phone. Say what happened, where you are and who needs help.",
                    HowToApply: "Stay calm and do not hang up until the operator tells you to. At 112 you can also speak English."),
                ["bs"] = new(
                    "Hitni pozivi: 112 i 113",
                    "Broj 112 je za hitnu pomoć, vatrogasce i sve nesreće. Broj 113 je za policiju. Poziv je besplatan i radi 24 sata dnevno, i bez kredita na telefonu. Recite šta se desilo, gdje ste i kome treba pomoć.",
                    HowToApply: "Ostanite mirni i ne prekidajte poziv dok vam operater to ne kaže. Na 112 možete govoriti i engleski."),
                ["uk"] = new(
                    "Екстрені номери: 112 і 113",
                    "Номер 112 — для швидкої допомоги, пожежників і всіх нещасних випадків. Номер 113 — для поліції. Дзвінок безкоштовний і працює цілодобово, навіть без грошей на рахунку. Скажіть, що сталося, де ви і кому потрібна допомога.",
                    HowToApply: "Зберігайте спокій і не кладіть слухавку, поки оператор не скаже. На 112 можна говорити й англійською."),
                ["ar"] = new(
                    "أرقام الطوارئ: 112 و113",
                    "اتصل بالرقم 112 للإسعاف والإطفاء وكل الحوادث. اتصل بالرقم 113 للشرطة. المكالمة مجانية وتعمل 24 ساعة في اليوم، حتى بدون رصيد في هاتفك. قل ماذا حدث وأين أنت ومن يحتاج إلى المساعدة.",
                    HowToApply: "حافظ على هدوئك ولا تُنهِ المكالمة حتى يطلب منك الموظف ذلك. على الرقم 112 يمكنك التحدث بالإنجليزية أيضًا."),
                ["ne"] = new(
                    "आपतकालीन नम्बर: 112 र 113",
                    "एम्बुलेन्स, दमकल र सबै दुर्घटनाका लागि 112 मा फोन गर्नुहोस्। प्रहरीका लागि 113 मा फोन गर्नुहोस्। कल निःशुल्क छ र २४ घण्टा चल्छ, फोनमा ब्यालेन्स नभए पनि। के भयो, तपाईं कहाँ हुनुहुन्छ र कसलाई सहयोग चाहिन्छ भनेर भन्नुहोस्।",
                    HowToApply: "शान्त रहनुहोस् र अपरेटरले नभनेसम्म फोन नराख्नुहोस्। 112 मा अंग्रेजीमा पनि कुरा गर्न सकिन्छ।"),
                ["sq"] = new(
                    "Numrat e urgjencës: 112 dhe 113",
                    "Telefononi 112 për ambulancën, zjarrfikësit dhe të gjitha aksidentet. Telefononi 113 për policinë. Thirrja është falas dhe funksionon 24 orë në ditë, edhe pa kredit në telefon. Thoni çfarë ndodhi, ku jeni dhe kush ka nevojë për ndihmë.",
                    HowToApply: "Qëndroni të qetë dhe mos e mbyllni telefonin derisa t'jua thotë operatori. Në 112 mund të flisni edhe anglisht."),
                ["ru"] = new(
                    "Экстренные номера: 112 и 113",
                    "Номер 112 — скорая помощь, пожарные и все несчастные случаи. Номер 113 — полиция. Звонок бесплатный и работает круглосуточно, даже без денег на счёте. Скажите, что случилось, где вы и кому нужна помощь.",
                    HowToApply: "Сохраняйте спокойствие и не кладите трубку, пока оператор не скажет. По номеру 112 можно говорить и по-английски."),
                ["mk"] = new(
                    "Броеви за итни случаи: 112 и 113",
                    "Бројот 112 е за брза помош, пожарникари и сите несреќи. Бројот 113 е за полиција. Повикот е бесплатен и работи 24 часа дневно, дури и без кредит на телефонот. Кажете што се случило, каде сте и на кого му треба помош.",
                    HowToApply: "Останете мирни и не го прекинувајте повикот додека операторот не ви каже. На 112 може да зборувате и на англиски."),
                ["fa"] = new(
                    "شماره‌های اضطراری: 112 و 113",
                    "برای آمبولانس، آتش‌نشانی و همهٔ حوادث با 112 تماس بگیرید. برای پلیس با 113 تماس بگیرید. تماس رایگان است و شبانه‌روز کار می‌کند، حتی بدون شارژ تلفن. بگویید چه اتفاقی افتاده، کجا هستید و چه کسی به کمک نیاز دارد.",
                    HowToApply: "آرام باشید و تا اپراتور نگفته، تماس را قطع نکنید. در 112 می‌توانید انگلیسی هم صحبت کنید."),
            }),
        new(
            "osebni-zdravnik",
            "zd-litija",
            ["health"],
            ["sl", "en", "bs", "hr", "sr"],
            ["appointment", "phone"],
            Free: true,
            Email: "ambulanta@zd-litija.example",
            Phone: "+386 1 555 01 11",
            Website: null,
            PlaceKeys: ["zd-litija"],
            Hours: [At("07:00", "14:00", Monday, Tuesday, Wednesday, Thursday, Friday), At("14:00", "18:00", Wednesday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Prijava pri osebnem (družinskem) zdravniku",
                    "Vsak zavarovanec si izbere osebnega zdravnika. K njemu greste, ko ste bolni, po napotnico za specialista ali po bolniški stalež. Na vpisnem mestu splošne ambulante vam povedo, kateri zdravniki še sprejemajo nove paciente.",
                    Eligibility: "Za vse, ki imate obvezno zdravstveno zavarovanje v Sloveniji (običajno prek delodajalca).",
                    Fees: "Brezplačno z veljavnim zavarovanjem.",
                    HowToApply: "Prinesite kartico zdravstvenega zavarovanja in osebni dokument. Izpolnite izjavo o izbiri osebnega zdravnika. Če kartice še nimate, vprašajte delodajalca ali ZZZS.",
                    Accessibility: "Dvigalo pri glavnem vhodu."),
                ["en"] = new(
                    "Registering with a family doctor",
                    "Everyone with health insurance chooses a personal (family) doctor. You go to this doctor when you are ill, for a referral to a specialist or for sick leave. At the reception of the general clinic they tell you which doctors still take new patients.",
                    Eligibility: "For everyone with compulsory health insurance in Slovenia (usually through your employer).",
                    Fees: "Free with valid insurance.",
                    HowToApply: "Bring your health insurance card and an identity document. Fill in the form for choosing a personal doctor. If you do not have the card yet, ask your employer or ZZZS (the health insurance institute).",
                    Accessibility: "Lift at the main entrance."),
                ["bs"] = new(
                    "Prijava kod ličnog (porodičnog) doktora",
                    "Svaki osiguranik bira svog ličnog doktora. Kod njega idete kada ste bolesni, po uputnicu za specijalistu ili po bolovanje. Na prijavnici opće ambulante kažu vam koji doktori još primaju nove pacijente.",
                    Eligibility: "Za sve koji imaju obavezno zdravstveno osiguranje u Sloveniji (obično preko poslodavca).",
                    Fees: "Besplatno uz važeće osiguranje.",
                    HowToApply: "Ponesite karticu zdravstvenog osiguranja i lični dokument. Popunite izjavu o izboru ličnog doktora. Ako još nemate karticu, pitajte poslodavca ili ZZZS."),
                ["uk"] = new(
                    "Реєстрація у сімейного лікаря",
                    "Кожен застрахований обирає свого особистого (сімейного) лікаря. До нього ви йдете, коли хворієте, по направлення до спеціаліста чи по лікарняний. У реєстратурі загальної амбулаторії скажуть, які лікарі ще приймають нових пацієнтів.",
                    Eligibility: "Для всіх, хто має обов'язкове медичне страхування у Словенії (зазвичай через роботодавця).",
                    Fees: "Безкоштовно з чинною страховкою.",
                    HowToApply: "Візьміть картку медичного страхування та документ, що посвідчує особу. Заповніть заяву про вибір особистого лікаря. Якщо картки ще немає, запитайте роботодавця або ZZZS."),
                ["ar"] = new(
                    "التسجيل لدى طبيب الأسرة",
                    "يختار كل مؤمَّن عليه طبيبًا شخصيًا (طبيب الأسرة). تذهب إليه عندما تمرض، أو للحصول على إحالة إلى أخصائي أو على إجازة مرضية. في استقبال العيادة العامة يخبرونك أي الأطباء ما زالوا يقبلون مرضى جددًا.",
                    Eligibility: "لكل من لديه تأمين صحي إلزامي في سلوفينيا (عادةً عن طريق صاحب العمل).",
                    Fees: "مجانًا مع تأمين ساري المفعول.",
                    HowToApply: "أحضر بطاقة التأمين الصحي ووثيقة هوية. املأ نموذج اختيار الطبيب الشخصي. إذا لم تكن لديك البطاقة بعد، اسأل صاحب العمل أو مؤسسة التأمين الصحي ZZZS."),
                ["ne"] = new(
                    "पारिवारिक डाक्टरकहाँ दर्ता",
                    "स्वास्थ्य बीमा भएका सबैले आफ्नो व्यक्तिगत (पारिवारिक) डाक्टर छान्छन्। बिरामी हुँदा, विशेषज्ञकहाँ जाने सिफारिस चाहिँदा वा बिरामी बिदा चाहिँदा यही डाक्टरकहाँ जानुहुन्छ। सामान्य क्लिनिकको रिसेप्सनमा कुन डाक्टरले नयाँ बिरामी लिँदैछन् भनेर बताइन्छ।",
                    Eligibility: "स्लोभेनियामा अनिवार्य स्वास्थ्य बीमा भएका सबैका लागि (प्रायः रोजगारदातामार्फत)।",
                    Fees: "वैध बीमा भए निःशुल्क।",
                    HowToApply: "स्वास्थ्य बीमा कार्ड र परिचयपत्र ल्याउनुहोस्। व्यक्तिगत डाक्टर छनोटको फाराम भर्नुहोस्। कार्ड छैन भने रोजगारदाता वा ZZZS लाई सोध्नुहोस्।"),
            }),
        new(
            "vpis-v-solo",
            "os-litija",
            ["education-schools", "family-children"],
            ["sl", "en", "bs", "sq"],
            ["appointment", "phone"],
            Free: true,
            Email: "tajnistvo@os-litija.example",
            Phone: "+386 1 555 06 10",
            Website: null,
            PlaceKeys: ["os-litija"],
            Hours: [At("07:30", "14:30", Monday, Tuesday, Wednesday, Thursday, Friday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Vpis otroka v osnovno šolo",
                    "Osnovna šola je v Sloveniji obvezna in brezplačna za vse otroke, običajno od 6. do 15. leta. Otroka lahko vpišete kadar koli med šolskim letom, ko se priselite. Šola vam pomaga v prvih dneh: otrok dobi dodatne ure slovenščine, starši pa pogovor s svetovalno službo.",
                    Eligibility: "Za otroke, ki živijo v šolskem okolišu OŠ Litija, ne glede na državljanstvo.",
                    Fees: "Brezplačno. Plačate le kosilo in nekatere dejavnosti; družine z nizkimi dohodki dobijo subvencijo.",
                    HowToApply: "Pokličite tajništvo in se dogovorite za sestanek. Prinesite otrokov potni list ali dovoljenje za prebivanje, potrdilo o prijavi prebivališča in zadnje šolsko spričevalo, če ga imate."),
                ["en"] = new(
                    "Enrolling a child in primary school",
                    "Primary school in Slovenia is compulsory and free for all children, usually aged 6 to 15. You can enrol your child at any time of the school year, when you move here. The school helps in the first days: your child gets extra Slovenian lessons and parents meet the school counsellor.",
                    Eligibility: "For children who live in the school's catchment area, whatever their citizenship.",
                    Fees: "Free. You pay only for lunch and some activities; low-income families get a subsidy.",
                    HowToApply: "Call the school office to arrange a meeting. Bring your child's passport or residence permit, the certificate of registered address and the last school report, if you have it."),
                ["bs"] = new(
                    "Upis djeteta u osnovnu školu",
                    "Osnovna škola je u Sloveniji obavezna i besplatna za svu djecu, obično od 6 do 15 godina. Dijete možete upisati bilo kada tokom školske godine, kada se doselite. Škola pomaže u prvim danima: dijete dobije dodatne časove slovenskog, a roditelji razgovor sa školskim savjetnikom.",
                    Eligibility: "Za djecu koja žive u školskom području OŠ Litija, bez obzira na državljanstvo.",
                    Fees: "Besplatno. Plaćate samo ručak i neke aktivnosti; porodice s niskim primanjima dobiju subvenciju.",
                    HowToApply: "Nazovite sekretarijat i dogovorite sastanak. Ponesite djetetov pasoš ili dozvolu boravka, potvrdu o prijavi prebivališta i posljednje školsko svjedočanstvo, ako ga imate."),
                ["uk"] = new(
                    "Запис дитини до початкової школи",
                    "Основна школа у Словенії обов'язкова та безкоштовна для всіх дітей, зазвичай від 6 до 15 років. Записати дитину можна будь-коли протягом навчального року, коли ви переїхали. Школа допомагає в перші дні: дитина отримує додаткові уроки словенської, а батьки — розмову зі шкільним консультантом.",
                    Eligibility: "Для дітей, які живуть у шкільному окрузі ОШ Літія, незалежно від громадянства.",
                    Fees: "Безкоштовно. Оплачуєте лише обід і деякі заходи; сім'ї з низьким доходом отримують субсидію.",
                    HowToApply: "Зателефонуйте до секретаріату й домовтеся про зустріч. Візьміть паспорт або дозвіл на проживання дитини, довідку про реєстрацію місця проживання та останній шкільний табель, якщо він є."),
                ["ar"] = new(
                    "تسجيل الطفل في المدرسة الابتدائية",
                    "المدرسة الابتدائية في سلوفينيا إلزامية ومجانية لجميع الأطفال، عادةً من سن 6 إلى 15 سنة. يمكنك تسجيل طفلك في أي وقت خلال السنة الدراسية عند انتقالك إلى هنا. تساعدك المدرسة في الأيام الأولى: يحصل الطفل على دروس إضافية في اللغة السلوفينية، ويلتقي الوالدان بالمرشد المدرسي.",
                    Eligibility: "للأطفال الذين يسكنون في منطقة المدرسة، بغض النظر عن جنسيتهم.",
                    Fees: "مجانًا. تدفع فقط ثمن الغداء وبعض الأنشطة؛ وتحصل الأسر ذات الدخل المنخفض على دعم.",
                    HowToApply: "اتصل بمكتب المدرسة لتحديد موعد. أحضر جواز سفر الطفل أو تصريح إقامته، وشهادة تسجيل العنوان، وآخر شهادة مدرسية إن وُجدت."),
                ["ne"] = new(
                    "बच्चालाई विद्यालयमा भर्ना",
                    "स्लोभेनियामा प्रायः ६ देखि १५ वर्षसम्मका सबै बच्चाका लागि आधारभूत विद्यालय अनिवार्य र निःशुल्क छ। यहाँ सरेपछि शैक्षिक वर्षको जुनसुकै बेला बच्चालाई भर्ना गर्न सकिन्छ। विद्यालयले सुरुका दिनमा सहयोग गर्छ: बच्चाले स्लोभेनियाली भाषाका थप कक्षा पाउँछ र अभिभावकले विद्यालय परामर्शदातासँग भेट्छन्।",
                    Eligibility: "विद्यालय क्षेत्रमा बस्ने सबै बच्चाका लागि, नागरिकता जे भए पनि।",
                    Fees: "निःशुल्क। खाना र केही गतिविधिको मात्र पैसा तिर्नुपर्छ; कम आम्दानी भएका परिवारले अनुदान पाउँछन्।",
                    HowToApply: "विद्यालयको कार्यालयमा फोन गरेर भेटको समय मिलाउनुहोस्। बच्चाको राहदानी वा बसोबास अनुमति, ठेगाना दर्ताको प्रमाणपत्र र अन्तिम विद्यालय प्रमाणपत्र (भए) ल्याउनुहोस्।"),
            }),
        new(
            "svetovanje-tujim-delavcem",
            "info-tocka",
            ["documents-permits", "work-rights", "jobs-training"],
            ["sl", "en", "bs", "hr", "sr", "mk", "sq", "ru", "uk"],
            ["walk-in", "phone", "online"],
            Free: true,
            Email: "info@infotujci.example",
            Phone: "+386 1 555 07 10",
            Website: "https://www.infotujci.si",
            PlaceKeys: ["info-tocka"],
            Hours: [At("09:00", "15:00", Monday, Tuesday, Wednesday, Thursday), At("09:00", "13:00", Friday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Svetovanje za tuje delavce: dovoljenja, zaposlitev, pravice",
                    "Info točka za tujce brezplačno svetuje o dovoljenjih za prebivanje in delo, menjavi delodajalca, združevanju družine in pravicah pri delu. Svetovalci govorijo več jezikov. Pridete lahko osebno, pokličete ali pišete.",
                    Eligibility: "Za tujce, ki delajo ali želijo delati v Sloveniji, in njihove delodajalce.",
                    Fees: "Brezplačno.",
                    HowToApply: "Za daljši pogovor se naročite po telefonu ali e-pošti. S seboj imejte dovoljenje za prebivanje in pogodbo o zaposlitvi."),
                ["en"] = new(
                    "Advice for foreign workers: permits, jobs, rights",
                    "The Info Point for Foreigners gives free advice on residence and work permits, changing employer, family reunification and rights at work. The advisers speak several languages. You can come in person, call or write.",
                    Eligibility: "For foreigners who work or want to work in Slovenia, and for their employers.",
                    Fees: "Free.",
                    HowToApply: "For a longer talk, book an appointment by phone or e-mail. Have your residence permit and employment contract with you."),
                ["bs"] = new(
                    "Savjetovanje za strane radnike: dozvole, posao, prava",
                    "Info tačka za strance besplatno savjetuje o dozvolama boravka i rada, promjeni poslodavca, spajanju porodice i pravima na poslu. Savjetnici govore više jezika. Možete doći lično, nazvati ili pisati.",
                    Eligibility: "Za strance koji rade ili žele raditi u Sloveniji i za njihove poslodavce.",
                    Fees: "Besplatno.",
                    HowToApply: "Za duži razgovor naručite se telefonom ili e-mailom. Ponesite dozvolu boravka i ugovor o radu."),
                ["uk"] = new(
                    "Консультації для іноземних працівників: дозволи, робота, права",
                    "Інфопункт для іноземців безкоштовно консультує щодо дозволів на проживання та роботу, зміни роботодавця, возз'єднання сім'ї та прав на роботі. Консультанти говорять кількома мовами. Можна прийти особисто, зателефонувати або написати.",
                    Eligibility: "Для іноземців, які працюють або хочуть працювати у Словенії, та їхніх роботодавців.",
                    Fees: "Безкоштовно.",
                    HowToApply: "Для довшої розмови запишіться телефоном або електронною поштою. Майте з собою дозвіл на проживання та трудовий договір."),
                ["ar"] = new(
                    "استشارات للعمال الأجانب: التصاريح والعمل والحقوق",
                    "تقدّم نقطة المعلومات للأجانب استشارات مجانية حول تصاريح الإقامة والعمل وتغيير صاحب العمل ولمّ شمل الأسرة والحقوق في العمل. يتحدث المستشارون عدة لغات. يمكنك الحضور شخصيًا أو الاتصال أو الكتابة.",
                    Eligibility: "للأجانب الذين يعملون أو يريدون العمل في سلوفينيا، ولأصحاب عملهم.",
                    Fees: "مجانًا.",
                    HowToApply: "لمحادثة أطول احجز موعدًا بالهاتف أو البريد الإلكتروني. احمل معك تصريح الإقامة وعقد العمل."),
                ["ne"] = new(
                    "विदेशी कामदारका लागि परामर्श: अनुमति, रोजगारी, अधिकार",
                    "विदेशीहरूका लागि सूचना केन्द्रले बसोबास र कामको अनुमति, रोजगारदाता परिवर्तन, परिवार पुनर्मिलन र कामका अधिकारबारे निःशुल्क सल्लाह दिन्छ। सल्लाहकारहरू धेरै भाषा बोल्छन्। आफैं आउन, फोन गर्न वा लेख्न सक्नुहुन्छ।",
                    Eligibility: "स्लोभेनियामा काम गर्ने वा गर्न चाहने विदेशी र तिनका रोजगारदाताका लागि।",
                    Fees: "निःशुल्क।",
                    HowToApply: "लामो कुराकानीका लागि फोन वा इमेलबाट समय लिनुहोस्। बसोबास अनुमति र रोजगार सम्झौता साथमा राख्नुहोस्।"),
            }),
        new(
            "jezikovna-kavarna",
            "knjiznica",
            ["language-learning", "community-culture", "volunteering"],
            ["sl", "en"],
            ["walk-in"],
            Free: true,
            Email: "kavarna@knjiznica-litija.example",
            Phone: "+386 1 555 01 41",
            Website: null,
            PlaceKeys: ["knjiznica"],
            Hours: [At("17:00", "18:30", Wednesday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Jezikovna kavarna: pogovor v slovenščini",
                    "Vsako sredo se ob kavi ali čaju pogovarjamo v preprosti slovenščini. Pogovor vodijo prostovoljci, domačini iz Litije. Ni ocen in ni domačih nalog, samo pogovor o vsakdanjih stvareh. Pridete lahko tudi z otroki.",
                    Eligibility: "Za vse, ki se učijo slovenščino, na kateri koli ravni. Prostovoljci, ki bi radi sodelovali, se oglasijo pri izposoji.",
                    Fees: "Brezplačno, tudi brez članske izkaznice.",
                    HowToApply: "Prijava ni potrebna. Pridite v čitalnico v prvem nadstropju.",
                    Accessibility: "Dvigalo do čitalnice."),
                ["en"] = new(
                    "Language café: conversation in Slovenian",
                    "Every Wednesday we talk in simple Slovenian over coffee or tea. Volunteers from Litija lead the conversation. There are no marks and no homework, just talk about everyday things. You can also bring your children.",
                    Eligibility: "For everyone who is learning Slovenian, at any level. Volunteers who would like to help can ask at the lending desk.",
                    Fees: "Free, also without a library card.",
                    HowToApply: "No registration needed. Come to the reading room on the first floor.",
                    Accessibility: "Lift to the reading room."),
                ["bs"] = new(
                    "Jezička kafana: razgovor na slovenskom",
                    "Svake srijede uz kafu ili čaj razgovaramo na jednostavnom slovenskom. Razgovor vode volonteri, domaći ljudi iz Litije. Nema ocjena ni domaćih zadaća, samo razgovor o svakodnevnim stvarima. Možete doći i s djecom.",
                    Eligibility: "Za sve koji uče slovenski, na bilo kojem nivou.",
                    Fees: "Besplatno, i bez članske karte.",
                    HowToApply: "Prijava nije potrebna. Dođite u čitaonicu na prvom spratu."),
                ["uk"] = new(
                    "Мовне кафе: розмова словенською",
                    "Щосереди за кавою чи чаєм ми розмовляємо простою словенською мовою. Розмову ведуть волонтери — місцеві мешканці Літії. Немає оцінок і домашніх завдань, лише розмова про буденні речі. Можна прийти й з дітьми.",
                    Eligibility: "Для всіх, хто вивчає словенську, на будь-якому рівні.",
                    Fees: "Безкоштовно, навіть без читацького квитка.",
                    HowToApply: "Реєстрація не потрібна. Приходьте до читальної зали на першому поверсі."),
                ["ar"] = new(
                    "مقهى اللغة: محادثة بالسلوفينية",
                    "كل يوم أربعاء نتحدث بلغة سلوفينية بسيطة مع القهوة أو الشاي. يدير المحادثة متطوعون من أهل ليتيا. لا توجد علامات ولا واجبات منزلية، فقط حديث عن أمور الحياة اليومية. يمكنك أن تحضر أطفالك أيضًا.",
                    Eligibility: "لكل من يتعلم السلوفينية، بأي مستوى.",
                    Fees: "مجانًا، حتى بدون بطاقة المكتبة.",
                    HowToApply: "لا حاجة للتسجيل. تعال إلى قاعة المطالعة في الطابق الأول."),
            }),
        new(
            "predilniska-sola",
            "predilnica",
            ["jobs-training", "work-rights"],
            ["sl", "en", "bs", "sr", "hr", "mk", "ne"],
            ["appointment"],
            Free: true,
            Email: "kadrovska@predilnica.example",
            Phone: "+386 1 555 08 10",
            Website: null,
            PlaceKeys: ["predilnica"],
            Hours: [At("07:00", "13:00", Monday, Tuesday, Wednesday, Thursday, Friday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Večjezična predilniška šola",
                    "Novi sodelavci se v predilniški šoli naučijo dela na strojih, varnosti pri delu in pravil v podjetju. Usposabljanje poteka v slovenščini, z gradivi in mentorji v bosanščini, srbščini, makedonščini, nepalščini in angleščini. Vsi napisi v proizvodnji so večjezični.",
                    Eligibility: "Za zaposlene v Predilnici Litija, zlasti v prvih tednih dela.",
                    Fees: "Brezplačno. Čas usposabljanja je delovni čas in je plačan.",
                    HowToApply: "Usposabljanje organizira kadrovska služba ob začetku dela. Vprašanja lahko postavite svojemu mentorju ali v kadrovski službi."),
                ["en"] = new(
                    "Multilingual spinning school",
                    "In the spinning school new workers learn to work with the machines, safety at work and the company rules. Training is in Slovenian, with materials and mentors in Bosnian, Serbian, Macedonian, Nepali and English. All signs in production are multilingual.",
                    Eligibility: "For employees of Predilnica Litija, especially in their first weeks.",
                    Fees: "Free. Training time is working time and is paid.",
                    HowToApply: "The HR office arranges the training when you start work. Ask your mentor or the HR office if you have questions."),
                ["bs"] = new(
                    "Višejezična predilačka škola",
                    "U predilačkoj školi novi radnici uče raditi na mašinama, sigurnost na radu i pravila u firmi. Obuka je na slovenskom, uz materijale i mentore na bosanskom, srpskom, makedonskom, nepalskom i engleskom. Svi natpisi u proizvodnji su višejezični.",
                    Eligibility: "Za zaposlene u Predilnici Litija, posebno u prvim sedmicama rada.",
                    Fees: "Besplatno. Vrijeme obuke je radno vrijeme i plaćeno je.",
                    HowToApply: "Obuku organizuje kadrovska služba na početku rada. Pitanja možete postaviti svom mentoru ili u kadrovskoj službi."),
                ["uk"] = new(
                    "Багатомовна прядильна школа",
                    "У прядильній школі нові працівники вчаться працювати на верстатах, дізнаються правила безпеки та правила підприємства. Навчання відбувається словенською, з матеріалами та наставниками боснійською, сербською, македонською, непальською та англійською мовами. Усі написи на виробництві багатомовні.",
                    Eligibility: "Для працівників Predilnica Litija, особливо в перші тижні роботи.",
                    Fees: "Безкоштовно. Час навчання — це робочий час, і він оплачується.",
                    HowToApply: "Навчання організовує відділ кадрів на початку роботи. Запитання ставте своєму наставнику або у відділі кадрів."),
                ["ne"] = new(
                    "बहुभाषिक कताई विद्यालय",
                    "कताई विद्यालयमा नयाँ कामदारले मेसिन चलाउन, कामको सुरक्षा र कम्पनीका नियम सिक्छन्। तालिम स्लोभेनियाली भाषामा हुन्छ, तर सामग्री र मेन्टर बोस्नियाली, सर्बियाली, म्यासेडोनियाली, नेपाली र अंग्रेजीमा पनि छन्। उत्पादन क्षेत्रका सबै सूचना-पाटी बहुभाषिक छन्।",
                    Eligibility: "Predilnica Litija का कर्मचारीका लागि, विशेष गरी कामको सुरुका हप्तामा।",
                    Fees: "निःशुल्क। तालिमको समय कामको समय हो र त्यसको तलब पाइन्छ।",
                    HowToApply: "काम सुरु गर्दा मानव संसाधन विभागले तालिम मिलाउँछ। प्रश्न भए आफ्नो मेन्टर वा मानव संसाधन विभागलाई सोध्नुहोस्।"),
                ["mk"] = new(
                    "Повеќејазично предилско училиште",
                    "Во предилското училиште новите вработени учат да работат на машините, безбедност при работа и правилата во фирмата. Обуката е на словенечки, со материјали и ментори на босански, српски, македонски, непалски и англиски. Сите натписи во производството се повеќејазични.",
                    Eligibility: "За вработените во Predilnica Litija, особено во првите недели.",
                    Fees: "Бесплатно. Времето на обука е работно време и е платено.",
                    HowToApply: "Обуката ја организира кадровската служба на почетокот на работата. Прашањата поставете ги на вашиот ментор или во кадровската служба."),
            }),
        new(
            "slovenscina-na-delovnem-mestu",
            "predilnica",
            ["language-learning"],
            ["sl", "en", "bs", "mk", "ne"],
            ["walk-in"],
            Free: true,
            Email: "kadrovska@predilnica.example",
            Phone: "+386 1 555 08 11",
            Website: null,
            PlaceKeys: ["predilnica"],
            Hours: [At("14:30", "16:00", Tuesday, Thursday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Slovenščina na delovnem mestu",
                    "Po koncu jutranje izmene v podjetju poteka kratka ura slovenščine. Učimo se besede, ki jih potrebujete pri delu, v trgovini in pri zdravniku. Pri učenju pomagajo sodelavci, ki že dobro govorijo slovensko.",
                    Eligibility: "Za zaposlene v Predilnici Litija in njihove družinske člane.",
                    Fees: "Brezplačno.",
                    HowToApply: "Pridite v sejno sobo v upravni stavbi. Prijava ni potrebna."),
                ["en"] = new(
                    "Slovenian at the workplace",
                    "After the morning shift there is a short Slovenian lesson in the company. We learn the words you need at work, in the shop and at the doctor's. Colleagues who already speak Slovenian well help with learning.",
                    Eligibility: "For employees of Predilnica Litija and their family members.",
                    Fees: "Free.",
                    HowToApply: "Come to the meeting room in the office building. No registration needed."),
                ["bs"] = new(
                    "Slovenski na radnom mjestu",
                    "Nakon jutarnje smjene u firmi je kratak čas slovenskog. Učimo riječi koje trebate na poslu, u trgovini i kod doktora. U učenju pomažu kolege koje već dobro govore slovenski.",
                    Eligibility: "Za zaposlene u Predilnici Litija i članove njihovih porodica.",
                    Fees: "Besplatno.",
                    HowToApply: "Dođite u salu za sastanke u upravnoj zgradi. Prijava nije potrebna."),
                ["uk"] = new(
                    "Словенська на робочому місці",
                    "Після ранкової зміни на підприємстві проходить короткий урок словенської. Ми вчимо слова, потрібні на роботі, у магазині та в лікаря. Допомагають колеги, які вже добре говорять словенською.",
                    Eligibility: "Для працівників Predilnica Litija та членів їхніх сімей.",
                    Fees: "Безкоштовно.",
                    HowToApply: "Приходьте до зали засідань в адміністративній будівлі. Реєстрація не потрібна."),
                ["ne"] = new(
                    "कार्यस्थलमा स्लोभेनियाली भाषा",
                    "बिहानको सिफ्टपछि कम्पनीमै स्लोभेनियाली भाषाको छोटो कक्षा हुन्छ। काम, पसल र डाक्टरकहाँ चाहिने शब्दहरू सिकिन्छ। स्लोभेनियाली राम्रो बोल्ने सहकर्मीहरूले सिक्न सहयोग गर्छन्।",
                    Eligibility: "Predilnica Litija का कर्मचारी र तिनका परिवारका सदस्यका लागि।",
                    Fees: "निःशुल्क।",
                    HowToApply: "प्रशासनिक भवनको बैठक कोठामा आउनुहोस्। दर्ता आवश्यक छैन।"),
            }),
        new(
            "pogovorne-urice",
            "vgc-zasavje",
            ["language-learning", "community-culture"],
            ["sl", "en", "bs"],
            ["walk-in"],
            Free: true,
            Email: "vgc@zlu.example",
            Phone: "+386 3 555 09 10",
            Website: null,
            PlaceKeys: ["vgc-zasavje"],
            Hours: [At("10:00", "12:00", Monday), At("16:00", "18:00", Thursday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Slovenščina za vsak dan: pogovorne urice",
                    "V Večgeneracijskem centru se učimo slovenščino s pogovorom, igrami in sprehodi po Zagorju. Skupine vodijo učiteljice in prostovoljci. Primerno za začetnike in za tiste, ki že nekaj znajo.",
                    Eligibility: "Za odrasle vseh starosti. Mame lahko pridejo z majhnimi otroki.",
                    Fees: "Brezplačno.",
                    HowToApply: "Pridite na prvo srečanje ali pokličite. Prijava ni obvezna."),
                ["en"] = new(
                    "Everyday Slovenian: conversation hours",
                    "At the Intergenerational Centre we learn Slovenian through conversation, games and walks around Zagorje. Teachers and volunteers lead the groups. Good for beginners and for those who already know a little.",
                    Eligibility: "For adults of all ages. Mothers can come with small children.",
                    Fees: "Free.",
                    HowToApply: "Just come to the first meeting or call us. Registration is not required."),
            }),
        new(
            "medkulturne-delavnice",
            "vgc-zasavje",
            ["community-culture", "leisure-hobbies"],
            ["sl", "en", "bs", "uk", "ru"],
            ["walk-in"],
            Free: true,
            Email: "vgc@zlu.example",
            Phone: "+386 3 555 09 11",
            Website: null,
            PlaceKeys: ["vgc-zasavje"],
            Hours: [At("16:00", "19:00", Wednesday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Medkulturne delavnice in druženje",
                    "Kuhamo jedi iz različnih držav, ustvarjamo, beremo in se pogovarjamo. Delavnice povezujejo ljudi različnih generacij in kultur. Tu lahko spoznate nove prijatelje in izveste veliko o življenju v Zasavju.",
                    Eligibility: "Za vse, od otrok do starejših.",
                    Fees: "Brezplačno.",
                    HowToApply: "Program za tekoči mesec dobite v centru ali po e-pošti."),
                ["en"] = new(
                    "Intercultural workshops and get-togethers",
                    "We cook food from different countries, make things, read and talk. The workshops bring together people of different generations and cultures. Here you can make new friends and learn a lot about life in Zasavje.",
                    Eligibility: "For everyone, from children to older people.",
                    Fees: "Free.",
                    HowToApply: "Get this month's programme at the centre or by e-mail."),
            }),
        new(
            "priznavanje-izobrazbe",
            "info-tocka",
            ["jobs-training", "education-schools", "documents-permits"],
            ["sl", "en", "bs", "hr", "sr", "ru", "uk"],
            ["phone", "online"],
            Free: true,
            Email: "izobrazba@infotujci.example",
            Phone: "+386 1 555 07 11",
            Website: "https://www.infotujci.si",
            PlaceKeys: ["info-tocka"],
            Hours: [At("09:00", "12:00", Tuesday, Thursday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Priznavanje izobrazbe in poklicnih kvalifikacij",
                    "Ste v domovini končali šolo ali se izučili za poklic? Razložimo, kako v Sloveniji priznate izobrazbo ali poklicno kvalifikacijo in kateri urad je pristojen. Priznana izobrazba vam lahko pomaga do boljše službe ali nadaljnjega šolanja.",
                    Fees: "Svetovanje je brezplačno. Postopek priznavanja je lahko plačljiv; znesek je odvisen od vrste postopka.",
                    HowToApply: "Pripravite spričevala ali diplomo in opis programa. Običajno potrebujete tudi overjen prevod v slovenščino."),
                ["en"] = new(
                    "Recognition of education and qualifications",
                    "Did you finish school or train for a profession at home? We explain how to get your education or vocational qualification recognised in Slovenia and which office decides. A recognised qualification can help you get a better job or continue your education.",
                    Fees: "The advice is free. The recognition procedure may have a fee; the amount depends on the procedure.",
                    HowToApply: "Prepare your certificates or diploma and a description of the programme. Usually you also need a certified translation into Slovenian."),
            }),
        new(
            "pregled-placilne-liste",
            "delavska-svetovalnica",
            ["work-rights", "money-taxes"],
            ["sl", "en", "bs", "hr", "sr"],
            ["online"],
            Free: true,
            Email: "placa@delavska-svetovalnica.example",
            Phone: null,
            Website: null,
            PlaceKeys: [],
            Hours: [],
            Texts: new()
            {
                ["sl"] = new(
                    "Pregled plačilne liste in pogodbe po e-pošti",
                    "Ne razumete svoje plačilne liste ali pogodbe o zaposlitvi? Pošljite nam fotografijo in vprašanje. V nekaj dneh vam odgovorimo, ali je plača pravilno obračunana in kaj lahko naredite.",
                    Fees: "Brezplačno.",
                    HowToApply: "Pošljite e-pošto s fotografijo plačilne liste ali pogodbe. Osebne podatke, ki jih ne potrebujemo, lahko prekrijete."),
                ["en"] = new(
                    "Payslip and contract check by e-mail",
                    "Do you not understand your payslip or employment contract? Send us a photo and your question. Within a few days we tell you if your pay is calculated correctly and what you can do.",
                    Fees: "Free.",
                    HowToApply: "Send an e-mail with a photo of your payslip or contract. You can cover personal data that we do not need."),
            }),
        new(
            "postanite-prostovoljec",
            "filantropija",
            ["volunteering", "community-culture"],
            ["sl", "en"],
            ["online", "appointment"],
            Free: true,
            Email: "prostovoljstvo@filantropija.example",
            Phone: "+386 1 555 10 10",
            Website: "https://www.filantropija.org",
            PlaceKeys: ["filantropija"],
            Hours: [At("09:00", "15:00", Monday, Tuesday, Wednesday, Thursday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Postanite prostovoljec ali prostovoljka",
                    "Pomagajte novim prebivalcem pri učenju slovenščine, z učno pomočjo otrokom, s spremstvom na urade ali z druženjem. Pred začetkom dobite brezplačno usposabljanje in mentorja. Prostovoljec je lahko vsak, tudi priseljenec, ki že dobro pozna Slovenijo.",
                    Eligibility: "Starost vsaj 15 let. Za delo z otroki potrebujete potrdilo iz kazenske evidence.",
                    Fees: "Brezplačno. Stroške prevoza vam lahko povrnemo.",
                    HowToApply: "Prijavite se na spletni strani ali pokličite. Povabimo vas na uvodni pogovor."),
                ["en"] = new(
                    "Become a volunteer",
                    "Help new residents with learning Slovenian, with homework help for children, by going with them to offices or simply by spending time together. Before you start you get free training and a mentor. Anyone can volunteer, also an immigrant who already knows Slovenia well.",
                    Eligibility: "Age 15 or older. For work with children you need a certificate from the criminal record.",
                    Fees: "Free. We can refund your travel costs.",
                    HowToApply: "Sign up on the website or call us. We invite you to an introductory talk."),
                ["bs"] = new(
                    "Postanite volonter ili volonterka",
                    "Pomozite novim stanovnicima u učenju slovenskog, pomoći djeci u učenju, pratnji u urede ili druženju. Prije početka dobijete besplatnu obuku i mentora. Volonter može biti svako, i doseljenik koji već dobro poznaje Sloveniju.",
                    Eligibility: "Najmanje 15 godina. Za rad s djecom trebate potvrdu iz kaznene evidencije.",
                    Fees: "Besplatno. Troškove prevoza vam možemo vratiti.",
                    HowToApply: "Prijavite se na web stranici ili nas nazovite. Pozvat ćemo vas na uvodni razgovor."),
                ["uk"] = new(
                    "Станьте волонтером",
                    "Допомагайте новим мешканцям вивчати словенську, робити уроки з дітьми, ходити до установ або просто проводьте час разом. Перед початком ви отримаєте безкоштовне навчання і наставника. Волонтером може бути кожен, також іммігрант, який уже добре знає Словенію.",
                    Eligibility: "Вік від 15 років. Для роботи з дітьми потрібна довідка про несудимість.",
                    Fees: "Безкоштовно. Витрати на проїзд можемо відшкодувати.",
                    HowToApply: "Зареєструйтеся на сайті або зателефонуйте. Ми запросимо вас на вступну розмову."),
            }),
        new(
            "prostovoljec-ob-vas",
            "filantropija",
            ["volunteering", "community-culture", "documents-permits"],
            ["sl", "en", "bs", "uk", "ru", "ar", "fa"],
            ["online", "phone"],
            Free: true,
            Email: "spremstvo@filantropija.example",
            Phone: "+386 1 555 10 11",
            Website: "https://www.filantropija.org",
            PlaceKeys: [],
            Hours: [],
            Texts: new()
            {
                ["sl"] = new(
                    "Prostovoljec ob vas: spremstvo in pomoč",
                    "Potrebujete nekoga, ki gre z vami na upravno enoto, k zdravniku ali na govorilne ure v šoli? Prostovoljec vam pomaga razumeti, kaj vam povedo, in skupaj izpolnita obrazce. Prostovoljci niso uradni tolmači, so pa ob vas in vam pomagajo.",
                    Eligibility: "Za odrasle priseljence in družine v Litiji in Ljubljani.",
                    Fees: "Brezplačno.",
                    HowToApply: "Oddajte prošnjo za pomoč na tej strani ali pokličite. Povejte, kdaj in kam morate iti ter kateri jezik govorite."),
                ["en"] = new(
                    "A volunteer by your side: accompaniment and help",
                    "Do you need someone to go with you to the administrative unit, the doctor or a school meeting? A volunteer helps you understand what you are told, and you fill in the forms together. Volunteers are not official interpreters, but they stand by you and help.",
                    Eligibility: "For adult immigrants and families in Litija and Ljubljana.",
                    Fees: "Free.",
                    HowToApply: "Send a help request on this site or call us. Say when and where you need to go and which language you speak."),
                ["ar"] = new(
                    "متطوع إلى جانبك: مرافقة ومساعدة",
                    "هل تحتاج إلى شخص يرافقك إلى الوحدة الإدارية أو الطبيب أو اجتماع المدرسة؟ يساعدك المتطوع على فهم ما يقال لك، وتملآن الاستمارات معًا. المتطوعون ليسوا مترجمين رسميين، لكنهم يقفون إلى جانبك ويساعدونك.",
                    Eligibility: "للمهاجرين البالغين والعائلات في ليتيا وليوبليانا.",
                    Fees: "مجانًا.",
                    HowToApply: "أرسل طلب مساعدة عبر هذا الموقع أو اتصل بنا. قل متى وإلى أين تحتاج أن تذهب وما اللغة التي تتحدثها."),
            }),
        new(
            "avtobus-vlak-ljubljana",
            "tic-litija",
            ["transport"],
            ["sl", "en", "hr"],
            ["walk-in", "phone"],
            Free: true,
            Email: "info@tic-litija.example",
            Phone: "+386 1 555 11 10",
            Website: null,
            PlaceKeys: ["tic-litija"],
            Hours: [At("08:00", "17:00", Monday, Tuesday, Wednesday, Thursday, Friday), At("09:00", "12:00", Saturday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Avtobus in vlak do Ljubljane",
                    "Iz Litije v Ljubljano vozijo vlaki skoraj vsako uro, vožnja traja približno 30 do 40 minut. Vozijo tudi avtobusi. V turističnem centru vam natisnemo vozni red in razložimo, kako kupite enkratno ali mesečno vozovnico. Dijaki, študenti in starejši imajo lahko cenejšo vozovnico.",
                    Fees: "Informacije so brezplačne. Cena vozovnice je odvisna od razdalje.",
                    HowToApply: "Pridite v turistični center na Valvazorjevem trgu ali pokličite. Nekateri delodajalci organizirajo prevoz na delo, zato vprašajte tudi v službi."),
                ["en"] = new(
                    "Bus and train to Ljubljana",
                    "Trains run from Litija to Ljubljana almost every hour; the trip takes about 30 to 40 minutes. There are also buses. At the tourist centre we print a timetable for you and explain how to buy a single or monthly ticket. Pupils, students and older people may get cheaper tickets.",
                    Fees: "Information is free. The ticket price depends on the distance.",
                    HowToApply: "Come to the tourist centre on Valvazorjev trg or call us. Some employers organise transport to work, so ask at work too."),
                ["bs"] = new(
                    "Autobus i voz do Ljubljane",
                    "Iz Litije do Ljubljane vozovi voze skoro svaki sat; vožnja traje oko 30 do 40 minuta. Voze i autobusi. U turističkom centru odštampamo vam red vožnje i objasnimo kako kupiti pojedinačnu ili mjesečnu kartu. Učenici, studenti i stariji mogu dobiti jeftiniju kartu.",
                    Fees: "Informacije su besplatne. Cijena karte zavisi od udaljenosti.",
                    HowToApply: "Dođite u turistički centar na Valvazorjevom trgu ili nazovite. Neki poslodavci organizuju prevoz na posao, pa pitajte i na poslu."),
                ["uk"] = new(
                    "Автобус і потяг до Любляни",
                    "З Літії до Любляни потяги ходять майже щогодини, поїздка триває близько 30–40 хвилин. Курсують і автобуси. У туристичному центрі вам роздрукують розклад і пояснять, як купити разовий або місячний квиток. Учні, студенти та літні люди можуть мати дешевші квитки.",
                    Fees: "Інформація безкоштовна. Ціна квитка залежить від відстані.",
                    HowToApply: "Приходьте до туристичного центру на площі Valvazorjev trg або зателефонуйте. Деякі роботодавці організовують транспорт на роботу, тож запитайте й на роботі."),
            }),
        new(
            "izleti-in-prosti-cas",
            "tic-litija",
            ["leisure-hobbies", "community-culture"],
            ["sl", "en", "de"],
            ["walk-in"],
            Free: true,
            Email: "info@tic-litija.example",
            Phone: "+386 1 555 11 10",
            Website: null,
            PlaceKeys: ["tic-litija"],
            Hours: [At("08:00", "17:00", Monday, Tuesday, Wednesday, Thursday, Friday), At("09:00", "12:00", Saturday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Izleti, prireditve in prosti čas v Litiji",
                    "Litija leži v srcu Slovenije, ob reki Savi; blizu je GEOSS, geometrično središče Slovenije. Povemo vam, kam na sprehod ali izlet, kje so igrišča, kopališče in kolesarske poti ter katere prireditve so ta mesec. Dobite lahko brezplačen zemljevid Litije.",
                    Fees: "Informacije in zemljevid so brezplačni.",
                    HowToApply: "Obiščite nas v turističnem centru."),
                ["en"] = new(
                    "Trips, events and free time in Litija",
                    "Litija lies in the heart of Slovenia, on the river Sava; GEOSS, the geometric centre of Slovenia, is nearby. We tell you where to go for a walk or a trip, where to find playgrounds, the swimming pool and cycling paths, and which events are on this month. You can get a free map of Litija.",
                    Fees: "Information and the map are free.",
                    HowToApply: "Visit us at the tourist centre."),
            }),
        new(
            "nujna-medicinska-pomoc",
            "zd-litija",
            ["health", "emergency-safety"],
            ["sl", "en"],
            ["walk-in", "phone"],
            Free: true,
            Email: null,
            Phone: "+386 1 555 01 12",
            Website: null,
            PlaceKeys: ["zd-litija"],
            Hours: [],
            Texts: new()
            {
                ["sl"] = new(
                    "Nujna medicinska pomoč in dežurni zdravnik",
                    "Ko je vaša ambulanta zaprta – ponoči, ob vikendih in praznikih – vam pomaga dežurni zdravnik v Zdravstvenem domu Litija. V nujnih primerih, ko je ogroženo življenje, takoj pokličite 112. Nujna pomoč je na voljo 24 ur na dan.",
                    Eligibility: "Za vse, ki potrebujejo nujno pomoč, tudi brez zdravstvenega zavarovanja.",
                    Fees: "Nujna pomoč je vedno zagotovljena. Brez zavarovanja lahko prejmete račun.",
                    HowToApply: "Pred prihodom pokličite dežurno številko. Prinesite kartico zdravstvenega zavarovanja in seznam zdravil, ki jih jemljete.",
                    Accessibility: "Vhod za nujno pomoč je ob strani stavbe, brez stopnic."),
                ["en"] = new(
                    "Emergency medical care and doctor on duty",
                    "When your clinic is closed – at night, at weekends and on public holidays – the doctor on duty at Litija Health Centre helps you. In an emergency, when a life is in danger, call 112 at once. Emergency care is available 24 hours a day.",
                    Eligibility: "For everyone who needs urgent help, also without health insurance.",
                    Fees: "Urgent care is always given. Without insurance you may get a bill.",
                    HowToApply: "Call the duty number before you come. Bring your health insurance card and a list of the medicines you take.",
                    Accessibility: "The emergency entrance is at the side of the building, without steps."),
                ["bs"] = new(
                    "Hitna medicinska pomoć i dežurni doktor",
                    "Kada je vaša ambulanta zatvorena – noću, vikendom i praznicima – pomaže vam dežurni doktor u Domu zdravlja Litija. U hitnim slučajevima, kada je ugrožen život, odmah zovite 112. Hitna pomoć je dostupna 24 sata dnevno.",
                    Eligibility: "Za sve kojima treba hitna pomoć, i bez zdravstvenog osiguranja.",
                    Fees: "Hitna pomoć je uvijek osigurana. Bez osiguranja možete dobiti račun.",
                    HowToApply: "Prije dolaska nazovite dežurni broj. Ponesite karticu zdravstvenog osiguranja i spisak lijekova koje pijete."),
                ["uk"] = new(
                    "Екстрена медична допомога та черговий лікар",
                    "Коли ваша амбулаторія зачинена — вночі, у вихідні та свята — вам допоможе черговий лікар у Центрі здоров'я Літія. У невідкладних випадках, коли є загроза життю, одразу телефонуйте 112. Екстрена допомога доступна цілодобово.",
                    Eligibility: "Для всіх, кому потрібна невідкладна допомога, також без медичного страхування.",
                    Fees: "Невідкладну допомогу надають завжди. Без страховки вам можуть виставити рахунок.",
                    HowToApply: "Перед приходом зателефонуйте на черговий номер. Візьміть картку медичного страхування і список ліків, які ви приймаєте."),
                ["ar"] = new(
                    "الإسعاف الطبي والطبيب المناوب",
                    "عندما تكون عيادتك مغلقة — ليلًا وفي عطلات نهاية الأسبوع والأعياد — يساعدك الطبيب المناوب في المركز الصحي في ليتيا. في الحالات الطارئة التي تهدد الحياة، اتصل فورًا بالرقم 112. الإسعاف متاح 24 ساعة في اليوم.",
                    Eligibility: "لكل من يحتاج إلى مساعدة عاجلة، حتى بدون تأمين صحي.",
                    Fees: "المساعدة العاجلة مضمونة دائمًا. بدون تأمين قد تصلك فاتورة.",
                    HowToApply: "اتصل برقم المناوبة قبل أن تأتي. أحضر بطاقة التأمين الصحي وقائمة بالأدوية التي تتناولها."),
            }),
        new(
            "otroski-dispanzer",
            "zd-litija",
            ["health", "family-children"],
            ["sl", "en"],
            ["appointment", "phone"],
            Free: true,
            Email: "pediatrija@zd-litija.example",
            Phone: "+386 1 555 01 13",
            Website: null,
            PlaceKeys: ["zd-litija"],
            Hours: [At("07:00", "14:00", Monday, Wednesday, Thursday, Friday), At("12:00", "19:00", Tuesday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Otroški in šolski dispanzer (pediater)",
                    "Pediater skrbi za zdravje otrok in mladostnikov do 19. leta: preventivne preglede, cepljenja in zdravljenje, ko je otrok bolan. Otroka prijavite pri pediatru takoj, ko se priselite. Pred vstopom v vrtec ali šolo otrok potrebuje zdravniški pregled.",
                    Eligibility: "Za otroke z zdravstvenim zavarovanjem; otroci so običajno zavarovani prek staršev.",
                    Fees: "Brezplačno z veljavnim zavarovanjem.",
                    HowToApply: "Pokličite in se naročite. Prinesite otrokovo kartico zdravstvenega zavarovanja in cepilno knjižico iz domovine, če jo imate."),
                ["en"] = new(
                    "Children's and school clinic (paediatrician)",
                    "The paediatrician looks after the health of children and young people up to 19: check-ups, vaccinations and treatment when a child is ill. Register your child with a paediatrician as soon as you move here. Before kindergarten or school, your child needs a medical check-up.",
                    Eligibility: "For children with health insurance; children are usually insured through their parents.",
                    Fees: "Free with valid insurance.",
                    HowToApply: "Call to book an appointment. Bring your child's health insurance card and vaccination record from home, if you have it."),
            }),
        new(
            "prijava-prebivalisca",
            "ue-litija",
            ["documents-permits", "housing"],
            ["sl", "en", "hr"],
            ["walk-in", "online"],
            Free: true,
            Email: "prebivalisce@ue-litija.example",
            Phone: "+386 1 555 01 22",
            Website: "https://e-uprava.gov.si",
            PlaceKeys: ["ue-litija"],
            Hours: OfficeHours(),
            Texts: new()
            {
                ["sl"] = new(
                    "Prijava stalnega ali začasnega prebivališča",
                    "Ko se preselite na nov naslov, morate v 8 dneh prijaviti prebivališče. Prijavo potrebujete za dovoljenje za prebivanje, zdravnika, šolo in banko. Prijavo lahko oddate na upravni enoti ali na portalu eUprava, če imate digitalno potrdilo.",
                    Eligibility: "Za vse, ki živijo v Sloveniji, tudi tujce.",
                    Fees: "Prijava je brezplačna.",
                    HowToApply: "Prinesite osebni dokument in dokaz, da lahko živite na naslovu: najemno pogodbo ali pisno soglasje lastnika."),
                ["en"] = new(
                    "Registering your address",
                    "When you move to a new address, you must register it within 8 days. You need the registration for your residence permit, a doctor, school and the bank. You can register at the administrative unit, or on the eUprava portal if you have a digital certificate.",
                    Eligibility: "For everyone who lives in Slovenia, including foreigners.",
                    Fees: "Registration is free.",
                    HowToApply: "Bring an identity document and proof that you may live at the address: a rental contract or the owner's written consent."),
                ["bs"] = new(
                    "Prijava stalnog ili privremenog prebivališta",
                    "Kada se preselite na novu adresu, prebivalište morate prijaviti u roku od 8 dana. Prijava vam treba za dozvolu boravka, doktora, školu i banku. Prijavu možete predati u upravnoj jedinici ili na portalu eUprava, ako imate digitalni certifikat.",
                    Eligibility: "Za sve koji žive u Sloveniji, i za strance.",
                    Fees: "Prijava je besplatna.",
                    HowToApply: "Ponesite lični dokument i dokaz da možete živjeti na adresi: ugovor o najmu ili pismenu saglasnost vlasnika."),
                ["uk"] = new(
                    "Реєстрація місця проживання",
                    "Коли ви переїжджаєте на нову адресу, треба зареєструвати місце проживання протягом 8 днів. Реєстрація потрібна для дозволу на проживання, лікаря, школи та банку. Зареєструватися можна в адміністративній одиниці або на порталі eUprava, якщо у вас є цифровий сертифікат.",
                    Eligibility: "Для всіх, хто живе у Словенії, також для іноземців.",
                    Fees: "Реєстрація безкоштовна.",
                    HowToApply: "Візьміть документ, що посвідчує особу, і підтвердження, що ви можете жити за цією адресою: договір оренди або письмову згоду власника."),
            }),
        new(
            "zamenjava-voznikega-dovoljenja",
            "ue-litija",
            ["documents-permits", "transport"],
            ["sl", "en"],
            ["walk-in"],
            Free: false,
            Email: "vozniska@ue-litija.example",
            Phone: "+386 1 555 01 23",
            Website: "https://e-uprava.gov.si",
            PlaceKeys: ["ue-litija"],
            Hours: OfficeHours(),
            Texts: new()
            {
                ["sl"] = new(
                    "Zamenjava tujega vozniškega dovoljenja",
                    "Če živite v Sloveniji in imate vozniško dovoljenje iz države zunaj EU, ga morate običajno zamenjati za slovensko, največ v enem letu po prijavi prebivališča. Za nekatere države je potreben še preizkus praktične vožnje. Na upravni enoti vam povedo, kaj velja za vaše dovoljenje.",
                    Fees: "Plačate upravno takso in izdelavo vozniškega dovoljenja.",
                    HowToApply: "Prinesite tuje vozniško dovoljenje, osebni dokument, fotografijo in zdravniško spričevalo za voznike."),
                ["en"] = new(
                    "Exchanging a foreign driving licence",
                    "If you live in Slovenia and have a driving licence from a country outside the EU, you usually have to exchange it for a Slovenian one within one year of registering your address. For some countries you also need a practical driving test. The administrative unit tells you what applies to your licence.",
                    Fees: "You pay an administrative fee and for the licence card.",
                    HowToApply: "Bring your foreign driving licence, an identity document, a photo and a driver's medical certificate."),
            }),
        new(
            "denarna-socialna-pomoc",
            "csd-litija",
            ["money-taxes"],
            ["sl", "en"],
            ["appointment", "online"],
            Free: true,
            Email: "csd.litija@csd.example",
            Phone: "+386 1 555 01 30",
            Website: "https://e-uprava.gov.si",
            PlaceKeys: ["csd-litija"],
            Hours: OfficeHours(),
            Texts: new()
            {
                ["sl"] = new(
                    "Denarna socialna pomoč",
                    "Če nimate dovolj denarja za osnovno preživetje, lahko zaprosite za denarno socialno pomoč. Tujci jo običajno lahko dobijo, če imajo dovoljenje za stalno prebivanje. Strokovna delavka vam pomaga izpolniti vlogo in pove, katere druge pomoči so na voljo.",
                    Eligibility: "Za osebe z nizkimi dohodki, ki živijo v Sloveniji; tujci z dovoljenjem za stalno prebivanje.",
                    Fees: "Brezplačno.",
                    HowToApply: "Vlogo oddate na centru za socialno delo ali prek eUprave. Prinesite dokazila o dohodkih in premoženju ter osebni dokument."),
                ["en"] = new(
                    "Social assistance (cash benefit)",
                    "If you do not have enough money for basic needs, you can apply for cash social assistance. Foreigners can usually get it if they have a permanent residence permit. A social worker helps you fill in the application and tells you what other help is available.",
                    Eligibility: "For people with low income who live in Slovenia; foreigners with a permanent residence permit.",
                    Fees: "Free.",
                    HowToApply: "Apply at the social work centre or on eUprava. Bring proof of income and assets and an identity document."),
                ["bs"] = new(
                    "Novčana socijalna pomoć",
                    "Ako nemate dovoljno novca za osnovne potrebe, možete tražiti novčanu socijalnu pomoć. Stranci je obično mogu dobiti ako imaju dozvolu za stalni boravak. Socijalna radnica vam pomaže popuniti zahtjev i kaže koje su druge pomoći dostupne.",
                    Eligibility: "Za osobe s niskim primanjima koje žive u Sloveniji; stranci sa dozvolom za stalni boravak.",
                    Fees: "Besplatno.",
                    HowToApply: "Zahtjev predajete u centru za socijalni rad ili preko eUprave. Ponesite dokaze o primanjima i imovini i lični dokument."),
                ["uk"] = new(
                    "Грошова соціальна допомога",
                    "Якщо у вас не вистачає грошей на найнеобхідніше, можна подати заяву на грошову соціальну допомогу. Іноземці зазвичай можуть її отримати, якщо мають дозвіл на постійне проживання. Соціальна працівниця допоможе заповнити заяву і розповість, яка ще допомога доступна.",
                    Eligibility: "Для людей з низьким доходом, які живуть у Словенії; іноземців з дозволом на постійне проживання.",
                    Fees: "Безкоштовно.",
                    HowToApply: "Заяву подають у центрі соціальної роботи або через eUprava. Візьміть підтвердження доходів і майна та документ, що посвідчує особу."),
            }),
        new(
            "druzinski-prejemki",
            "csd-litija",
            ["family-children", "money-taxes"],
            ["sl", "en"],
            ["walk-in", "online"],
            Free: true,
            Email: "csd.litija@csd.example",
            Phone: "+386 1 555 01 32",
            Website: "https://e-uprava.gov.si",
            PlaceKeys: ["csd-litija"],
            Hours: OfficeHours(),
            Texts: new()
            {
                ["sl"] = new(
                    "Otroški dodatek in drugi družinski prejemki",
                    "Družine z otroki lahko dobijo otroški dodatek, pomoč ob rojstvu otroka in znižano plačilo vrtca. Do prejemkov imajo pogosto pravico tudi tujci, ki v Sloveniji delajo in tu živijo z otroki. Na centru vam povemo, kaj lahko dobite, in pomagamo pri vlogi.",
                    Eligibility: "Za starše, ki živijo v Sloveniji; pogoji so odvisni od vrste dovoljenja in dohodkov.",
                    Fees: "Brezplačno.",
                    HowToApply: "Vlogo oddate prek eUprave ali na centru. Prinesite rojstne liste otrok, dovoljenja za prebivanje in dokazila o dohodkih."),
                ["en"] = new(
                    "Child benefit and other family benefits",
                    "Families with children can get child benefit, a birth grant and a lower kindergarten fee. Foreigners who work in Slovenia and live here with their children are often entitled too. At the centre we tell you what you can get and help with the application.",
                    Eligibility: "For parents who live in Slovenia; conditions depend on your type of permit and your income.",
                    Fees: "Free.",
                    HowToApply: "Apply on eUprava or at the centre. Bring your children's birth certificates, residence permits and proof of income."),
            }),
        new(
            "subvencija-najemnine",
            "csd-litija",
            ["housing", "money-taxes"],
            ["sl", "en"],
            ["walk-in", "online"],
            Free: true,
            Email: "csd.litija@csd.example",
            Phone: "+386 1 555 01 33",
            Website: "https://e-uprava.gov.si",
            PlaceKeys: ["csd-litija"],
            Hours: OfficeHours(),
            Texts: new()
            {
                ["sl"] = new(
                    "Subvencija najemnine",
                    "Če najemate stanovanje in imate nizke dohodke, vam lahko država pomaga plačati del najemnine. Subvencija velja za neprofitna stanovanja, pa tudi za tržna, če imate pisno najemno pogodbo. O pravici odloči center za socialno delo.",
                    Eligibility: "Za najemnike z nizkimi dohodki in veljavno najemno pogodbo; tujci običajno z dovoljenjem za stalno prebivanje.",
                    Fees: "Brezplačno.",
                    HowToApply: "Prinesite najemno pogodbo, dokazila o dohodkih in potrdilo o prijavi prebivališča."),
                ["en"] = new(
                    "Rent subsidy",
                    "If you rent a flat and have a low income, the state can help you pay part of the rent. The subsidy applies to non-profit flats, and also to market rents if you have a written rental contract. The social work centre decides on your right.",
                    Eligibility: "For tenants with low income and a valid rental contract; foreigners usually with a permanent residence permit.",
                    Fees: "Free.",
                    HowToApply: "Bring your rental contract, proof of income and the certificate of registered address."),
            }),
        new(
            "pomoc-ob-nasilju",
            "csd-litija",
            ["emergency-safety", "family-children"],
            ["sl", "en", "bs", "hr"],
            ["phone", "walk-in"],
            Free: true,
            Email: "csd.litija@csd.example",
            Phone: "+386 1 555 01 31",
            Website: null,
            PlaceKeys: ["csd-litija"],
            Hours: OfficeHours(),
            Texts: new()
            {
                ["sl"] = new(
                    "Pomoč ob nasilju v družini",
                    "Nasilje v družini ni zasebna stvar in ni dovoljeno. Če vas partner ali kdo drug udari, vas ustrahuje ali vam jemlje denar in dokumente, vam center za socialno delo pomaga najti varno mesto in svetuje, kaj storiti. Pomoč dobite, tudi če vaši dokumenti niso urejeni.",
                    Eligibility: "Za vse žrtve nasilja, tudi otroke.",
                    Fees: "Brezplačno in zaupno.",
                    HowToApply: "V nevarnosti takoj pokličite 113. Sicer pokličite center ali pridite osebno v času uradnih ur."),
                ["en"] = new(
                    "Help with domestic violence",
                    "Violence in the family is not a private matter and it is not allowed. If your partner or someone else hits you, threatens you or takes your money or documents, the social work centre helps you find a safe place and advises you what to do. You get help even if your documents are not in order.",
                    Eligibility: "For all victims of violence, including children.",
                    Fees: "Free and confidential.",
                    HowToApply: "If you are in danger, call 113 at once. Otherwise call the centre or come in person during office hours."),
                ["bs"] = new(
                    "Pomoć kod nasilja u porodici",
                    "Nasilje u porodici nije privatna stvar i nije dozvoljeno. Ako vas partner ili neko drugi udari, plaši ili vam uzima novac i dokumente, centar za socijalni rad pomaže vam naći sigurno mjesto i savjetuje šta da radite. Pomoć dobijete i ako vaši dokumenti nisu sređeni.",
                    Eligibility: "Za sve žrtve nasilja, i djecu.",
                    Fees: "Besplatno i povjerljivo.",
                    HowToApply: "Ako ste u opasnosti, odmah zovite 113. Inače nazovite centar ili dođite lično u uredovno vrijeme."),
                ["uk"] = new(
                    "Допомога при домашньому насильстві",
                    "Насильство в сім'ї — не приватна справа, і воно заборонене. Якщо партнер чи хтось інший вас б'є, залякує або забирає ваші гроші й документи, центр соціальної роботи допоможе знайти безпечне місце і порадить, що робити. Допомогу ви отримаєте, навіть якщо ваші документи не в порядку.",
                    Eligibility: "Для всіх постраждалих від насильства, також дітей.",
                    Fees: "Безкоштовно й конфіденційно.",
                    HowToApply: "Якщо вам загрожує небезпека, негайно телефонуйте 113. В іншому разі зателефонуйте до центру або прийдіть особисто в години прийому."),
                ["ar"] = new(
                    "المساعدة في حالات العنف الأسري",
                    "العنف داخل الأسرة ليس أمرًا خاصًا، وهو ممنوع. إذا ضربك شريكك أو أي شخص آخر، أو هددك، أو أخذ أموالك ووثائقك، يساعدك مركز العمل الاجتماعي في إيجاد مكان آمن وينصحك بما تفعل. تحصل على المساعدة حتى لو لم تكن وثائقك مكتملة.",
                    Eligibility: "لجميع ضحايا العنف، بمن فيهم الأطفال.",
                    Fees: "مجانًا وبسرية.",
                    HowToApply: "إذا كنت في خطر، اتصل فورًا بالرقم 113. وإلا فاتصل بالمركز أو احضر شخصيًا خلال ساعات الدوام."),
            }),
        new(
            "clanstvo-v-knjiznici",
            "knjiznica",
            ["leisure-hobbies", "language-learning", "education-schools"],
            ["sl", "en"],
            ["walk-in"],
            Free: false,
            Email: "info@knjiznica-litija.example",
            Phone: "+386 1 555 01 40",
            Website: null,
            PlaceKeys: ["knjiznica"],
            Hours: [At("08:00", "19:00", Monday, Tuesday, Wednesday, Thursday, Friday), At("08:00", "12:00", Saturday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Članstvo v knjižnici",
                    "S člansko izkaznico si izposodite knjige, slikanice, filme in učbenike za slovenščino. V knjižnici so tudi knjige v angleščini, bosanščini, hrvaščini, srbščini, ukrajinščini in drugih jezikih. Računalniki, internet in branje časopisov so za vse brezplačni.",
                    Eligibility: "Za vse, ki živijo, delajo ali se šolajo v Litiji in okolici.",
                    Fees: "Otroci in dijaki so brezplačno. Letna članarina za odrasle je okoli 15 €.",
                    HowToApply: "Prinesite osebni dokument z naslovom ali potrdilo o prijavi prebivališča. Izkaznico dobite takoj.",
                    Accessibility: "Vhod brez stopnic in dvigalo."),
                ["en"] = new(
                    "Library membership",
                    "With a library card you can borrow books, picture books, films and textbooks for learning Slovenian. The library also has books in English, Bosnian, Croatian, Serbian, Ukrainian and other languages. Computers, internet and newspapers are free for everyone.",
                    Eligibility: "For everyone who lives, works or studies in or around Litija.",
                    Fees: "Free for children and pupils. The yearly fee for adults is about €15.",
                    HowToApply: "Bring an identity document with your address or the certificate of registered address. You get the card at once.",
                    Accessibility: "Step-free entrance and a lift."),
                ["bs"] = new(
                    "Članstvo u biblioteci",
                    "S članskom kartom posuđujete knjige, slikovnice, filmove i udžbenike za slovenski. U biblioteci ima i knjiga na engleskom, bosanskom, hrvatskom, srpskom, ukrajinskom i drugim jezicima. Računari, internet i novine su besplatni za sve.",
                    Eligibility: "Za sve koji žive, rade ili se školuju u Litiji i okolini.",
                    Fees: "Djeca i učenici besplatno. Godišnja članarina za odrasle je oko 15 €.",
                    HowToApply: "Ponesite lični dokument s adresom ili potvrdu o prijavi prebivališta. Kartu dobijete odmah."),
                ["uk"] = new(
                    "Членство в бібліотеці",
                    "З читацьким квитком можна брати книжки, книжки з картинками, фільми та підручники словенської мови. У бібліотеці є також книжки англійською, боснійською, хорватською, сербською, українською та іншими мовами. Комп'ютери, інтернет і газети — безкоштовні для всіх.",
                    Eligibility: "Для всіх, хто живе, працює або навчається в Літії та околицях.",
                    Fees: "Для дітей і учнів безкоштовно. Річний внесок для дорослих — близько 15 €.",
                    HowToApply: "Візьміть документ, що посвідчує особу, з адресою або довідку про реєстрацію місця проживання. Квиток ви отримаєте одразу."),
            }),
        new(
            "pomoc-pri-racunalniku",
            "knjiznica",
            ["documents-permits", "jobs-training"],
            ["sl", "en", "bs"],
            ["walk-in"],
            Free: true,
            Email: "info@knjiznica-litija.example",
            Phone: "+386 1 555 01 42",
            Website: null,
            PlaceKeys: ["knjiznica"],
            Hours: [At("10:00", "12:00", Tuesday), At("16:00", "18:00", Thursday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Pomoč pri računalniku, e-pošti in eUpravi",
                    "Prostovoljci in knjižničarji vam pomagajo odpreti e-poštni naslov, napisati življenjepis, natisniti obrazec ali oddati vlogo na portalu eUprava. Pomagamo tudi pri uporabi telefona za spletno banko ali vozni red.",
                    Fees: "Brezplačno. Tiskanje stane nekaj centov na stran.",
                    HowToApply: "Pridite v času pomoči ali se naročite po telefonu. Prinesite dokumente, ki jih potrebujete za vlogo."),
                ["en"] = new(
                    "Help with computers, e-mail and eUprava",
                    "Volunteers and librarians help you open an e-mail address, write a CV, print a form or submit an application on the eUprava portal. We also help you use your phone for online banking or the timetable.",
                    Fees: "Free. Printing costs a few cents a page.",
                    HowToApply: "Come during help hours or book by phone. Bring the documents you need for your application."),
            }),
        new(
            "hrana-in-oblacila",
            "rdeci-kriz",
            ["money-taxes", "family-children"],
            ["sl", "en", "bs"],
            ["walk-in"],
            Free: true,
            Email: "litija@rk.example",
            Phone: "+386 1 555 01 50",
            Website: null,
            PlaceKeys: ["rdeci-kriz"],
            Hours: [At("09:00", "12:00", Tuesday), At("14:00", "17:00", Thursday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Paketi hrane, oblačila in obutev",
                    "Rdeči križ pomaga družinam in posameznikom, ki težko shajajo s plačo. Dobite lahko paket hrane, higienske pripomočke ter oblačila in obutev za odrasle in otroke. Pomoč je diskretna.",
                    Eligibility: "Za ljudi z nizkimi dohodki. Ob prvem obisku vas vprašamo o dohodkih in številu družinskih članov.",
                    Fees: "Brezplačno.",
                    HowToApply: "Pridite v času delitve. Prinesite osebni dokument in, če ga imate, dokazilo o dohodkih ali odločbo centra za socialno delo."),
                ["en"] = new(
                    "Food parcels, clothes and shoes",
                    "The Red Cross helps families and individuals who find it hard to live on their wages. You can get a food parcel, hygiene products, and clothes and shoes for adults and children. The help is discreet.",
                    Eligibility: "For people with low income. At the first visit we ask about your income and the number of family members.",
                    Fees: "Free.",
                    HowToApply: "Come during distribution hours. Bring an identity document and, if you have it, proof of income or a decision from the social work centre."),
                ["bs"] = new(
                    "Paketi hrane, odjeća i obuća",
                    "Crveni krst pomaže porodicama i pojedincima kojima je teško živjeti od plate. Možete dobiti paket hrane, higijenske potrepštine te odjeću i obuću za odrasle i djecu. Pomoć je diskretna.",
                    Eligibility: "Za ljude s niskim primanjima. Pri prvoj posjeti pitamo o primanjima i broju članova porodice.",
                    Fees: "Besplatno.",
                    HowToApply: "Dođite u vrijeme podjele. Ponesite lični dokument i, ako imate, dokaz o primanjima ili rješenje centra za socijalni rad."),
            }),
        new(
            "tecaj-prve-pomoci",
            "rdeci-kriz",
            ["health", "emergency-safety"],
            ["sl", "en"],
            ["appointment"],
            Free: false,
            Email: "tecaji@rk.example",
            Phone: "+386 1 555 01 51",
            Website: "https://www.rks.si",
            PlaceKeys: ["rdeci-kriz"],
            Hours: [],
            Texts: new()
            {
                ["sl"] = new(
                    "Tečaj prve pomoči",
                    "Na tečaju se naučite, kaj storiti ob nesreči pri delu, doma ali na cesti: kako pokličete pomoč, oživljate in ustavite krvavitev. Tečaj je obvezen za vozniški izpit, koristen pa je za vse. Traja nekaj ur in ima praktične vaje.",
                    Fees: "Cena je objavljena ob razpisu tečaja. Za nekatere skupine, na primer delavce prek delodajalca, je tečaj lahko brezplačen.",
                    HowToApply: "Prijavite se po e-pošti ali telefonu. Datume tečajev objavimo vsak mesec."),
                ["en"] = new(
                    "First-aid course",
                    "On the course you learn what to do after an accident at work, at home or on the road: how to call for help, do CPR and stop bleeding. The course is required for the driving test and useful for everyone. It lasts a few hours and includes practical exercises.",
                    Fees: "The price is published with each course. For some groups, for example workers sent by their employer, the course may be free.",
                    HowToApply: "Sign up by e-mail or phone. We publish course dates every month."),
            }),
        new(
            "prostovoljstvo-rdeci-kriz",
            "rdeci-kriz",
            ["volunteering"],
            ["sl", "en"],
            ["walk-in", "phone"],
            Free: true,
            Email: "prostovoljci@rk.example",
            Phone: "+386 1 555 01 52",
            Website: "https://www.rks.si",
            PlaceKeys: ["rdeci-kriz"],
            Hours: [At("09:00", "12:00", Tuesday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Prostovoljstvo pri Rdečem križu",
                    "Pridružite se prostovoljcem Rdečega križa v Litiji. Pomagate lahko pri delitvi hrane, obiskih starejših, krvodajalskih akcijah ali kot prevajalec za nove prebivalce. Znanje vašega jezika je za nas zelo dragoceno.",
                    Eligibility: "Za vse od 15. leta dalje.",
                    Fees: "Brezplačno.",
                    HowToApply: "Pridite na pogovor v času uradnih ur ali pokličite."),
                ["en"] = new(
                    "Volunteering with the Red Cross",
                    "Join the Red Cross volunteers in Litija. You can help with food distribution, visits to older people, blood donation days, or as an interpreter for new residents. Your language skills are very valuable to us.",
                    Eligibility: "For everyone aged 15 or older.",
                    Fees: "Free.",
                    HowToApply: "Come for a talk during office hours or call us."),
            }),
        new(
            "karitas-pomoc",
            "karitas",
            ["money-taxes", "family-children"],
            ["sl", "en", "hr"],
            ["walk-in"],
            Free: true,
            Email: "karitas.litija@karitas.example",
            Phone: "+386 1 555 01 60",
            Website: null,
            PlaceKeys: ["karitas"],
            Hours: [At("16:00", "18:00", Wednesday), At("09:00", "11:00", Saturday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Karitas: hrana, oblačila in pomoč pri položnicah",
                    "Župnijska Karitas pomaga vsem ljudem v stiski, ne glede na vero ali državo. Dobite lahko hrano, oblačila in šolske potrebščine za otroke. V posebnih primerih pomagamo plačati položnico za elektriko ali ogrevanje. Prostovoljke si vzamejo čas tudi za pogovor.",
                    Eligibility: "Za posameznike in družine v stiski iz župnije Litija.",
                    Fees: "Brezplačno.",
                    HowToApply: "Pridite v župnijske prostore v času uradnih ur. Za pomoč pri položnicah prinesite položnico in dokazilo o dohodkih."),
                ["en"] = new(
                    "Caritas: food, clothes and help with bills",
                    "The parish Caritas helps everyone in need, whatever their faith or country. You can get food, clothes and school supplies for children. In special cases we help pay an electricity or heating bill. The volunteers also take time to talk with you.",
                    Eligibility: "For individuals and families in need in the Litija parish.",
                    Fees: "Free.",
                    HowToApply: "Come to the parish rooms during opening hours. For help with a bill, bring the bill and proof of income."),
            }),
        new(
            "nogomet-za-otroke",
            "nk-litija",
            ["leisure-hobbies", "family-children"],
            ["sl", "en", "bs", "hr", "sr"],
            ["walk-in"],
            Free: false,
            Email: "mladi@nk-litija.example",
            Phone: "+386 1 555 01 71",
            Website: null,
            PlaceKeys: ["nk-litija"],
            Hours: [At("16:30", "18:00", Monday, Wednesday, Friday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Nogomet za otroke (od 5 do 14 let)",
                    "Deklice in dečki trenirajo v skupinah po starosti, dva- do trikrat na teden. Trenerji so potrpežljivi z otroki, ki še ne govorijo slovensko – nogomet je jezik, ki ga razumejo vsi. Šport je najhitrejša pot do novih prijateljev.",
                    Eligibility: "Za otroke od 5 do 14 let. Predznanje ni potrebno.",
                    Fees: "Mesečna članarina je okoli 25 €. Družine z nižjimi dohodki lahko zaprosijo za znižanje; prvi mesec je brezplačen.",
                    HowToApply: "Pridite na trening s športnimi copati in plastenko vode. Starši izpolnijo pristopno izjavo."),
                ["en"] = new(
                    "Football for children (age 5 to 14)",
                    "Girls and boys train in age groups, two or three times a week. The coaches are patient with children who do not speak Slovenian yet – football is a language everybody understands. Sport is the fastest way to make new friends.",
                    Eligibility: "For children aged 5 to 14. No experience needed.",
                    Fees: "The monthly fee is about €25. Families with lower income can ask for a reduction; the first month is free.",
                    HowToApply: "Come to a training session with sports shoes and a bottle of water. Parents fill in a membership form."),
                ["bs"] = new(
                    "Fudbal za djecu (od 5 do 14 godina)",
                    "Djevojčice i dječaci treniraju u grupama po uzrastu, dva do tri puta sedmično. Treneri su strpljivi s djecom koja još ne govore slovenski – fudbal je jezik koji svi razumiju. Sport je najbrži put do novih prijatelja.",
                    Eligibility: "Za djecu od 5 do 14 godina. Predznanje nije potrebno.",
                    Fees: "Mjesečna članarina je oko 25 €. Porodice s nižim primanjima mogu tražiti umanjenje; prvi mjesec je besplatan.",
                    HowToApply: "Dođite na trening s patikama i flašom vode. Roditelji popune pristupnicu."),
                ["uk"] = new(
                    "Футбол для дітей (від 5 до 14 років)",
                    "Дівчата й хлопці тренуються у групах за віком, два-три рази на тиждень. Тренери терплячі до дітей, які ще не говорять словенською, — футбол зрозумілий усім. Спорт — найшвидший шлях до нових друзів.",
                    Eligibility: "Для дітей від 5 до 14 років. Досвід не потрібен.",
                    Fees: "Щомісячний внесок — близько 25 €. Сім'ї з нижчим доходом можуть попросити знижку; перший місяць безкоштовний.",
                    HowToApply: "Приходьте на тренування у спортивному взутті та з пляшкою води. Батьки заповнюють заяву про вступ."),
            }),
        new(
            "rekreativni-nogomet",
            "nk-litija",
            ["leisure-hobbies", "community-culture"],
            ["sl", "en", "bs"],
            ["walk-in"],
            Free: false,
            Email: "info@nk-litija.example",
            Phone: "+386 1 555 01 70",
            Website: null,
            PlaceKeys: ["nk-litija"],
            Hours: [At("19:00", "20:30", Tuesday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Rekreativni nogomet za odrasle",
                    "Vsak torek zvečer igramo mali nogomet na igrišču ob Savi, pozimi v telovadnici. Igrajo domačini in sodelavci iz različnih podjetij. Pridite, tudi če dolgo niste igrali.",
                    Fees: "3 € na termin za najem igrišča.",
                    HowToApply: "Pridite ob 19. uri. Prijava ni potrebna."),
                ["en"] = new(
                    "Recreational football for adults",
                    "Every Tuesday evening we play five-a-side football on the pitch by the Sava, in winter in the sports hall. Locals and workers from different companies play together. Come along, even if you have not played for a long time.",
                    Fees: "€3 per session for the pitch rent.",
                    HowToApply: "Come at 19:00. No registration needed."),
            }),
        new(
            "medkulturni-klub",
            "kd-litija",
            ["community-culture", "leisure-hobbies"],
            ["sl", "en", "bs", "uk", "ne"],
            ["walk-in"],
            Free: true,
            Email: "kd.litija@kultura.example",
            Phone: "+386 1 555 01 80",
            Website: null,
            PlaceKeys: ["kd-litija"],
            Hours: [At("18:00", "21:00", Friday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Medkulturni klub ob petkih",
                    "Ob petkih zvečer se v društvu srečamo domačini in novi prebivalci. Skupaj kuhamo, plešemo, igramo družabne igre in pripravljamo večere posameznih držav. Če želite predstaviti svojo državo, hrano ali glasbo, nam povejte.",
                    Fees: "Brezplačno; prostovoljni prispevek za hrano.",
                    HowToApply: "Pridite, prijava ni potrebna."),
                ["en"] = new(
                    "Intercultural club on Fridays",
                    "On Friday evenings locals and new residents meet at the society. We cook, dance, play board games and hold evenings about different countries. If you would like to present your country, food or music, tell us.",
                    Fees: "Free; a voluntary contribution for food.",
                    HowToApply: "Just come, no registration needed."),
                ["bs"] = new(
                    "Interkulturni klub petkom",
                    "Petkom navečer se u društvu sastajemo domaći i novi stanovnici. Zajedno kuhamo, plešemo, igramo društvene igre i pripremamo večeri pojedinih zemalja. Ako želite predstaviti svoju zemlju, hranu ili muziku, recite nam.",
                    Fees: "Besplatno; dobrovoljni prilog za hranu.",
                    HowToApply: "Dođite, prijava nije potrebna."),
                ["uk"] = new(
                    "Міжкультурний клуб по п'ятницях",
                    "По п'ятницях увечері в товаристві зустрічаються місцеві та нові мешканці. Разом готуємо, танцюємо, граємо в настільні ігри та влаштовуємо вечори різних країн. Якщо хочете представити свою країну, кухню чи музику, скажіть нам.",
                    Fees: "Безкоштовно; добровільний внесок на їжу.",
                    HowToApply: "Просто приходьте, реєстрація не потрібна."),
            }),
        new(
            "neprofitna-stanovanja",
            "stanovanjski-sklad",
            ["housing"],
            ["sl", "en"],
            ["walk-in", "online"],
            Free: true,
            Email: "sklad@litija.example",
            Phone: "+386 1 555 01 90",
            Website: "https://www.litija.si",
            PlaceKeys: ["stanovanjski-sklad"],
            Hours: [At("08:00", "12:00", Monday, Wednesday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Neprofitna najemna stanovanja",
                    "Občina oddaja neprofitna stanovanja z nižjo najemnino. Stanovanja dodeli na javnem razpisu, ki je objavljen na spletni strani občine. Na razpis se običajno lahko prijavijo tudi tujci z dovoljenjem za stalno prebivanje.",
                    Eligibility: "Za osebe z nizkimi dohodki, ki nimajo svojega stanovanja; tujci običajno z dovoljenjem za stalno prebivanje.",
                    Fees: "Prijava na razpis je brezplačna.",
                    HowToApply: "Spremljajte razpis in v roku oddajte vlogo z vsemi dokazili. Pri izpolnjevanju vam pomagamo v času uradnih ur."),
                ["en"] = new(
                    "Non-profit rental flats",
                    "The municipality rents out non-profit flats with a lower rent. The flats are allocated through a public call published on the municipality's website. Foreigners with a permanent residence permit can usually apply too.",
                    Eligibility: "For people with low income who do not own a flat; foreigners usually with a permanent residence permit.",
                    Fees: "Applying is free.",
                    HowToApply: "Watch for the call and submit your application with all proofs on time. We help you fill it in during office hours."),
            }),
        new(
            "policijska-postaja",
            "pp-litija",
            ["emergency-safety", "documents-permits"],
            ["sl", "en"],
            ["walk-in", "phone"],
            Free: true,
            Email: "pp.litija@policija.example",
            Phone: "+386 1 555 02 00",
            Website: "https://www.policija.si",
            PlaceKeys: ["pp-litija"],
            Hours: [At("08:00", "14:00", Monday, Tuesday, Wednesday, Thursday, Friday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Policijska postaja: prijave in pomoč",
                    "Na policiji prijavite kaznivo dejanje, krajo, izgubo potnega lista ali drugega dokumenta in prometno nesrečo. Policija pomaga tudi, če vas kdo izkorišča, ustrahuje ali vam je vzel dokumente. V nujnih primerih kličite 113.",
                    Fees: "Brezplačno.",
                    HowToApply: "Za nenujne prijave pridite v času uradnih ur. Prinesite osebni dokument, če ga imate. Lahko prosite za tolmača."),
                ["en"] = new(
                    "Police station: reports and help",
                    "At the police you report a crime, a theft, a lost passport or other document, and traffic accidents. The police also help if someone exploits you, threatens you or has taken your documents. In an emergency call 113.",
                    Fees: "Free.",
                    HowToApply: "For non-urgent reports come during office hours. Bring an identity document if you have one. You can ask for an interpreter."),
            }),
        new(
            "davcna-stevilka",
            "furs",
            ["money-taxes", "documents-permits"],
            ["sl", "en"],
            ["walk-in", "online"],
            Free: true,
            Email: "fu.ljubljana@furs.example",
            Phone: "+386 1 555 02 10",
            Website: "https://www.fu.gov.si",
            PlaceKeys: ["furs"],
            Hours: OfficeHours(),
            Texts: new()
            {
                ["sl"] = new(
                    "Davčna številka za tujce",
                    "Davčno številko potrebujete za delo, bančni račun in dohodnino. Tujci jo pogosto dobijo ob urejanju dovoljenja ali prek delodajalca. Če je še nimate, vlogo za vpis v davčni register oddate na finančnem uradu ali na portalu eDavki.",
                    Fees: "Brezplačno.",
                    HowToApply: "Prinesite potni list ali dovoljenje za prebivanje in potrdilo o prijavi prebivališča. Davčno številko običajno dobite v nekaj dneh."),
                ["en"] = new(
                    "Tax number for foreigners",
                    "You need a tax number for work, a bank account and income tax. Foreigners often get one while arranging their permit or through the employer. If you do not have one yet, apply for entry in the tax register at a tax office or on the eDavki portal.",
                    Fees: "Free.",
                    HowToApply: "Bring your passport or residence permit and the certificate of registered address. You usually get the tax number within a few days."),
                ["bs"] = new(
                    "Poreski broj za strance",
                    "Poreski broj vam treba za posao, bankovni račun i porez na dohodak. Stranci ga često dobiju pri sređivanju dozvole ili preko poslodavca. Ako ga još nemate, zahtjev za upis u poreski registar predajete u finansijskom uredu ili na portalu eDavki.",
                    Fees: "Besplatno.",
                    HowToApply: "Ponesite pasoš ili dozvolu boravka i potvrdu o prijavi prebivališta. Poreski broj obično dobijete za nekoliko dana."),
                ["uk"] = new(
                    "Податковий номер для іноземців",
                    "Податковий номер потрібен для роботи, банківського рахунку та податку на доходи. Іноземці часто отримують його під час оформлення дозволу або через роботодавця. Якщо номера ще немає, подайте заяву про внесення до податкового реєстру в податковому управлінні або на порталі eDavki.",
                    Fees: "Безкоштовно.",
                    HowToApply: "Візьміть паспорт або дозвіл на проживання та довідку про реєстрацію місця проживання. Номер зазвичай видають за кілька днів."),
            }),
        new(
            "iskanje-zaposlitve",
            "zrsz-litija",
            ["jobs-training"],
            ["sl", "en", "bs", "hr", "sr"],
            ["appointment", "online"],
            Free: true,
            Email: "ud.litija@ess.example",
            Phone: "+386 1 555 02 20",
            Website: "https://www.ess.gov.si",
            PlaceKeys: ["zrsz-litija"],
            Hours: [At("08:00", "14:00", Monday, Tuesday, Thursday), At("08:00", "17:00", Wednesday), At("08:00", "13:00", Friday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Pomoč pri iskanju zaposlitve",
                    "Svetovalci vam pomagajo najti prosta delovna mesta, pripraviti življenjepis in se pripraviti na razgovor. Povedo vam tudi, katera usposabljanja in tečaji so brezplačni. Če ste izgubili službo, se lahko prijavite med brezposelne.",
                    Eligibility: "Za vse, ki smejo delati v Sloveniji. Tujci z enotnim dovoljenjem naj pred menjavo službe preverijo, kaj velja za njihovo dovoljenje.",
                    Fees: "Brezplačno.",
                    HowToApply: "Pridite osebno ali se naročite. Prinesite osebni dokument, dovoljenje za prebivanje in spričevala."),
                ["en"] = new(
                    "Help finding a job",
                    "Advisers help you find vacancies, prepare a CV and get ready for a job interview. They also tell you which training and courses are free. If you have lost your job, you can register as unemployed.",
                    Eligibility: "For everyone allowed to work in Slovenia. Foreigners with a single permit should check what applies to their permit before changing jobs.",
                    Fees: "Free.",
                    HowToApply: "Come in person or book an appointment. Bring an identity document, your residence permit and your certificates."),
                ["bs"] = new(
                    "Pomoć u traženju posla",
                    "Savjetnici vam pomažu naći slobodna radna mjesta, napisati biografiju i pripremiti se za razgovor. Kažu vam i koje su obuke i kursevi besplatni. Ako ste izgubili posao, možete se prijaviti na biro.",
                    Eligibility: "Za sve koji smiju raditi u Sloveniji. Stranci s jedinstvenom dozvolom neka prije promjene posla provjere šta vrijedi za njihovu dozvolu.",
                    Fees: "Besplatno.",
                    HowToApply: "Dođite lično ili se naručite. Ponesite lični dokument, dozvolu boravka i svjedočanstva."),
                ["uk"] = new(
                    "Допомога в пошуку роботи",
                    "Консультанти допоможуть знайти вакансії, скласти резюме та підготуватися до співбесіди. Вони також розкажуть, які навчання й курси безкоштовні. Якщо ви втратили роботу, можете зареєструватися як безробітний.",
                    Eligibility: "Для всіх, хто має право працювати у Словенії. Іноземцям з єдиним дозволом варто перед зміною роботи перевірити, що діє для їхнього дозволу.",
                    Fees: "Безкоштовно.",
                    HowToApply: "Приходьте особисто або запишіться. Візьміть документ, що посвідчує особу, дозвіл на проживання та дипломи."),
            }),
        new(
            "vpis-v-vrtec",
            "vrtec-litija",
            ["family-children", "education-schools"],
            ["sl", "en"],
            ["appointment", "online"],
            Free: false,
            Email: "vpis@vrtec-litija.example",
            Phone: "+386 1 555 02 30",
            Website: null,
            PlaceKeys: ["vrtec-litija"],
            Hours: [At("07:00", "15:00", Monday, Tuesday, Wednesday, Thursday, Friday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Vpis otroka v vrtec",
                    "V vrtec lahko vpišete otroka od 11. meseca starosti do vstopa v šolo. Glavni vpis je spomladi, med letom pa otroka sprejmemo, če je prosto mesto. Otroci se v vrtcu hitro naučijo slovenščine in spoznajo prijatelje.",
                    Eligibility: "Za otroke, katerih starši živijo v občini Litija.",
                    Fees: "Plačilo je odvisno od dohodkov družine. Znižano plačilo uveljavljate na centru za socialno delo.",
                    HowToApply: "Izpolnite vlogo za vpis in jo oddajte v upravi vrtca ali po e-pošti. Ob sprejemu prinesite zdravniško potrdilo pediatra."),
                ["en"] = new(
                    "Enrolling a child in kindergarten",
                    "You can enrol your child in kindergarten from 11 months of age until school. The main enrolment is in spring, but during the year we take children when a place is free. Children quickly learn Slovenian at kindergarten and make friends.",
                    Eligibility: "For children whose parents live in the Municipality of Litija.",
                    Fees: "The fee depends on family income. You apply for a lower fee at the social work centre.",
                    HowToApply: "Fill in the enrolment form and hand it in at the kindergarten office or by e-mail. On admission, bring a medical certificate from the paediatrician."),
                ["bs"] = new(
                    "Upis djeteta u vrtić",
                    "Dijete možete upisati u vrtić od 11 mjeseci do polaska u školu. Glavni upis je na proljeće, a tokom godine primamo djecu ako ima slobodnih mjesta. Djeca u vrtiću brzo nauče slovenski i steknu prijatelje.",
                    Eligibility: "Za djecu čiji roditelji žive u općini Litija.",
                    Fees: "Cijena zavisi od primanja porodice. Umanjenje tražite u centru za socijalni rad.",
                    HowToApply: "Popunite zahtjev za upis i predajte ga u upravi vrtića ili e-mailom. Pri prijemu ponesite ljekarsku potvrdu pedijatra."),
                ["uk"] = new(
                    "Запис дитини до дитячого садка",
                    "Записати дитину до садка можна з 11 місяців і до вступу до школи. Основний запис навесні, але протягом року ми приймаємо дітей, якщо є вільне місце. У садку діти швидко вчать словенську та знаходять друзів.",
                    Eligibility: "Для дітей, батьки яких живуть у громаді Літія.",
                    Fees: "Оплата залежить від доходу сім'ї. Знижку оформлюють у центрі соціальної роботи.",
                    HowToApply: "Заповніть заяву на зарахування та подайте її в адміністрацію садка або електронною поштою. При зарахуванні принесіть медичну довідку від педіатра."),
                ["ar"] = new(
                    "تسجيل الطفل في الروضة",
                    "يمكنك تسجيل طفلك في الروضة من عمر 11 شهرًا حتى دخول المدرسة. التسجيل الرئيسي في الربيع، لكننا نقبل الأطفال خلال السنة إذا توفّر مكان. يتعلم الأطفال في الروضة السلوفينية بسرعة ويكوّنون صداقات.",
                    Eligibility: "للأطفال الذين يعيش والداهم في بلدية ليتيا.",
                    Fees: "الرسوم حسب دخل الأسرة. تطلب التخفيض من مركز العمل الاجتماعي.",
                    HowToApply: "املأ استمارة التسجيل وسلّمها في إدارة الروضة أو بالبريد الإلكتروني. عند القبول أحضر شهادة طبية من طبيب الأطفال."),
            }),
        new(
            "slovenscina-za-ucence",
            "os-litija",
            ["education-schools", "language-learning"],
            ["sl"],
            ["appointment"],
            Free: true,
            Email: "svetovalna@os-litija.example",
            Phone: "+386 1 555 06 11",
            Website: null,
            PlaceKeys: ["os-litija"],
            Hours: [At("12:30", "14:00", Monday, Wednesday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Dodatni pouk slovenščine za učence priseljence",
                    "Učenci, ki so prišli iz tujine, imajo v prvem letu dodatne ure slovenščine v majhni skupini. Pri drugih predmetih jim pomagajo učitelji in sošolci, ocenjevanje je lahko prilagojeno. Šola sodeluje s starši in jim pomaga razumeti šolska pravila.",
                    Eligibility: "Za učence OŠ Litija, ki jim slovenščina ni materni jezik.",
                    Fees: "Brezplačno.",
                    HowToApply: "O dodatnem pouku se ob vpisu dogovorite s šolsko svetovalno službo."),
                ["en"] = new(
                    "Extra Slovenian lessons for immigrant pupils",
                    "Pupils who came from abroad have extra Slovenian lessons in a small group in their first year. Teachers and classmates help them in other subjects, and marking can be adapted. The school works with parents and helps them understand the school rules.",
                    Eligibility: "For pupils of Litija Primary School whose first language is not Slovenian.",
                    Fees: "Free.",
                    HowToApply: "Arrange the extra lessons with the school counsellor when you enrol your child."),
            }),
        new(
            "koticek-za-starse",
            "os-litija",
            ["family-children", "community-culture"],
            ["sl", "en", "bs", "sq", "uk"],
            ["walk-in"],
            Free: true,
            Email: "svetovalna@os-litija.example",
            Phone: "+386 1 555 06 11",
            Website: null,
            PlaceKeys: ["os-litija"],
            Hours: [At("17:00", "18:30", Thursday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Kotiček za starše priseljence",
                    "Vsak četrtek popoldne je v šoli odprt kotiček za starše. Tam se pogovorite z učitelji in svetovalno službo o šolskih pravilih, ocenah, izletih in o tem, kako doma pomagati otroku. Pomagajo tudi starši, ki govorijo vaš jezik.",
                    Fees: "Brezplačno.",
                    HowToApply: "Pridite brez prijave v šolsko knjižnico. Otroke lahko pripeljete s seboj."),
                ["en"] = new(
                    "Corner for immigrant parents",
                    "Every Thursday afternoon the school opens a corner for parents. There you talk with teachers and the school counsellor about school rules, marks, trips and how to help your child at home. Parents who speak your language also help.",
                    Fees: "Free.",
                    HowToApply: "Come to the school library without registration. You can bring your children."),
            }),
        new(
            "tocka-za-nove-prebivalce",
            "obcina",
            ["community-culture", "documents-permits"],
            ["sl", "en", "bs", "hr", "sr"],
            ["appointment", "phone"],
            Free: true,
            Email: "novi.prebivalci@litija.example",
            Phone: "+386 1 555 04 11",
            Website: "https://www.litija.si",
            PlaceKeys: ["obcina"],
            Hours: OfficeHours(),
            Texts: new()
            {
                ["sl"] = new(
                    "Informacijska točka za nove prebivalce",
                    "Ste se pravkar preselili v Litijo? Na občini vam povemo, kje uredite dokumente, zdravnika, šolo in vrtec, in vas povežemo z društvi in prostovoljci. Občina v razvojnem programu do leta 2035 prvič načrtuje posebno podporo za tuje delavce in njihove družine.",
                    Fees: "Brezplačno.",
                    HowToApply: "Pridite v sprejemno pisarno v pritličju ali pokličite.",
                    Accessibility: "Sprejemna pisarna je v pritličju, vhod brez stopnic."),
                ["en"] = new(
                    "Info desk for new residents",
                    "Have you just moved to Litija? At the municipality we tell you where to arrange your documents, doctor, school and kindergarten, and we connect you with clubs and volunteers. In its development programme to 2035 the municipality plans special support for foreign workers and their families for the first time.",
                    Fees: "Free.",
                    HowToApply: "Come to the reception office on the ground floor or call us.",
                    Accessibility: "The reception office is on the ground floor, with a step-free entrance."),
            }),
        new(
            "delavnica-zivljenjepis",
            "geoss",
            ["jobs-training"],
            ["sl", "en", "bs"],
            ["walk-in"],
            Free: true,
            Email: "delavnice@geoss.example",
            Phone: "+386 1 555 03 11",
            Website: null,
            PlaceKeys: ["geoss"],
            Hours: [At("16:00", "18:00", Monday)],
            Texts: new()
            {
                ["sl"] = new(
                    "Delavnica: življenjepis in prijava na delo",
                    "Na delavnici skupaj napišemo vaš življenjepis v slovenščini in se naučimo, kako se prijavite na oglas. Vadimo tudi kratek razgovor za službo. Delavnica je v preprosti slovenščini, po potrebi razlagamo v angleščini ali bosanščini.",
                    Fees: "Brezplačno.",
                    HowToApply: "Prijavite se po telefonu ali e-pošti. Prinesite spričevala in podatke o prejšnjih službah."),
                ["en"] = new(
                    "Workshop: CV and job applications",
                    "In the workshop we write your CV in Slovenian together and learn how to apply for a job advert. We also practise a short job interview. The workshop is in simple Slovenian; when needed we explain in English or Bosnian.",
                    Fees: "Free.",
                    HowToApply: "Sign up by phone or e-mail. Bring your certificates and details of your previous jobs."),
            }),
    ];

    public static readonly Guide[] Guides =
    [
        new("prvi-koraki", null, ["documents-permits", "housing", "health", "language-learning"], 1, new()
        {
            ["sl"] = (
                "Prvi koraki v Litiji",
                "Kaj urediti v prvih tednih po prihodu: prebivališče, dokumente, zdravnika, šolo in slovenščino.",
                """
                Dobrodošli v Litiji! Ta seznam vam pomaga urediti najpomembnejše stvari v prvih tednih.

                ## V prvem tednu

                - **Prijavite prebivališče** na Upravni enoti Litija, najkasneje v 8 dneh po selitvi.
                - Preverite, ali imate **dovoljenje za prebivanje** in kdaj poteče.
                - Shranite številki za klic v sili: **112** (reševalci, gasilci) in **113** (policija).

                ## V prvem mesecu

                - Uredite **davčno številko** in odprite bančni račun.
                - Vprašajte delodajalca za **kartico zdravstvenega zavarovanja** in si izberite **osebnega zdravnika** v Zdravstvenem domu Litija.
                - Vpišite otroke v **vrtec ali šolo**.
                - Prijavite se na **tečaj slovenščine**. Brezplačni tečaji so tudi v Litiji.

                ## Kje dobite pomoč

                - Informacijska točka za nove prebivalce na Občini Litija, Jerebova ulica 14.
                - [Info točka za tujce](https://www.infotujci.si) svetuje v več jezikih.
                - Če ne veste, kam se obrniti, oddajte **prošnjo za pomoč** na tej strani. Prostovoljec vam bo pomagal.
                """),
            ["en"] = (
                "First steps in Litija",
                "What to arrange in your first weeks: your address, documents, a doctor, school and Slovenian.",
                """
                Welcome to Litija! This checklist helps you arrange the most important things in your first weeks.

                ## In the first week

                - **Register your address** at the Litija Administrative Unit, within 8 days of moving.
                - Check that you have a **residence permit** and when it expires.
                - Save the emergency numbers: **112** (ambulance, fire brigade) and **113** (police).

                ## In the first month

                - Get a **tax number** and open a bank account.
                - Ask your employer for your **health insurance card** and choose a **personal doctor** at Litija Health Centre.
                - Enrol your children in **kindergarten or school**.
                - Sign up for a **Slovenian course**. There are free courses in Litija too.

                ## Where to get help

                - The info desk for new residents at the Municipality of Litija, Jerebova ulica 14.
                - The [Info Point for Foreigners](https://www.infotujci.si) gives advice in several languages.
                - If you do not know where to turn, send a **help request** on this site. A volunteer will help you.
                """),
            ["uk"] = (
                "Перші кроки в Літії",
                "Що владнати в перші тижні: адреса, документи, лікар, школа та словенська мова.",
                """
                Ласкаво просимо до Літії! Цей список допоможе владнати найважливіше в перші тижні.

                ## У перший тиждень

                - **Зареєструйте адресу** в Адміністративній одиниці Літія протягом 8 днів після переїзду.
                - Перевірте, чи маєте **дозвіл на проживання** і коли він закінчується.
                - Збережіть екстрені номери: **112** (швидка, пожежники) і **113** (поліція).

                ## У перший місяць

                - Оформіть **податковий номер** і відкрийте банківський рахунок.
                - Запитайте роботодавця про **картку медичного страхування** та оберіть **особистого лікаря** в Центрі здоров'я Літія.
                - Запишіть дітей до **садка або школи**.
                - Запишіться на **курс словенської мови**. Безкоштовні курси є і в Літії.

                ## Де отримати допомогу

                - Інформаційний пункт для нових мешканців у громаді Літія, Jerebova ulica 14.
                - [Інфопункт для іноземців](https://www.infotujci.si) консультує кількома мовами.
                - Якщо не знаєте, куди звернутися, надішліть **запит про допомогу** на цьому сайті. Волонтер вам допоможе.
                """),
            ["ar"] = (
                "الخطوات الأولى في ليتيا",
                "ما الذي يجب ترتيبه في الأسابيع الأولى: العنوان والوثائق والطبيب والمدرسة واللغة السلوفينية.",
                """
                أهلًا بك في ليتيا! تساعدك هذه القائمة على ترتيب أهم الأمور في أسابيعك الأولى.

                ## في الأسبوع الأول

                - **سجّل عنوانك** في الوحدة الإدارية في ليتيا خلال 8 أيام من الانتقال.
                - تأكد من أن لديك **تصريح إقامة** واعرف متى ينتهي.
                - احفظ أرقام الطوارئ: **112** (الإسعاف والإطفاء) و**113** (الشرطة).

                ## في الشهر الأول

                - احصل على **رقم ضريبي** وافتح حسابًا بنكيًا.
                - اطلب من صاحب العمل **بطاقة التأمين الصحي** واختر **طبيبًا شخصيًا** في المركز الصحي في ليتيا.
                - سجّل أطفالك في **الروضة أو المدرسة**.
                - سجّل في **دورة اللغة السلوفينية**. توجد دورات مجانية في ليتيا أيضًا.

                ## أين تجد المساعدة

                - نقطة المعلومات للسكان الجدد في بلدية ليتيا، Jerebova ulica 14.
                - [نقطة المعلومات للأجانب](https://www.infotujci.si) تقدم الاستشارة بعدة لغات.
                - إذا لم تعرف إلى أين تتوجه، أرسل **طلب مساعدة** عبر هذا الموقع. سيساعدك متطوع.
                """),
            ["ne"] = (
                "लितियामा पहिलो कदम",
                "पहिलो हप्ताहरूमा के मिलाउने: ठेगाना, कागजात, डाक्टर, विद्यालय र स्लोभेनियाली भाषा।",
                """
                लितियामा स्वागत छ! यो सूचीले पहिलो हप्ताहरूमा सबैभन्दा जरुरी कामहरू मिलाउन मद्दत गर्छ।

                ## पहिलो हप्तामा

                - सरेको ८ दिनभित्र लितिया प्रशासनिक एकाइमा **ठेगाना दर्ता गर्नुहोस्**।
                - तपाईंसँग **बसोबास अनुमति** छ कि छैन र कहिले म्याद सकिन्छ, हेर्नुहोस्।
                - आपतकालीन नम्बर सेभ गर्नुहोस्: **112** (एम्बुलेन्स, दमकल) र **113** (प्रहरी)।

                ## पहिलो महिनामा

                - **कर नम्बर** लिनुहोस् र बैंक खाता खोल्नुहोस्।
                - रोजगारदातासँग **स्वास्थ्य बीमा कार्ड** माग्नुहोस् र लितिया स्वास्थ्य केन्द्रमा **व्यक्तिगत डाक्टर** छान्नुहोस्।
                - बच्चाहरूलाई **बालविहार वा विद्यालयमा** भर्ना गर्नुहोस्।
                - **स्लोभेनियाली भाषा कक्षामा** नाम लेखाउनुहोस्। लितियामा पनि निःशुल्क कक्षा छन्।

                ## सहयोग कहाँ पाइन्छ

                - लितिया नगरपालिकामा नयाँ बासिन्दाका लागि सूचना केन्द्र, Jerebova ulica 14।
                - [विदेशीहरूका लागि सूचना केन्द्र](https://www.infotujci.si) ले धेरै भाषामा सल्लाह दिन्छ।
                - कहाँ जाने थाहा छैन भने यो साइटमा **सहयोग अनुरोध** पठाउनुहोस्। एक स्वयंसेवकले मद्दत गर्नुहुनेछ।
                """),
            ["bs"] = (
                "Prvi koraci u Litiji",
                "Šta srediti u prvim sedmicama: adresa, dokumenti, doktor, škola i slovenski jezik.",
                """
                Dobro došli u Litiju! Ova lista vam pomaže da sredite najvažnije stvari u prvim sedmicama.

                ## U prvoj sedmici

                - **Prijavite prebivalište** u Upravnoj jedinici Litija, najkasnije 8 dana nakon preseljenja.
                - Provjerite imate li **dozvolu boravka** i kada ističe.
                - Sačuvajte brojeve za hitne slučajeve: **112** (hitna pomoć, vatrogasci) i **113** (policija).

                ## U prvom mjesecu

                - Sredite **poreski broj** i otvorite bankovni račun.
                - Pitajte poslodavca za **karticu zdravstvenog osiguranja** i izaberite **ličnog doktora** u Domu zdravlja Litija.
                - Upišite djecu u **vrtić ili školu**.
                - Prijavite se na **kurs slovenskog jezika**. Besplatni kursevi postoje i u Litiji.

                ## Gdje dobiti pomoć

                - Info tačka za nove stanovnike u Općini Litija, Jerebova ulica 14.
                - [Info tačka za strance](https://www.infotujci.si) savjetuje na više jezika.
                - Ako ne znate kome da se obratite, pošaljite **zahtjev za pomoć** na ovoj stranici. Volonter će vam pomoći.
                """),
        }),
        new("ucenje-slovenscine", "prvi-koraki", ["language-learning"], 1, new()
        {
            ["sl"] = (
                "Kje se učim slovenščino",
                "Brezplačni tečaji, pogovorne skupine in nasveti za učenje slovenščine v Litiji in okolici.",
                """
                Slovenščina vam odpre vrata: lažje najdete boljšo službo, se pogovorite z zdravnikom in učitelji ter spoznate sosede.

                ## Brezplačni tečaji

                - **Tečaj slovenščine za odrasle** v Izobraževalnem centru Geoss v Litiji, zvečer po službi.
                - Država ponuja brezplačne tečaje za državljane držav zunaj EU z dovoljenjem za prebivanje. Več na [gov.si](https://www.gov.si) ali na [Info točki za tujce](https://www.infotujci.si).
                - **Slovenščina na delovnem mestu** – nekateri delodajalci, na primer Predilnica Litija, organizirajo ure za zaposlene.

                ## Vadite pogovor

                - **Jezikovna kavarna** v Knjižnici Litija vsako sredo.
                - **Pogovorne urice** v Večgeneracijskem centru Zasavje.
                - Medkulturni klub ob petkih v Kulturnem društvu Litija.

                ## Nasveti

                - Učite se malo, a vsak dan.
                - V knjižnici si izposodite učbenike in slikanice.
                - Ne bojte se napak. Domačini so veseli, ko govorite slovensko.
                """),
            ["en"] = (
                "Where can I learn Slovenian?",
                "Free courses, conversation groups and tips for learning Slovenian in and around Litija.",
                """
                Slovenian opens doors: it is easier to find a better job, talk to the doctor and teachers, and get to know your neighbours.

                ## Free courses

                - The **Slovenian course for adults** at Geoss Education Centre in Litija, in the evening after work.
                - The state offers free courses for citizens of non-EU countries with a residence permit. More on [gov.si](https://www.gov.si) or at the [Info Point for Foreigners](https://www.infotujci.si).
                - **Slovenian at the workplace** – some employers, for example Predilnica Litija, organise lessons for their staff.

                ## Practise speaking

                - The **language café** at Litija Library every Wednesday.
                - **Conversation hours** at the Intergenerational Centre Zasavje.
                - The intercultural club on Fridays at Litija Cultural Society.

                ## Tips

                - Learn a little, but every day.
                - Borrow textbooks and picture books from the library.
                - Do not be afraid of mistakes. Local people are happy when you speak Slovenian.
                """),
        }),
        new("dokumenti-in-dovoljenja", null, ["documents-permits"], 2, new()
        {
            ["sl"] = (
                "Dokumenti in dovoljenja",
                "Katere dokumente potrebujete v Sloveniji in kje jih dobite.",
                """
                V Sloveniji potrebujete nekaj osnovnih dokumentov. Brez njih težko dobite službo, stanovanje ali zdravnika.

                ## Najpomembnejši dokumenti

                - **Potni list** – naj bo vedno veljaven. Delodajalec vam ga ne sme vzeti.
                - **Dovoljenje za prebivanje** – za državljane držav zunaj EU. Za delo je to običajno **enotno dovoljenje** (prebivanje in delo).
                - **Potrdilo o prijavi prebivališča** – dobite ga na upravni enoti.
                - **Davčna številka** – za plačo, banko in dohodnino.
                - **Kartica zdravstvenega zavarovanja** – običajno jo uredi delodajalec.

                ## Kam po pomoč

                Dovoljenja za prebivanje izdaja **Upravna enota Litija**. Veliko vlog lahko oddate tudi na portalu [eUprava](https://e-uprava.gov.si). Splošne informacije so na [gov.si](https://www.gov.si).

                **Nasvet:** shranite kopije vseh dokumentov, tudi fotografije na telefonu. Datum poteka dovoljenja si zapišite v koledar.
                """),
            ["en"] = (
                "Documents and permits",
                "Which documents you need in Slovenia and where you get them.",
                """
                In Slovenia you need a few basic documents. Without them it is hard to get a job, a flat or a doctor.

                ## The most important documents

                - **Passport** – keep it valid. Your employer must not take it from you.
                - **Residence permit** – for citizens of countries outside the EU. For work this is usually a **single permit** (residence and work).
                - **Certificate of registered address** – you get it at the administrative unit.
                - **Tax number** – for your wages, the bank and income tax.
                - **Health insurance card** – usually your employer arranges it.

                ## Where to get help

                The **Litija Administrative Unit** issues residence permits. You can also submit many applications on the [eUprava](https://e-uprava.gov.si) portal. General information is on [gov.si](https://www.gov.si).

                **Tip:** keep copies of all your documents, also as photos on your phone. Write the expiry date of your permit in your calendar.
                """),
        }),
        new("dovoljenje-za-prebivanje", "dokumenti-in-dovoljenja", ["documents-permits", "work-rights"], 1, new()
        {
            ["sl"] = (
                "Dovoljenje za prebivanje – kako ga podaljšam",
                "Kdaj in kje oddate vlogo za podaljšanje ter kaj običajno potrebujete.",
                """
                Dovoljenje za prebivanje velja omejen čas. Če želite ostati in delati v Sloveniji, ga morate pravočasno podaljšati.

                ## Kdaj oddati vlogo

                Vlogo za podaljšanje oddajte **pred potekom** veljavnega dovoljenja. Priporočamo vsaj **dva meseca prej**. Če vlogo oddate pravočasno, lahko običajno ostanete v Sloveniji in delate, dokler ne dobite odločitve.

                ## Kaj običajno potrebujete

                - veljaven potni list,
                - fotografijo,
                - pogodbo o zaposlitvi ali izjavo delodajalca,
                - dokazilo o zdravstvenem zavarovanju,
                - dokazilo o sredstvih za preživljanje (na primer plačilne liste),
                - potrdilo o prijavi prebivališča.

                Seznam je lahko za vas drugačen. Vprašajte na upravni enoti.

                ## Kje

                **Upravna enota Litija**, Jerebova ulica 14. Za pogovor se lahko naročite po telefonu. Plačati morate upravno takso.

                ## Ste zamenjali službo?

                Menjava delodajalca lahko vpliva na vaše dovoljenje. **Pred menjavo** se posvetujte z upravno enoto ali [Info točko za tujce](https://www.infotujci.si).
                """),
            ["en"] = (
                "Residence permit – how do I extend it?",
                "When and where to apply for an extension, and what you usually need.",
                """
                A residence permit is valid for a limited time. If you want to stay and work in Slovenia, you must extend it in good time.

                ## When to apply

                Apply for the extension **before your current permit expires**. We recommend at least **two months before**. If you apply in time, you can usually stay in Slovenia and keep working until you get a decision.

                ## What you usually need

                - a valid passport,
                - a photo,
                - your employment contract or a statement from your employer,
                - proof of health insurance,
                - proof that you can support yourself (for example payslips),
                - the certificate of registered address.

                Your list may be different. Ask at the administrative unit.

                ## Where

                **Litija Administrative Unit**, Jerebova ulica 14. You can book an appointment by phone. You pay an administrative fee.

                ## Have you changed jobs?

                Changing employer can affect your permit. **Before you change**, ask the administrative unit or the [Info Point for Foreigners](https://www.infotujci.si).
                """),
            ["uk"] = (
                "Дозвіл на проживання — як його продовжити",
                "Коли й де подати заяву на продовження та що зазвичай потрібно.",
                """
                Дозвіл на проживання діє обмежений час. Якщо ви хочете залишитися й працювати у Словенії, його треба вчасно продовжити.

                ## Коли подавати заяву

                Подайте заяву на продовження **до закінчення чинного дозволу**. Радимо щонайменше **за два місяці**. Якщо ви подали заяву вчасно, то зазвичай можете залишатися у Словенії та працювати, доки не отримаєте рішення.

                ## Що зазвичай потрібно

                - чинний паспорт,
                - фотографія,
                - трудовий договір або заява роботодавця,
                - підтвердження медичного страхування,
                - підтвердження коштів на проживання (наприклад, розрахункові листки),
                - довідка про реєстрацію місця проживання.

                Ваш список може бути іншим. Запитайте в адміністративній одиниці.

                ## Де

                **Адміністративна одиниця Літія**, Jerebova ulica 14. Можна записатися на прийом телефоном. Треба сплатити адміністративний збір.

                ## Ви змінили роботу?

                Зміна роботодавця може вплинути на ваш дозвіл. **Перед зміною** порадьтеся з адміністративною одиницею або [Інфопунктом для іноземців](https://www.infotujci.si).
                """),
            ["ar"] = (
                "تصريح الإقامة — كيف أجدده؟",
                "متى وأين تقدّم طلب التجديد، وما الذي تحتاجه عادةً.",
                """
                تصريح الإقامة صالح لمدة محدودة. إذا أردت البقاء والعمل في سلوفينيا، يجب أن تجدده في الوقت المناسب.

                ## متى تقدّم الطلب

                قدّم طلب التجديد **قبل انتهاء تصريحك الحالي**. ننصح بتقديمه قبل **شهرين على الأقل**. إذا قدّمت الطلب في الوقت المناسب، يمكنك عادةً البقاء في سلوفينيا ومواصلة العمل حتى يصدر القرار.

                ## ما الذي تحتاجه عادةً

                - جواز سفر ساري المفعول،
                - صورة شخصية،
                - عقد العمل أو إفادة من صاحب العمل،
                - إثبات التأمين الصحي،
                - إثبات أن لديك ما يكفي للعيش (مثل قسائم الراتب)،
                - شهادة تسجيل العنوان.

                قد تكون قائمتك مختلفة. اسأل في الوحدة الإدارية.

                ## أين

                **الوحدة الإدارية في ليتيا**، Jerebova ulica 14. يمكنك حجز موعد بالهاتف. تدفع رسمًا إداريًا.

                ## هل غيّرت عملك؟

                تغيير صاحب العمل قد يؤثر على تصريحك. **قبل التغيير** استشر الوحدة الإدارية أو [نقطة المعلومات للأجانب](https://www.infotujci.si).
                """),
            ["ne"] = (
                "बसोबास अनुमति — कसरी नवीकरण गर्ने",
                "नवीकरणको निवेदन कहिले र कहाँ दिने, र प्रायः के चाहिन्छ।",
                """
                बसोबास अनुमतिको म्याद सीमित हुन्छ। स्लोभेनियामा बसेर काम गरिरहन चाहनुहुन्छ भने समयमै नवीकरण गर्नुपर्छ।

                ## कहिले निवेदन दिने

                नवीकरणको निवेदन **हालको अनुमतिको म्याद सकिनुअघि** दिनुहोस्। कम्तीमा **दुई महिना अगाडि** दिन सल्लाह दिन्छौं। समयमै निवेदन दिनुभयो भने निर्णय नआउन्जेल प्रायः स्लोभेनियामा बसेर काम गर्न सक्नुहुन्छ।

                ## प्रायः के चाहिन्छ

                - वैध राहदानी,
                - फोटो,
                - रोजगार सम्झौता वा रोजगारदाताको विवरण,
                - स्वास्थ्य बीमाको प्रमाण,
                - जीवन निर्वाहका लागि पैसा भएको प्रमाण (जस्तै तलब पर्ची),
                - ठेगाना दर्ताको प्रमाणपत्र।

                तपाईंको सूची फरक हुन सक्छ। प्रशासनिक एकाइमा सोध्नुहोस्।

                ## कहाँ

                **लितिया प्रशासनिक एकाइ**, Jerebova ulica 14। फोनबाट भेटको समय लिन सकिन्छ। प्रशासनिक शुल्क तिर्नुपर्छ।

                ## काम परिवर्तन गर्नुभयो?

                रोजगारदाता परिवर्तन गर्दा तपाईंको अनुमतिमा असर पर्न सक्छ। **परिवर्तन गर्नुअघि** प्रशासनिक एकाइ वा [विदेशीहरूका लागि सूचना केन्द्र](https://www.infotujci.si) सँग सल्लाह लिनुहोस्।
                """),
            ["bs"] = (
                "Dozvola boravka – kako je produžiti",
                "Kada i gdje predati zahtjev za produženje i šta vam obično treba.",
                """
                Dozvola boravka važi ograničeno vrijeme. Ako želite ostati i raditi u Sloveniji, morate je na vrijeme produžiti.

                ## Kada predati zahtjev

                Zahtjev za produženje predajte **prije isteka važeće dozvole**. Preporučujemo najmanje **dva mjeseca ranije**. Ako zahtjev predate na vrijeme, obično možete ostati u Sloveniji i raditi dok ne dobijete odluku.

                ## Šta vam obično treba

                - važeći pasoš,
                - fotografija,
                - ugovor o radu ili izjava poslodavca,
                - dokaz o zdravstvenom osiguranju,
                - dokaz o sredstvima za život (na primjer platne liste),
                - potvrda o prijavi prebivališta.

                Vaša lista može biti drugačija. Pitajte u upravnoj jedinici.

                ## Gdje

                **Upravna jedinica Litija**, Jerebova ulica 14. Možete se naručiti telefonom. Plaćate administrativnu taksu.

                ## Promijenili ste posao?

                Promjena poslodavca može uticati na vašu dozvolu. **Prije promjene** pitajte upravnu jedinicu ili [Info tačku za strance](https://www.infotujci.si).
                """),
        }),
        new("prijava-prebivalisca", "dokumenti-in-dovoljenja", ["documents-permits", "housing", "money-taxes"], 2, new()
        {
            ["sl"] = (
                "Prijava prebivališča in davčna številka",
                "Kako v 8 dneh prijavite naslov in kako dobite davčno številko.",
                """
                ## Prijava prebivališča

                Ko se preselite, morate prebivališče prijaviti **v 8 dneh**. Prijava je brezplačna.

                - Pojdite na **Upravno enoto Litija** ali uporabite portal [eUprava](https://e-uprava.gov.si), če imate digitalno potrdilo.
                - Prinesite osebni dokument in **najemno pogodbo** ali pisno soglasje lastnika stanovanja.
                - Dobite **potrdilo o prijavi prebivališča**. Potrebovali ga boste pri zdravniku, v šoli in v banki.

                Ko se odselite, prebivališče odjavite ali prijavite novo.

                ## Davčna številka

                Davčno številko potrebujete za plačo, bančni račun in dohodnino. Tujci jo pogosto dobijo ob urejanju dovoljenja ali prek delodajalca.

                Če je nimate, vlogo oddate na **finančnem uradu** ali na portalu eDavki. Več na strani [Finančne uprave](https://www.fu.gov.si).

                **Nasvet:** lastnik vam mora običajno omogočiti prijavo na naslovu, kjer živite. Če vam je ne omogoči, se posvetujte na občini.
                """),
            ["en"] = (
                "Registering your address and getting a tax number",
                "How to register your address within 8 days and how to get a tax number.",
                """
                ## Registering your address

                When you move, you must register your address **within 8 days**. Registration is free.

                - Go to the **Litija Administrative Unit**, or use the [eUprava](https://e-uprava.gov.si) portal if you have a digital certificate.
                - Bring an identity document and a **rental contract** or the written consent of the owner of the flat.
                - You get a **certificate of registered address**. You will need it at the doctor's, at school and at the bank.

                When you move out, deregister or register your new address.

                ## Tax number

                You need a tax number for your wages, a bank account and income tax. Foreigners often get one while arranging their permit or through their employer.

                If you do not have one, apply at a **tax office** or on the eDavki portal. More on the website of the [Financial Administration](https://www.fu.gov.si).

                **Tip:** the owner usually has to let you register at the address where you live. If they refuse, ask for advice at the municipality.
                """),
        }),
        new("delo-in-pravice", null, ["work-rights", "jobs-training"], 3, new()
        {
            ["sl"] = (
                "Delo in pravice",
                "Vaše osnovne pravice pri delu v Sloveniji in kje dobite pomoč.",
                """
                V Sloveniji imate pri delu enake pravice kot slovenski delavci. Ni pomembno, iz katere države prihajate.

                ## Vaše osnovne pravice

                - **Pisna pogodba o zaposlitvi**. Prosite za prevod, če je ne razumete.
                - **Plača** vsaj v višini minimalne plače, izplačana najkasneje do **18. v mesecu** za pretekli mesec.
                - **Plačilna lista** vsak mesec.
                - Plačani **prispevki** za zdravstveno in pokojninsko zavarovanje.
                - **Letni dopust** in **regres** za letni dopust.
                - Odmor med delom in počitek med dvema delovnima dnevoma.
                - Varno delovno mesto in zaščitna oprema.

                ## Česa delodajalec ne sme

                - Vzeti vam potnega lista ali dovoljenja.
                - Zahtevati denarja za to, da vas zaposli.
                - Vam groziti, da boste izgubili dovoljenje, če se pritožite.

                ## Kje dobite pomoč

                - **Delavska svetovalnica** – brezplačno in zaupno, tudi anonimno.
                - **Info točka za tujce** – vprašanja o dovoljenjih in zaposlitvi.
                - [Inšpektorat RS za delo](https://www.gov.si/drzavni-organi/organi-v-sestavi/inspektorat-za-delo/) – prijava kršitev.
                """),
            ["en"] = (
                "Work and rights",
                "Your basic rights at work in Slovenia and where to get help.",
                """
                At work in Slovenia you have the same rights as Slovenian workers. It does not matter which country you come from.

                ## Your basic rights

                - A **written employment contract**. Ask for a translation if you do not understand it.
                - **Wages** at least at the level of the minimum wage, paid no later than the **18th of the month** for the previous month.
                - A **payslip** every month.
                - Paid **contributions** for health and pension insurance.
                - **Annual leave** and a **holiday allowance** (regres).
                - Breaks during work and rest between two working days.
                - A safe workplace and protective equipment.

                ## What your employer must not do

                - Take your passport or permit.
                - Ask you for money to give you a job.
                - Threaten that you will lose your permit if you complain.

                ## Where to get help

                - **Workers' Counselling Office** – free and confidential, also anonymous.
                - **Info Point for Foreigners** – questions about permits and jobs.
                - [Labour Inspectorate](https://www.gov.si/drzavni-organi/organi-v-sestavi/inspektorat-za-delo/) – report violations.
                """),
            ["bs"] = (
                "Rad i prava",
                "Vaša osnovna prava na poslu u Sloveniji i gdje dobiti pomoć.",
                """
                Na poslu u Sloveniji imate ista prava kao slovenski radnici. Nije važno iz koje zemlje dolazite.

                ## Vaša osnovna prava

                - **Pismeni ugovor o radu**. Tražite prevod ako ga ne razumijete.
                - **Plata** najmanje u visini minimalne plate, isplaćena najkasnije do **18. u mjesecu** za prethodni mjesec.
                - **Platna lista** svaki mjesec.
                - Plaćeni **doprinosi** za zdravstveno i penziono osiguranje.
                - **Godišnji odmor** i **regres** za godišnji odmor.
                - Pauza tokom rada i odmor između dva radna dana.
                - Sigurno radno mjesto i zaštitna oprema.

                ## Šta poslodavac ne smije

                - Uzeti vam pasoš ili dozvolu.
                - Tražiti novac da vas zaposli.
                - Prijetiti da ćete izgubiti dozvolu ako se žalite.

                ## Gdje dobiti pomoć

                - **Delavska svetovalnica** (savjetovalište za radnike) – besplatno i povjerljivo, i anonimno.
                - **Info tačka za strance** – pitanja o dozvolama i zaposlenju.
                - [Inspektorat za rad](https://www.gov.si/drzavni-organi/organi-v-sestavi/inspektorat-za-delo/) – prijava kršenja.
                """),
        }),
        new("neizplacana-placa", "delo-in-pravice", ["work-rights", "money-taxes"], 1, new()
        {
            ["sl"] = (
                "Neizplačana plača – kaj lahko naredim",
                "Korak za korakom: dokazi, pisni poziv delodajalcu in kje dobite brezplačno pomoč.",
                """
                Plača mora biti izplačana najkasneje **18. dan v mesecu** za pretekli mesec. Če plače ni, ukrepajte hitro.

                ## 1. Zberite dokaze

                - pogodbo o zaposlitvi,
                - plačilne liste,
                - izpiske z bančnega računa,
                - evidenco ur (lahko vaše zapiske ali fotografije),
                - sporočila delodajalca.

                ## 2. Pisno pozovite delodajalca

                Napišite kratek dopis: katera plača manjka in do kdaj naj jo izplača. Shranite kopijo. Pri tem vam lahko pomaga **Delavska svetovalnica**.

                ## 3. Poiščite pomoč

                - **Delavska svetovalnica** svetuje brezplačno in zaupno.
                - **Inšpektorat RS za delo** lahko preveri delodajalca.
                - Če delodajalec še vedno ne plača, lahko zahtevek vložite na **delovnem sodišču**. Za to veljajo roki, zato ne čakajte predolgo.

                ## Pomembno

                - Odpoved pogodbe zaradi neizplačane plače ima posledice. Pred odločitvijo se posvetujte.
                - Če ste ostali brez dela, se prijavite na **Zavodu RS za zaposlovanje** in se pozanimajte glede dovoljenja.
                - Nihče vam ne sme groziti zaradi pritožbe.
                """),
            ["en"] = (
                "Unpaid wages – what can I do?",
                "Step by step: evidence, a written demand to your employer and where to get free help.",
                """
                Your wages must be paid no later than the **18th of the month** for the previous month. If they are not paid, act quickly.

                ## 1. Collect evidence

                - your employment contract,
                - payslips,
                - bank statements,
                - a record of your hours (your own notes or photos are fine),
                - messages from your employer.

                ## 2. Write to your employer

                Write a short letter: which wages are missing and by when they must be paid. Keep a copy. The **Workers' Counselling Office** can help you with this.

                ## 3. Get help

                - The **Workers' Counselling Office** gives free and confidential advice.
                - The **Labour Inspectorate** can check your employer.
                - If your employer still does not pay, you can file a claim at the **labour court**. There are deadlines, so do not wait too long.

                ## Important

                - Quitting your job because of unpaid wages has consequences. Get advice before you decide.
                - If you have lost your job, register with the **Employment Service of Slovenia** and ask about your permit.
                - Nobody may threaten you because you complain.
                """),
            ["uk"] = (
                "Невиплачена зарплата — що я можу зробити",
                "Крок за кроком: докази, письмова вимога роботодавцю та де отримати безкоштовну допомогу.",
                """
                Зарплату за місяць мають виплатити не пізніше **18-го числа** наступного місяця. Якщо її немає, дійте швидко.

                ## 1. Зберіть докази

                - трудовий договір,
                - розрахункові листки,
                - банківські виписки,
                - облік робочих годин (підійдуть і ваші записи чи фото),
                - повідомлення від роботодавця.

                ## 2. Напишіть роботодавцю

                Напишіть короткий лист: яка зарплата не виплачена і до якого дня її треба виплатити. Збережіть копію. З цим може допомогти **Delavska svetovalnica** (консультаційний центр для працівників).

                ## 3. Зверніться по допомогу

                - **Delavska svetovalnica** консультує безкоштовно й конфіденційно.
                - **Інспекція праці** може перевірити роботодавця.
                - Якщо роботодавець і далі не платить, можна подати позов до **трудового суду**. Є строки, тому не зволікайте.

                ## Важливо

                - Звільнення через невиплату зарплати має наслідки. Порадьтеся, перш ніж вирішувати.
                - Якщо ви втратили роботу, зареєструйтеся у **Службі зайнятості** і запитайте про свій дозвіл.
                - Ніхто не має права погрожувати вам через скаргу.
                """),
            ["ar"] = (
                "الأجر غير المدفوع — ماذا يمكنني أن أفعل؟",
                "خطوة بخطوة: الأدلة، والمطالبة الخطية لصاحب العمل، وأين تجد مساعدة مجانية.",
                """
                يجب دفع أجرك في موعد أقصاه **اليوم 18 من الشهر** عن الشهر السابق. إذا لم يُدفع، تصرّف بسرعة.

                ## 1. اجمع الأدلة

                - عقد العمل،
                - قسائم الراتب،
                - كشوف الحساب البنكي،
                - سجل ساعات عملك (ملاحظاتك أو صورك تكفي)،
                - رسائل صاحب العمل.

                ## 2. اكتب إلى صاحب العمل

                اكتب رسالة قصيرة: ما الأجر الناقص ومتى يجب دفعه. احتفظ بنسخة. يمكن أن يساعدك في ذلك **مكتب الاستشارات العمالية** (Delavska svetovalnica).

                ## 3. اطلب المساعدة

                - **مكتب الاستشارات العمالية** يقدّم استشارة مجانية وسرية.
                - **مفتشية العمل** يمكنها التحقق من صاحب العمل.
                - إذا استمر صاحب العمل في عدم الدفع، يمكنك رفع دعوى أمام **محكمة العمل**. هناك مهل محددة، فلا تنتظر طويلًا.

                ## مهم

                - ترك العمل بسبب الأجر غير المدفوع له عواقب. استشر قبل أن تقرر.
                - إذا فقدت عملك، سجّل لدى **مصلحة التوظيف** واسأل عن تصريحك.
                - لا يحق لأحد أن يهددك لأنك اشتكيت.
                """),
            ["bs"] = (
                "Neisplaćena plata – šta mogu uraditi",
                "Korak po korak: dokazi, pismeni zahtjev poslodavcu i gdje dobiti besplatnu pomoć.",
                """
                Plata mora biti isplaćena najkasnije do **18. u mjesecu** za prethodni mjesec. Ako plate nema, djelujte brzo.

                ## 1. Skupite dokaze

                - ugovor o radu,
                - platne liste,
                - izvode iz banke,
                - evidenciju sati (mogu i vaše bilješke ili fotografije),
                - poruke poslodavca.

                ## 2. Pismeno se obratite poslodavcu

                Napišite kratko pismo: koja plata nedostaje i do kada je treba isplatiti. Sačuvajte kopiju. Pri tome vam može pomoći **Delavska svetovalnica**.

                ## 3. Potražite pomoć

                - **Delavska svetovalnica** savjetuje besplatno i povjerljivo.
                - **Inspektorat za rad** može provjeriti poslodavca.
                - Ako poslodavac i dalje ne plaća, možete podnijeti tužbu **radnom sudu**. Postoje rokovi, zato ne čekajte predugo.

                ## Važno

                - Otkaz zbog neisplaćene plate ima posljedice. Prije odluke se posavjetujte.
                - Ako ste ostali bez posla, prijavite se na **Zavodu za zapošljavanje** i raspitajte se o dozvoli.
                - Niko vam ne smije prijetiti zbog žalbe.
                """),
        }),
        new("stanovanje", null, ["housing"], 4, new()
        {
            ["sl"] = (
                "Stanovanje",
                "Kje iskati stanovanje v Litiji, kako se izognete goljufijam in kje dobite pomoč pri najemnini.",
                """
                Najti stanovanje v Litiji ni vedno lahko. Ponudb je malo, zato začnite iskati zgodaj in prosite za pomoč.

                ## Kje iskati

                - spletni oglasi in oglasne deske v trgovinah,
                - sodelavci, prijatelji in delodajalec (nekateri delodajalci pomagajo pri nastanitvi),
                - **Pomoč pri iskanju stanovanja** na Občini Litija,
                - razpisi za **neprofitna stanovanja** Stanovanjskega sklada Občine Litija.

                ## Pazite na goljufije

                - Ne plačajte ničesar, preden stanovanje vidite.
                - Ne plačujte varščine brez pisne pogodbe in potrdila o plačilu.
                - Preverite, kdo je lastnik.

                ## Pomoč pri plačilu

                Če imate nizke dohodke, lahko dobite **subvencijo najemnine** na Centru za socialno delo.

                Preberite tudi stran **Najem stanovanja – pogodba, varščina in stroški**.
                """),
            ["en"] = (
                "Housing",
                "Where to look for a flat in Litija, how to avoid scams and where to get help with the rent.",
                """
                Finding a flat in Litija is not always easy. There are few offers, so start looking early and ask for help.

                ## Where to look

                - online adverts and notice boards in shops,
                - colleagues, friends and your employer (some employers help with accommodation),
                - **Help finding a flat** at the Municipality of Litija,
                - calls for **non-profit flats** from the Litija Municipal Housing Fund.

                ## Watch out for scams

                - Do not pay anything before you have seen the flat.
                - Do not pay a deposit without a written contract and a receipt.
                - Check who the owner is.

                ## Help with paying

                If you have a low income, you may get a **rent subsidy** from the Social Work Centre.

                Read also the page **Renting a flat – contract, deposit and costs**.
                """),
            ["uk"] = (
                "Житло",
                "Де шукати квартиру в Літії, як уникнути шахрайства і де отримати допомогу з орендою.",
                """
                Знайти квартиру в Літії не завжди легко. Пропозицій мало, тому починайте шукати рано і просіть про допомогу.

                ## Де шукати

                - оголошення в інтернеті та на дошках оголошень у магазинах,
                - колеги, друзі та роботодавець (деякі роботодавці допомагають із житлом),
                - **Допомога з пошуком житла** в громаді Літія,
                - конкурси на **неприбуткові квартири** Житлового фонду громади Літія.

                ## Остерігайтеся шахраїв

                - Нічого не платіть, поки не побачите квартиру.
                - Не платіть заставу без письмового договору та квитанції.
                - Перевірте, хто власник.

                ## Допомога з оплатою

                Якщо у вас низький дохід, можна отримати **субсидію на оренду** в Центрі соціальної роботи.

                Прочитайте також сторінку **Оренда квартири — договір, застава та витрати**.
                """),
        }),
        new("najem-stanovanja", "stanovanje", ["housing"], 1, new()
        {
            ["sl"] = (
                "Najem stanovanja – pogodba, varščina in stroški",
                "Kaj mora pisati v najemni pogodbi, kako je z varščino in na kaj pazite ob vselitvi.",
                """
                ## Najemna pogodba

                Vedno zahtevajte **pisno najemno pogodbo**. V njej naj piše:

                - kdo je najemodajalec in kdo najemnik,
                - naslov in opis stanovanja,
                - višina najemnine in kdaj jo plačate,
                - kateri **stroški** niso vključeni (elektrika, voda, ogrevanje, smeti),
                - višina **varščine**,
                - za koliko časa velja pogodba in kakšen je **odpovedni rok**.

                Pogodbo potrebujete za prijavo prebivališča, dovoljenje za prebivanje in subvencijo najemnine.

                ## Varščina

                Varščina je običajno v višini ene do treh najemnin. Ob izselitvi jo dobite nazaj, če v stanovanju ni škode. Za vsako plačilo zahtevajte **potrdilo**.

                ## Ob vselitvi

                - Fotografirajte stanovanje in stanje števcev.
                - Zapišite okvare in jih pošljite lastniku.

                ## Nastanitev prek delodajalca

                Če živite v nastanitvi, ki jo ureja delodajalec, naj bo strošek jasno zapisan. Delodajalec vam običajno ne sme odtegniti najemnine od plače brez vašega pisnega soglasja.
                """),
            ["en"] = (
                "Renting a flat – contract, deposit and costs",
                "What the rental contract must say, how the deposit works and what to check when you move in.",
                """
                ## Rental contract

                Always ask for a **written rental contract**. It should say:

                - who the landlord and the tenant are,
                - the address and a description of the flat,
                - the rent and when you pay it,
                - which **costs** are not included (electricity, water, heating, waste),
                - the amount of the **deposit**,
                - how long the contract lasts and the **notice period**.

                You need the contract to register your address, for your residence permit and for a rent subsidy.

                ## Deposit

                The deposit is usually one to three months' rent. You get it back when you move out if there is no damage. Ask for a **receipt** for every payment.

                ## When you move in

                - Take photos of the flat and of the meter readings.
                - Write down any defects and send them to the owner.

                ## Accommodation through your employer

                If you live in accommodation arranged by your employer, the cost should be clearly written down. Your employer usually may not deduct rent from your wages without your written consent.
                """),
        }),
        new("zdravje", null, ["health"], 5, new()
        {
            ["sl"] = (
                "Zdravje",
                "Zdravstveno zavarovanje, kartica, kam ko ste bolni in kaj velja za otroke.",
                """
                Ko ste v Sloveniji zaposleni, ste tudi zdravstveno zavarovani. Prispevke plačujete iz plače, del pa plača delodajalec.

                ## Kartica zdravstvenega zavarovanja

                **Kartica zdravstvenega zavarovanja** je vaš ključ do zdravnika. Vedno jo imejte s seboj. Če je nimate, vprašajte delodajalca ali [ZZZS](https://www.zzzs.si).

                ## Obvezni zdravstveni prispevek

                Poleg zavarovanja se plačuje tudi mesečni **obvezni zdravstveni prispevek**. Zaposlenim ga običajno odtegnejo od plače.

                ## Kam, ko ste bolni

                - **Osebni zdravnik** v Zdravstvenem domu Litija – vedno najprej.
                - **Dežurni zdravnik** – ponoči, ob vikendih in praznikih.
                - **112** – ko je ogroženo življenje.
                - **Lekarna** – zdravila na recept.

                ## Otroci

                Otroci imajo svojega **pediatra** in so običajno zavarovani prek staršev. Pediater vam pove, katera cepljenja so obvezna.

                ## Bolniški stalež

                Če ste bolni in ne morete delati, vam bolniški stalež odobri osebni zdravnik. Delodajalcu to sporočite takoj.
                """),
            ["en"] = (
                "Health",
                "Health insurance, the card, where to go when you are ill and what applies to children.",
                """
                When you are employed in Slovenia, you also have health insurance. You pay contributions from your wages, and your employer pays a part too.

                ## Health insurance card

                The **health insurance card** is your key to the doctor. Always carry it with you. If you do not have one, ask your employer or [ZZZS](https://www.zzzs.si).

                ## Compulsory health contribution

                Besides the insurance, there is also a monthly **compulsory health contribution**. For employees it is usually deducted from wages.

                ## Where to go when you are ill

                - Your **personal doctor** at Litija Health Centre – always first.
                - The **doctor on duty** – at night, at weekends and on public holidays.
                - **112** – when a life is in danger.
                - The **pharmacy** – medicines on prescription.

                ## Children

                Children have their own **paediatrician** and are usually insured through their parents. The paediatrician tells you which vaccinations are compulsory.

                ## Sick leave

                If you are ill and cannot work, your personal doctor approves sick leave. Tell your employer at once.
                """),
        }),
        new("osebni-zdravnik", "zdravje", ["health"], 1, new()
        {
            ["sl"] = (
                "Kako se prijavim pri osebnem zdravniku",
                "Štirje koraki do osebnega (družinskega) zdravnika v Zdravstvenem domu Litija.",
                """
                Vsak zavarovanec v Sloveniji si izbere **osebnega zdravnika** (družinskega zdravnika). Brez njega boste težko dobili napotnico ali bolniški stalež.

                ## Koraki

                1. **Preverite zavarovanje.** Potrebujete kartico zdravstvenega zavarovanja. Če je še nimate, vprašajte delodajalca.
                2. **Pojdite v Zdravstveni dom Litija**, Partizanska pot 8a, ali pokličite. Na vpisnem mestu splošne ambulante vprašajte, kateri zdravnik sprejema nove paciente.
                3. **Izpolnite izjavo o izbiri osebnega zdravnika.** Obrazec dobite v ambulanti.
                4. **Prvi obisk.** Prinesite seznam zdravil, ki jih jemljete, in izvide iz domovine, če jih imate.

                ## Dobro je vedeti

                - Pri zdravniku se običajno **naročite po telefonu**. Povejte, da ste nov pacient.
                - Za specialista potrebujete **napotnico** osebnega zdravnika.
                - Osebnega zdravnika lahko zamenjate, običajno po enem letu.
                - Izberete lahko tudi **zobozdravnika**, ženske pa še **ginekologa**.
                - Če zdravnika ne razumete, vprašajte, ali vam lahko pomaga tolmač ali prostovoljec.
                """),
            ["en"] = (
                "How do I register with a personal doctor?",
                "Four steps to a personal (family) doctor at Litija Health Centre.",
                """
                Everyone with health insurance in Slovenia chooses a **personal doctor** (family doctor). Without one it is hard to get a referral or sick leave.

                ## Steps

                1. **Check your insurance.** You need a health insurance card. If you do not have one yet, ask your employer.
                2. **Go to Litija Health Centre**, Partizanska pot 8a, or call. At the reception of the general clinic, ask which doctor takes new patients.
                3. **Fill in the form for choosing a personal doctor.** You get the form at the clinic.
                4. **First visit.** Bring a list of the medicines you take and medical reports from home, if you have them.

                ## Good to know

                - You usually **book an appointment by phone**. Say that you are a new patient.
                - For a specialist you need a **referral** from your personal doctor.
                - You can change your personal doctor, usually after one year.
                - You can also choose a **dentist** and, for women, a **gynaecologist**.
                - If you do not understand the doctor, ask whether an interpreter or a volunteer can help.
                """),
            ["uk"] = (
                "Як зареєструватися в особистого лікаря",
                "Чотири кроки до особистого (сімейного) лікаря в Центрі здоров'я Літія.",
                """
                Кожен, хто має медичне страхування у Словенії, обирає **особистого лікаря** (сімейного лікаря). Без нього важко отримати направлення чи лікарняний.

                ## Кроки

                1. **Перевірте страхування.** Потрібна картка медичного страхування. Якщо її ще немає, запитайте роботодавця.
                2. **Прийдіть до Центру здоров'я Літія**, Partizanska pot 8a, або зателефонуйте. У реєстратурі загальної амбулаторії запитайте, який лікар приймає нових пацієнтів.
                3. **Заповніть заяву про вибір особистого лікаря.** Бланк дадуть в амбулаторії.
                4. **Перший візит.** Візьміть список ліків, які ви приймаєте, і медичні документи з дому, якщо вони є.

                ## Варто знати

                - До лікаря зазвичай **записуються телефоном**. Скажіть, що ви новий пацієнт.
                - До спеціаліста потрібне **направлення** від особистого лікаря.
                - Особистого лікаря можна змінити, зазвичай через рік.
                - Можна також обрати **стоматолога**, а жінкам — **гінеколога**.
                - Якщо ви не розумієте лікаря, запитайте, чи може допомогти перекладач або волонтер.
                """),
            ["ar"] = (
                "كيف أسجّل لدى طبيب شخصي؟",
                "أربع خطوات للحصول على طبيب شخصي (طبيب الأسرة) في المركز الصحي في ليتيا.",
                """
                كل من لديه تأمين صحي في سلوفينيا يختار **طبيبًا شخصيًا** (طبيب الأسرة). بدونه يصعب الحصول على إحالة أو إجازة مرضية.

                ## الخطوات

                1. **تأكد من تأمينك.** تحتاج إلى بطاقة التأمين الصحي. إذا لم تكن لديك بعد، اسأل صاحب العمل.
                2. **اذهب إلى المركز الصحي في ليتيا**، Partizanska pot 8a، أو اتصل. في استقبال العيادة العامة اسأل أي طبيب يقبل مرضى جددًا.
                3. **املأ نموذج اختيار الطبيب الشخصي.** تحصل على النموذج في العيادة.
                4. **الزيارة الأولى.** أحضر قائمة بالأدوية التي تتناولها، وتقاريرك الطبية من بلدك إن وُجدت.

                ## من المفيد أن تعرف

                - عادةً **تحجز الموعد بالهاتف**. قل إنك مريض جديد.
                - للذهاب إلى أخصائي تحتاج إلى **إحالة** من طبيبك الشخصي.
                - يمكنك تغيير طبيبك الشخصي، عادةً بعد سنة.
                - يمكنك أيضًا اختيار **طبيب أسنان**، ويمكن للنساء اختيار **طبيب نسائي**.
                - إذا لم تفهم الطبيب، اسأل إن كان مترجم أو متطوع يستطيع المساعدة.
                """),
        }),
        new("sola-in-vrtec", null, ["education-schools", "family-children"], 6, new()
        {
            ["sl"] = (
                "Šola in vrtec",
                "Kako delujejo vrtec, osnovna in srednja šola ter kaj morajo vedeti starši.",
                """
                Otroci se v Sloveniji hitro vključijo, če čim prej začnejo hoditi v vrtec ali šolo.

                ## Vrtec

                - Za otroke od **11 mesecev** do vstopa v šolo.
                - Vrtec ni obvezen, je pa zelo koristen za učenje slovenščine.
                - Plačilo je odvisno od dohodkov družine.

                ## Osnovna šola

                - **Obvezna in brezplačna** za vse otroke, običajno od 6. do 15. leta.
                - Traja **devet let**.
                - Učenci priseljenci imajo **dodatne ure slovenščine**.

                ## Srednja šola

                Po osnovni šoli se mladi vpišejo v srednjo šolo. Vpis poteka spomladi; šolska svetovalna služba vam pove, kaj potrebujete.

                ## Za starše

                - Šola obvešča starše prek e-dnevnika (na primer eAsistent) in na govorilnih urah. Prosite za pomoč, če česa ne razumete.
                - Za kosilo, učbenike in izlete lahko dobite subvencijo.
                - Na govorilne ure lahko pripeljete prostovoljca ali prijatelja, ki pomaga pri jeziku.
                """),
            ["en"] = (
                "School and kindergarten",
                "How kindergarten, primary and secondary school work, and what parents should know.",
                """
                Children settle in quickly in Slovenia if they start kindergarten or school as soon as possible.

                ## Kindergarten

                - For children from **11 months** until they start school.
                - Kindergarten is not compulsory, but it helps a lot with learning Slovenian.
                - The fee depends on family income.

                ## Primary school

                - **Compulsory and free** for all children, usually from age 6 to 15.
                - It lasts **nine years**.
                - Immigrant pupils get **extra Slovenian lessons**.

                ## Secondary school

                After primary school, young people enrol in a secondary school. Enrolment is in spring; the school counsellor tells you what you need.

                ## For parents

                - The school informs parents through an e-diary (for example eAsistent) and at parent-teacher meetings. Ask for help if you do not understand something.
                - You can get a subsidy for lunch, textbooks and school trips.
                - You can bring a volunteer or a friend to parent-teacher meetings to help with the language.
                """),
        }),
        new("vpis-otroka-v-solo", "sola-in-vrtec", ["education-schools", "family-children"], 1, new()
        {
            ["sl"] = (
                "Vpis otroka v šolo",
                "Kaj potrebujete in kako poteka vpis v osnovno šolo med šolskim letom.",
                """
                Otroka lahko vpišete v osnovno šolo **kadar koli med letom**. Ni vam treba čakati na september.

                ## Kaj potrebujete

                - otrokov potni list ali dovoljenje za prebivanje,
                - **potrdilo o prijavi prebivališča**,
                - zadnje šolsko spričevalo (če ga imate; prevod ni vedno potreben),
                - podatke o zdravju otroka, če so pomembni za šolo.

                ## Koraki

                1. Pokličite **tajništvo Osnovne šole Litija** in se dogovorite za sestanek.
                2. Na sestanku šola skupaj z vami določi, v kateri razred bo otrok vključen, običajno glede na starost in prejšnje šolanje.
                3. Šolska svetovalna služba pripravi načrt za prve mesece: **dodatne ure slovenščine** in pomoč pri drugih predmetih.
                4. Otrok lahko začne hoditi v šolo že v nekaj dneh.

                ## Dobro je vedeti

                - Pouk, učbeniki iz učbeniškega sklada in večina dejavnosti so brezplačni. Kosilo plačate; družine z nizkimi dohodki dobijo subvencijo.
                - Učenci priseljenci imajo lahko prvi dve leti **prilagojeno ocenjevanje**.
                - Otrok se bo slovenščine hitro naučil. Doma lahko še naprej govorite svoj jezik – to mu pomaga.
                """),
            ["en"] = (
                "Enrolling your child in school",
                "What you need and how enrolment in primary school works during the school year.",
                """
                You can enrol your child in primary school **at any time of the year**. You do not have to wait for September.

                ## What you need

                - your child's passport or residence permit,
                - the **certificate of registered address**,
                - the last school report (if you have it; a translation is not always needed),
                - information about your child's health, if it matters for school.

                ## Steps

                1. Call the **office of Litija Primary School** and arrange a meeting.
                2. At the meeting the school decides with you which class your child will join, usually by age and previous schooling.
                3. The school counsellor makes a plan for the first months: **extra Slovenian lessons** and help in other subjects.
                4. Your child can start school within a few days.

                ## Good to know

                - Lessons, textbooks from the textbook fund and most activities are free. You pay for lunch; low-income families get a subsidy.
                - Immigrant pupils can have **adapted marking** for the first two years.
                - Your child will learn Slovenian quickly. You can keep speaking your own language at home – it helps your child.
                """),
            ["uk"] = (
                "Запис дитини до школи",
                "Що потрібно і як відбувається запис до основної школи протягом навчального року.",
                """
                Записати дитину до основної школи можна **будь-коли протягом року**. Не треба чекати вересня.

                ## Що потрібно

                - паспорт або дозвіл на проживання дитини,
                - **довідка про реєстрацію місця проживання**,
                - останній шкільний табель (якщо є; переклад потрібен не завжди),
                - відомості про здоров'я дитини, якщо вони важливі для школи.

                ## Кроки

                1. Зателефонуйте до **секретаріату Основної школи Літія** й домовтеся про зустріч.
                2. На зустрічі школа разом із вами вирішить, до якого класу піде дитина, зазвичай за віком і попереднім навчанням.
                3. Шкільний консультант складе план на перші місяці: **додаткові уроки словенської** і допомога з іншими предметами.
                4. Дитина може почати ходити до школи вже за кілька днів.

                ## Варто знати

                - Уроки, підручники з бібліотечного фонду та більшість заходів безкоштовні. Обід оплачується; сім'ї з низьким доходом отримують субсидію.
                - Учні-іммігранти можуть мати **адаптоване оцінювання** перші два роки.
                - Дитина швидко вивчить словенську. Вдома можете й далі говорити рідною мовою — це їй допомагає.
                """),
            ["ar"] = (
                "تسجيل طفلك في المدرسة",
                "ما الذي تحتاجه وكيف يتم التسجيل في المدرسة الابتدائية خلال السنة الدراسية.",
                """
                يمكنك تسجيل طفلك في المدرسة الابتدائية **في أي وقت من السنة**. لا داعي لانتظار شهر سبتمبر.

                ## ما الذي تحتاجه

                - جواز سفر الطفل أو تصريح إقامته،
                - **شهادة تسجيل العنوان**،
                - آخر شهادة مدرسية (إن وُجدت؛ الترجمة ليست ضرورية دائمًا)،
                - معلومات عن صحة الطفل إذا كانت مهمة للمدرسة.

                ## الخطوات

                1. اتصل بـ**مكتب مدرسة ليتيا الابتدائية** وحدّد موعدًا.
                2. في الموعد تقرر المدرسة معك الصف الذي سيلتحق به الطفل، عادةً حسب العمر والدراسة السابقة.
                3. يضع المرشد المدرسي خطة للأشهر الأولى: **دروس إضافية في اللغة السلوفينية** ومساعدة في المواد الأخرى.
                4. يمكن أن يبدأ الطفل الدراسة خلال أيام قليلة.

                ## من المفيد أن تعرف

                - الدروس والكتب من صندوق الكتب المدرسية ومعظم الأنشطة مجانية. تدفع ثمن الغداء؛ وتحصل الأسر ذات الدخل المنخفض على دعم.
                - يمكن أن يحصل التلاميذ المهاجرون على **تقييم مُكيَّف** في السنتين الأوليين.
                - سيتعلم طفلك السلوفينية بسرعة. يمكنكم الاستمرار في التحدث بلغتكم في البيت، فهذا يساعده.
                """),
        }),
        new("vpis-v-vrtec", "sola-in-vrtec", ["family-children", "education-schools"], 2, new()
        {
            ["sl"] = (
                "Vpis v vrtec",
                "Kdo lahko gre v vrtec, kako otroka vpišete, koliko stane in kako potekajo prvi dnevi.",
                """
                ## Kdo lahko gre v vrtec

                Otroci od **11 mesecev** starosti do vstopa v šolo. Vrtec ni obvezen, je pa najboljši način, da se otrok nauči slovenščine in spozna prijatelje.

                ## Kako vpišem otroka

                1. Izpolnite **vlogo za vpis** v vrtec. Dobite jo v Vrtcu Litija ali na njihovi spletni strani.
                2. Vlogo oddajte osebno ali po e-pošti. Glavni vpis je **spomladi**, med letom pa otroka sprejmejo, če je prosto mesto.
                3. Vrtec vas obvesti, ali je otrok sprejet.
                4. Pred prvim dnem potrebujete **zdravniško potrdilo** pediatra.

                ## Koliko stane

                Cena je odvisna od dohodkov družine. **Znižano plačilo vrtca** uveljavljate na Centru za socialno delo ali na portalu [eUprava](https://e-uprava.gov.si). Brez vloge plačate polno ceno, zato vlogo oddajte takoj.

                ## Prvi dnevi

                Prvi teden ostane otrok v vrtcu le nekaj ur. Vzgojiteljice vam povedo, kako poteka **uvajanje**. Prinesite copate, rezervna oblačila in plenice, če jih otrok še potrebuje.
                """),
            ["en"] = (
                "Enrolling in kindergarten",
                "Who can go to kindergarten, how to enrol, what it costs and how the first days go.",
                """
                ## Who can go to kindergarten

                Children from **11 months** of age until they start school. Kindergarten is not compulsory, but it is the best way for a child to learn Slovenian and make friends.

                ## How do I enrol my child?

                1. Fill in the **enrolment form**. You get it at Litija Kindergarten or on its website.
                2. Hand it in in person or by e-mail. The main enrolment is in **spring**; during the year children are taken when a place is free.
                3. The kindergarten tells you whether your child has a place.
                4. Before the first day you need a **medical certificate** from the paediatrician.

                ## What does it cost?

                The fee depends on family income. You apply for a **lower kindergarten fee** at the Social Work Centre or on [eUprava](https://e-uprava.gov.si). Without an application you pay the full price, so apply at once.

                ## The first days

                In the first week your child stays at kindergarten only a few hours. The teachers explain how **settling in** works. Bring slippers, spare clothes and nappies if your child still needs them.
                """),
        }),
    ];

    private static Hours At(string opens, string closes, params DayOfWeek[] days) => new(days, opens, closes);

    /// <summary>The usual hours of Slovenian public offices: Mon 8–15, Wed 8–17, Fri 8–13, with a lunch break on Mon and Wed.</summary>
    private static Hours[] OfficeHours() =>
    [
        At("08:00", "12:00", Monday, Wednesday),
        At("13:00", "15:00", Monday),
        At("13:00", "17:00", Wednesday),
        At("08:00", "13:00", Friday),
    ];
}
