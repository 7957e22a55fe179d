using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Help;
using Involvim.Web.Features.Matching;
using Involvim.Web.Features.Volunteers;
using Involvim.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Demo;

/// <summary>
/// Demo volunteers and help requests for Litija: 25 volunteers speaking the region's newcomer languages and
/// requests in every state. Only <c>volunteer@litija.example</c> can sign in; the others are profiles without a
/// password. Demo requests have no contact details and no known tracking code.
/// </summary>
public static class DemoHelpSeeder
{
    public static readonly string[] Areas = ["Litija", "Šmartno pri Litiji", "Gabrovka", "Kresnice", "Vače", "Polšnik"];

    private sealed record DemoVolunteer(string Name, string Languages, string Skills, string Areas, string Times, bool Vetted = false, int Max = 2);

    // Languages "code:level", skills = category codes, times = WeeklySlots tokens.
    private static readonly DemoVolunteer[] Volunteers =
    [
        new("Ana Kovač", "sl:native,en:fluent,de:basic", "documents-permits,education-schools", "Litija", "mon-evening,wed-evening,sat-morning", true),
        new("Amra Hodžić", "bs:native,sl:fluent,en:basic", "documents-permits,health,family-children", "", "tue-evening,thu-evening", true, 3),
        new("Edin Begić", "bs:native,sl:fluent", "housing,jobs-training", "Litija,Kresnice", "sat-morning,sat-afternoon"),
        new("Arben Krasniqi", "sq:native,sl:fluent,en:fluent", "work-rights,documents-permits", "", "mon-evening,fri-evening"),
        new("Valbona Gashi", "sq:native,sl:basic,en:fluent", "family-children,education-schools", "Šmartno pri Litiji", "tue-morning,thu-morning", true),
        new("Marija Stojanovska", "mk:native,sl:fluent,sr:fluent", "health,money-taxes", "Litija", "wed-afternoon,fri-afternoon"),
        new("Goran Petrovski", "mk:native,sl:fluent,en:basic", "transport,leisure-hobbies", "", "sun-afternoon"),
        new("Olena Shevchenko", "uk:native,ru:fluent,sl:fluent,en:fluent", "documents-permits,housing,language-learning", "Litija", "mon-evening,tue-evening,wed-evening", true, 3),
        new("Iryna Bondarenko", "uk:native,ru:native,sl:basic,en:basic", "family-children,health", "Litija,Vače", "thu-afternoon,fri-afternoon"),
        new("Dmytro Melnyk", "uk:native,sl:basic,en:fluent", "jobs-training,transport", "", "sat-morning"),
        new("Ram Gurung", "ne:native,en:fluent,hi:fluent,sl:basic", "work-rights,jobs-training,housing", "Litija", "sun-morning,sun-afternoon"),
        new("Sita Tamang", "ne:native,en:fluent,sl:fluent", "health,documents-permits", "", "tue-evening,sat-afternoon", true),
        new("Bikash Thapa", "ne:native,en:basic", "leisure-hobbies,community-culture", "Gabrovka", "sun-afternoon"),
        new("Layla Haddad", "ar:native,en:fluent,sl:fluent", "documents-permits,health,family-children", "", "mon-afternoon,wed-afternoon", true),
        new("Omar Saleh", "ar:native,fa:basic,en:fluent", "housing,jobs-training", "Litija", "fri-evening,sat-evening"),
        new("Mina Rahimi", "fa:native,en:fluent,sl:basic", "education-schools,language-learning", "", "wed-morning"),
        new("John Byrne", "en:native,sl:fluent", "language-learning,leisure-hobbies", "Litija", "mon-evening,thu-evening"),
        new("Mojca Zupan", "sl:native,en:fluent,hr:fluent", "language-learning,education-schools", "Šmartno pri Litiji", "tue-afternoon,thu-afternoon", true),
        new("Janez Novak", "sl:native,de:fluent", "transport,housing", "Litija,Polšnik", "sat-morning,sun-morning"),
        new("Petra Kranjc", "sl:native,en:fluent,it:basic", "health,money-taxes", "", "wed-evening"),
        new("Tomaž Hribar", "sl:native,en:basic,bs:basic", "jobs-training,work-rights", "Litija", "fri-afternoon"),
        new("Katja Vidmar", "sl:native,en:fluent,uk:basic", "family-children,community-culture", "", "sat-afternoon,sun-afternoon", true),
        new("Nikola Jovanović", "sr:native,sl:fluent,mk:fluent,bs:fluent", "documents-permits,transport", "Kresnice", "mon-morning,tue-morning"),
        new("Hana Begović", "bs:native,en:fluent,sl:fluent", "language-learning,emergency-safety", "", "thu-evening"),
    ];

