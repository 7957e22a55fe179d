using System.CommandLine;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Cli;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Demo;

/// <summary>Seeds the demo regions, organisations and accounts; adds only what is missing, so it can run again.</summary>
internal sealed class DemoSeeder(
    AppDbContext db,
    RegionAdministration regions,
    UserManager<AppUser> users,
    TimeProvider clock) : IStartupSeeder
{
    public Task SeedAsync(IServiceProvider services, CancellationToken ct) => SeedAsync(ct);

    public async Task<int> SeedAsync(CancellationToken ct)
    {
        var created = 0;
        var regionIds = new Dictionary<string, Guid>();
        var organizationIds = new Dictionary<string, Guid>();
        foreach (var demo in new[] { DemoData.Litija, DemoData.Louth })
        {
            var region = await db.Regions.FirstOrDefaultAsync(r => r.Slug == demo.Slug, ct);
            if (region is null)
            {
                var settings = new RegionSettings(demo.DefaultLanguage, demo.Languages, demo.TimeZone, demo.Email, demo.Phone, demo.Website, 180, demo.Texts);
                var (made, problems) = await regions.CreateAsync(demo.Slug, settings, isDemo: true, ct);
                region = made ?? throw new InvalidOperationException($"Demo region {demo.Slug} is invalid: {problems[0].Field}");
                created++;
            }

            regionIds[demo.Slug] = region.Id;
            var existing = await db.Organizations.IgnoreQueryFilters([AppDbContext.RegionFilter])
                .Where(o => o.RegionId == region.Id)
                .Include(o => o.Translations)
                .ToListAsync(ct);
            foreach (var org in demo.Organizations)
            {
                var sourceName = org.Texts[demo.DefaultLanguage].Name;
                var organization = existing.FirstOrDefault(o => o.Translations.Any(t => t.Name == sourceName));
                if (organization is null)
                {
                    organization = NewOrganization(region.Id, demo.DefaultLanguage, org);
                    db.Organizations.Add(organization);
                    created++;
                }

                organizationIds[$"{demo.Slug}/{org.Key}"] = organization.Id;
            }

            await db.SaveChangesAsync(ct);
            if (demo == DemoData.Litija)
            {
                var keys = demo.Organizations.ToDictionary(o => o.Key, o => organizationIds[$"{demo.Slug}/{o.Key}"]);
                created += await DemoDirectorySeeder.SeedAsync(db, region.Id, demo.DefaultLanguage, keys, clock.GetUtcNow().UtcDateTime, ct);
                created += await DemoEventSeeder.SeedAsync(db, region.Id, region.TimeZone, demo.DefaultLanguage, keys, clock.GetUtcNow().UtcDateTime, ct);
            }
        }

        foreach (var account in DemoData.Accounts)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new AppUser
                {
                    UserName = account.Email,
                    Email = account.Email,
                    EmailConfirmed = true,
                    DisplayName = account.Name,
                    PreferredLanguage = account.Language,
                    IsPlatformAdmin = account.PlatformAdmin,
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                };
                var result = await users.CreateAsync(user, DemoData.Password);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("Demo account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
                }

                created++;
            }

            if (account.Region is null || account.Role is null)
            {
                continue;
            }

            var regionId = regionIds[account.Region];
            var hasRole = await db.RoleAssignments.IgnoreQueryFilters([AppDbContext.RegionFilter])
                .AnyAsync(a => a.UserId == user.Id && a.RegionId == regionId && a.Role == account.Role, ct);
            if (!hasRole)
            {
                db.RoleAssignments.Add(new RegionRoleAssignment
                {
                    UserId = user.Id,
                    RegionId = regionId,
                    Role = account.Role.Value,
                    OrganizationId = account.OrganizationKey is null ? null : organizationIds[$"{account.Region}/{account.OrganizationKey}"],
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                });
                await db.SaveChangesAsync(ct);
            }
        }

        var luka = await users.FindByEmailAsync("volunteer@litija.example");
        if (luka is not null)
        {
            created += await DemoHelpSeeder.SeedAsync(db, users, regionIds[DemoData.Litija.Slug], luka.Id, clock.GetUtcNow().UtcDateTime, ct);
        }

        if (await users.FindByEmailAsync("translator@litija.example") is { } olena)
        {
            created += await DemoTranslationSeeder.SeedAsync(db, regionIds[DemoData.Litija.Slug], olena.Id, clock.GetUtcNow().UtcDateTime, ct);
        }

        return created;
    }

    private Organization NewOrganization(Guid regionId, string sourceLanguage, DemoData.DemoOrganization demo)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var organization = new Organization { RegionId = regionId, Kind = demo.Kind, Website = demo.Website, IsDemo = true, CreatedAt = now, UpdatedAt = now };
        foreach (var (language, text) in demo.Texts.OrderBy(kv => kv.Key == sourceLanguage ? 0 : 1))
        {
            ContentTranslations.Write(
                organization.Translations,
                language,
                language == sourceLanguage ? TranslationStatus.Source : TranslationStatus.Human,
                now,
                () => new OrganizationTranslation { OrganizationId = organization.Id },
                row =>
                {
                    row.Name = text.Name;
                    row.Description = text.Description;
                    return true;
                });
        }

        return organization;
    }
}

/// <summary><c>seed-demo</c>: adds the demo regions and accounts to the configured database.</summary>
internal sealed class SeedDemoVerb : ICliVerb
{
    public Command Create(IServiceProvider services)
    {
        var command = new Command("seed-demo", "Add the demo regions (litija, louth), organisations and accounts.");
        command.SetAction(async (_, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
            Console.WriteLine(created == 0 ? "seed-demo: the demo data is already there" : $"seed-demo: added {created} demo record(s)");
            DemoSetup.PrintAccounts(Console.Out);
            return 0;
        });
        return command;
    }
}

public static class DemoSetup
{
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<IStartupSeeder>(sp => sp.GetRequiredService<DemoSeeder>());
        builder.Services.AddSingleton<ICliVerb, SeedDemoVerb>();
        return builder;
    }

    public static void PrintAccounts(TextWriter output)
    {
        output.WriteLine($"Demo accounts (password for all: {DemoData.Password}; coordinators and the admin set up two-factor sign-in at first sign-in):");
        foreach (var account in DemoData.Accounts)
        {
            var role = account.PlatformAdmin ? "platform-admin" : $"{account.Role!.Value.Code()} in {account.Region}";
            output.WriteLine($"  {account.Email,-30} {role}");
        }
    }
}
