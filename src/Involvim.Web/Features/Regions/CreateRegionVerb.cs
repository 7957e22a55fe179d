using System.CommandLine;
using Involvim.Web.Infrastructure.Cli;
using Involvim.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Regions;

/// <summary><c>create-region --slug S --name N --default-language L --languages L1,L2 [--timezone TZ]</c></summary>
internal sealed class CreateRegionVerb : ICliVerb
{
    public Command Create(IServiceProvider services)
    {
        var slug = new Option<string>("--slug") { Required = true, Description = "URL name, e.g. louth" };
        var name = new Option<string>("--name") { Required = true, Description = "Name in the default language" };
        var defaultLanguage = new Option<string>("--default-language") { Required = true, Description = "e.g. sl" };
        var languages = new Option<string>("--languages") { Required = true, Description = "Comma-separated, e.g. sl,en,uk" };
        var timeZone = new Option<string>("--timezone") { DefaultValueFactory = _ => "Europe/Ljubljana", Description = "IANA timezone" };
        var command = new Command("create-region", "Create a region.") { slug, name, defaultLanguage, languages, timeZone };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var administration = scope.ServiceProvider.GetRequiredService<RegionAdministration>();
            var t = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
            var main = parse.GetValue(defaultLanguage)!.Trim().ToLowerInvariant();
            var list = parse.GetValue(languages)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(l => l.ToLowerInvariant()).Union([main]).ToList();
            var settings = new RegionSettings(main, list, parse.GetValue(timeZone)!, null, null, null, 180,
                new Dictionary<string, (string, string?)> { [main] = (parse.GetValue(name)!.Trim(), null) });

            using var english = new CultureScope("en");
            var (region, problems) = await administration.CreateAsync(parse.GetValue(slug)!.Trim().ToLowerInvariant(), settings, isDemo: false, ct);
            if (region is null)
            {
                throw new CliFailure($"{problems[0].Field}: {t[problems[0].MessageKey]}");
            }

            Console.WriteLine($"create-region: created '{region.Slug}' ({string.Join(",", region.EnabledLanguages)}); open /{region.Slug}/{region.DefaultLanguage}/");
            return 0;
        });
        return command;
    }
}