    public static async Task<int> SeedAsync(AppDbContext db, UserManager<AppUser> users, Guid regionId, Guid lukaUserId, DateTime now, CancellationToken ct)
    {
        if (await db.Volunteers.IgnoreQueryFilters([AppDbContext.RegionFilter]).AnyAsync(v => v.RegionId == regionId, ct))
        {
            return 0;
        }

        var region = await db.Regions.FirstAsync(r => r.Id == regionId, ct);
        if (region.Areas.Count == 0)
        {
            region.Areas = [.. Areas];
        }

        var luka = Profile(regionId, lukaUserId, new("Luka Prostovoljec", "sl:native,en:fluent,bs:basic,uk:basic", "documents-permits,language-learning,housing,transport", "", "mon-evening,tue-evening,wed-evening,thu-evening,sat-morning", true, 3), now);
        db.Volunteers.Add(luka);
        var profiles = new List<VolunteerProfile> { luka };
        var number = 0;
        foreach (var demo in Volunteers)
        {
            number++;
            var email = $"volunteer{number:00}@litija.example";
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                // No password: demo volunteers cannot sign in (only volunteer@litija.example can).
                user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = demo.Name + " (demo)", PreferredLanguage = demo.Languages[..2], CreatedAt = now };
                var result = await users.CreateAsync(user);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("Demo volunteer: " + string.Join("; ", result.Errors.Select(e => e.Description)));
                }
            }

            db.RoleAssignments.Add(new RegionRoleAssignment { UserId = user.Id, RegionId = regionId, Role = RegionRole.Volunteer, CreatedAt = now });
            var profile = Profile(regionId, user.Id, demo, now);
            profile.AcceptedCount = number % 5;
            profile.CompletedCount = Math.Max(0, (number % 5) - (number % 3 == 0 ? 1 : 0));
            profile.LastOfferedAt = number % 4 == 0 ? now.AddDays(-(number % 9)) : null;
            profiles.Add(profile);
            db.Volunteers.Add(profile);
        }

        var olena = profiles.First(p => p.Languages[0].Code == "uk");
        var amra = profiles.First(p => p.Languages[0].Code == "bs");
        Request(db, regionId, "housing", "Iščem manjše stanovanje za družino s dvema otrokoma blizu predilnice. Delam v izmenah.", ["uk", "ru"], "Litija", HelpUrgency.High, "uk", HelpStatus.New, now.AddHours(-5));
        Request(db, regionId, "documents-permits", "Need help to fill the form for extending my residence permit. I have the papers but I do not understand the form.", ["ne", "en"], "Litija", HelpUrgency.Normal, "en", HelpStatus.New, now.AddDays(-1));
        var triaged = Request(db, regionId, "health", "طفلي مريض وأحتاج إلى شخص يرافقني إلى طبيب الأطفال ويساعدني في الترجمة.", ["ar"], "Šmartno pri Litiji", HelpUrgency.High, "ar", HelpStatus.Triaged, now.AddDays(-2));
        triaged.NeedsVetting = true;
        var offered = Request(db, regionId, "language-learning", "Želim vježbati slovenski razgovor jednom sedmično, najbolje uveče.", ["bs", "sl"], "Litija", HelpUrgency.Low, "bs", HelpStatus.Offered, now.AddDays(-1));
        Offer(db, offered, luka, OfferStatus.Pending, now.AddHours(-3), now.AddHours(21));
        var accepted = Request(db, regionId, "education-schools", "Kam da vpišem sina v osnovno šolo? Prišli smo pred enim mesecem.", ["uk", "sl"], "Litija", HelpUrgency.Normal, "uk", HelpStatus.Accepted, now.AddDays(-4));
        Offer(db, accepted, olena, OfferStatus.Accepted, now.AddDays(-3), now.AddDays(-2));
        Assign(accepted, olena, now.AddDays(-3));
        var running = Request(db, regionId, "transport", "I need to go to the administrative unit in Ljubljana on Tuesday and don't know how to get there by train.", ["en", "sl"], null, HelpUrgency.Normal, "en", HelpStatus.InProgress, now.AddDays(-6));
        Offer(db, running, luka, OfferStatus.Accepted, now.AddDays(-5), now.AddDays(-4));
        Assign(running, luka, now.AddDays(-5));
        var done = Request(db, regionId, "documents-permits", "Pomoć oko prijave boravka na upravnoj jedinici.", ["bs"], "Litija", HelpUrgency.Normal, "bs", HelpStatus.Done, now.AddDays(-12));
        Offer(db, done, amra, OfferStatus.Accepted, now.AddDays(-11), now.AddDays(-10));
        Assign(done, amra, now.AddDays(-11));
        done.HoursSpent = 2.5m;
        done.ClosedAt = now.AddDays(-9);
        done.Feedback = HelpFeedback.Helped;
        Request(db, regionId, "leisure-hobbies", "Looking for a cricket team or people who play cricket on Sundays.", ["ne", "en"], null, HelpUrgency.Low, "ne", HelpStatus.Unmet, now.AddDays(-20)).ClosedAt = now.AddDays(-6);
        Request(db, regionId, "money-taxes", "Kako oddam dohodninsko napoved? Našla sem že pomoč.", ["mk", "sl"], "Vače", HelpUrgency.Low, "mk", HelpStatus.Cancelled, now.AddDays(-8)).ClosedAt = now.AddDays(-7);
        await db.SaveChangesAsync(ct);
        return profiles.Count;
    }

    private static VolunteerProfile Profile(Guid regionId, Guid userId, DemoVolunteer demo, DateTime now)
    {
        WeeklySlots.TryParse(demo.Times, out var slots);
        return new VolunteerProfile
        {
            RegionId = regionId,
            UserId = userId,
            Approval = VolunteerApproval.Approved,
            Vetted = demo.Vetted,
            VettingNote = demo.Vetted ? "Demo: certificate of no criminal record seen." : null,
            Languages = VolunteerProfileConfiguration.ParseLanguages(demo.Languages).ToList(),
            Skills = demo.Skills.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
            Areas = demo.Areas.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
            AvailableSlots = slots,
            MaxActiveTasks = demo.Max,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private static HelpRequest Request(AppDbContext db, Guid regionId, string category, string text, List<string> languages, string? area, HelpUrgency urgency, string language, HelpStatus status, DateTime at)
    {
        var request = new HelpRequest
        {
            RegionId = regionId,
            Category = category,
            Description = text,
            Languages = languages,
            Area = area,
            Urgency = urgency,
            RequesterLanguage = language,
            Status = status,
            TrackingCodeHash = TrackingCodes.Hash(TrackingCodes.New()),
            CreatedAt = at,
            UpdatedAt = at,
        };
        request.Events.Add(new HelpEvent { RequestId = request.Id, RegionId = regionId, At = at, Kind = HelpEventKinds.Submitted });
        db.HelpRequests.Add(request);
        return request;
    }

    private static void Offer(AppDbContext db, HelpRequest request, VolunteerProfile volunteer, OfferStatus status, DateTime at, DateTime expires)
    {
        db.HelpOffers.Add(new HelpOffer
        {
            RequestId = request.Id,
            RegionId = request.RegionId,
            VolunteerId = volunteer.Id,
            BatchId = Guid.CreateVersion7(),
            Status = status,
            OfferedAt = at,
            ExpiresAt = expires,
            AnsweredAt = status == OfferStatus.Pending ? null : at.AddHours(2),
            Score = 50,
        });
        request.Events.Add(new HelpEvent { RequestId = request.Id, RegionId = request.RegionId, At = at, Kind = HelpEventKinds.Offered, VolunteerId = volunteer.Id });
    }

    private static void Assign(HelpRequest request, VolunteerProfile volunteer, DateTime at)
    {
        request.VolunteerId = volunteer.Id;
        request.AcceptedAt = at.AddHours(2);
        volunteer.AcceptedCount++;
        request.Events.Add(new HelpEvent { RequestId = request.Id, RegionId = request.RegionId, At = at.AddHours(2), Kind = HelpEventKinds.Accepted, VolunteerId = volunteer.Id });
        if (request.Status == HelpStatus.Done)
        {
            volunteer.CompletedCount++;
        }
    }
}
