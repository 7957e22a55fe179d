using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Regions;

public static class RegionsSetup
{
    public static WebApplicationBuilder AddRegions(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RegionDirectory>();
        builder.Services.AddScoped<RegionAdministration>();
        builder.Services.AddSingleton<Infrastructure.Cli.ICliVerb, CreateRegionVerb>();
        builder.Services.Configure<RouteOptions>(o =>
        {
            o.ConstraintMap["slug"] = typeof(SlugRouteConstraint);
            o.ConstraintMap["lang"] = typeof(LanguageRouteConstraint);
            o.LowercaseUrls = true;
        });
        return builder;
    }

    /// <summary>Sets region, language and culture from the route; after UseRouting, before authentication.</summary>
    public static WebApplication UseRegionRouting(this WebApplication app)
    {
        app.UseMiddleware<RegionRoutingMiddleware>();
        return app;
    }

    public static WebApplication MapRegions(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/regions").WithTags("Regions").AllowAnonymous();
        api.MapGet("/", ListRegions).WithName("ListRegions").WithSummary("Lists the active regions with their languages.");
        api.MapGet("/{region:slug}", GetRegion).WithName("GetRegion").WithSummary("One region: names, languages, timezone, contact.");

        var staff = app.MapGroup("/api/v1/regions").WithTags("Regions (staff)");
        staff.MapPut("/{region:slug}/settings", PutSettings)
            .RequireAuthorization(Policies.RegionCoordinator)
            .WithName("UpdateRegionSettings")
            .WithSummary("Replaces the region's settings (coordinators). Texts are per language; the default language's text is the source.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/", PostRegion)
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName("CreateRegion")
            .WithSummary("Creates a region (platform administrators).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public sealed record RegionDto(string Slug, string Name, IReadOnlyDictionary<string, string> Names, string DefaultLanguage, IReadOnlyList<string> Languages, string TimeZone, string? ContactEmail, string? ContactPhone, bool IsDemo, string Url);

    private static RegionDto ToDto(RegionSnapshot r, string language) => new(
        r.Slug, r.NameIn(language), r.Names, r.DefaultLanguage, r.EnabledLanguages, r.TimeZone, r.ContactEmail, r.ContactPhone, r.IsDemo, $"/{r.Slug}/{r.DefaultLanguage}/");

    private static async Task<Ok<RegionDto[]>> ListRegions(RegionDirectory regions, RegionContext here, CancellationToken ct)
    {
        var all = await regions.AllAsync(ct);
        return TypedResults.Ok(all.Where(r => r.IsActive).Select(r => ToDto(r, here.Language)).ToArray());
    }

    /// <summary>The settings as JSON (<c>PUT /settings</c>, <c>POST /regions</c>).</summary>
    public sealed record RegionSettingsDto(
        string DefaultLanguage,
        string[] Languages,
        string TimeZone,
        string? ContactEmail,
        string? ContactPhone,
        string? Website,
        int RetentionDays,
        Dictionary<string, RegionTextDto> Texts);

    public sealed record RegionTextDto(string Name, string? Introduction);

    public sealed record NewRegionDto(string Slug, RegionSettingsDto Settings);

    private static RegionSettings ToSettings(RegionSettingsDto dto) => new(
        dto.DefaultLanguage ?? "",
        dto.Languages ?? [],
        dto.TimeZone ?? "",
        dto.ContactEmail,
        dto.ContactPhone,
        dto.Website,
        dto.RetentionDays,
        (dto.Texts ?? []).ToDictionary(kv => kv.Key, kv => (kv.Value?.Name ?? "", kv.Value?.Introduction)));

    private static ValidationProblem Problem(IEnumerable<RegionProblem> problems, IStringLocalizer<SharedResource> t) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => t[p.MessageKey].Value).ToArray()),
            title: t["Error.400.Title"]);

    private static async Task<Results<Ok<RegionDto>, ValidationProblem>> PutSettings(
        RegionSettingsDto body, RegionContext here, RegionAdministration administration, RegionDirectory regions, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var problems = await administration.UpdateAsync(here.RequiredRegion.Id, ToSettings(body), ct);
        if (problems.Count > 0)
        {
            return Problem(problems, t);
        }

        var updated = await regions.FindAsync(here.RequiredRegion.Slug, ct);
        return TypedResults.Ok(ToDto(updated!, here.Language));
    }

    private static async Task<Results<Created<RegionDto>, ValidationProblem>> PostRegion(
        NewRegionDto body, RegionAdministration administration, RegionDirectory regions, RegionContext here, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var (region, problems) = await administration.CreateAsync((body.Slug ?? "").Trim().ToLowerInvariant(), ToSettings(body.Settings ?? new RegionSettingsDto("", [], "", null, null, null, 0, [])), isDemo: false, ct);
        if (region is null)
        {
            return Problem(problems, t);
        }

        var snapshot = await regions.FindAsync(region.Slug, ct);
        return TypedResults.Created($"/api/v1/regions/{region.Slug}", ToDto(snapshot!, here.Language));
    }

    private static Ok<RegionDto> GetRegion(RegionContext here) =>
        // The middleware has already answered 404 for an unknown region.
        TypedResults.Ok(ToDto(here.RequiredRegion, here.Language));
}
