using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Jobs;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Search;

public static class SearchSetup
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SearchIndexCache>();
        builder.Services.AddSingleton<IDirectorySearch>(sp => sp.GetRequiredService<SearchIndexCache>());
        builder.Services.AddSingleton<Listings.IPublicChangeListener>(sp => sp.GetRequiredService<SearchIndexCache>());
        builder.Services.AddSingleton<SearchChangeFollower>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SearchChangeFollower>());
        builder.Services.AddSingleton<IRecurringJob, DirectoryChangeCleanupJob>();
        builder.Services.AddSingleton<IRecurringJob, FailedSearchRetentionJob>();
        return builder;
    }

    public static WebApplication MapSearch(this WebApplication app)
    {
        // Short addresses on paper (/{region}/s/{code}): to the page in the reader's language (issue 16, print).
        app.MapGet("/{region:slug}/s/{code:regex(^[0-9a-z]{{10}}$)}", GoShort).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/api/v1/regions/{region:slug}/search", Search)
            .AllowAnonymous()
            .WithTags("Search")
            .WithName("Search")
            .WithSummary("Searches the region's services, organisations and guides in any language; best first. ?q= (1–200 characters), ?lang=, ?limit= (1–50, default 20).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> GoShort(string code, HttpRequest request, RegionContext here, SearchIndexCache cache, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        var index = await cache.GetAsync(region.Id, ct);
        var document = index.Documents.FirstOrDefault(d => Infrastructure.Web.ShortLinks.Code(d.Id) == code);
        if (document is null)
        {
            return Results.NotFound();
        }

        var language = Infrastructure.Localization.UiLanguages.BestMatch(request.Headers.AcceptLanguage.ToString(), region.EnabledLanguages) ?? region.DefaultLanguage;
        return Results.Redirect(UrlFor(document, region.Slug, language));
    }

    public sealed record SearchResultDto(string Type, Guid Id, string Title, string Url);

    public sealed record SearchResponse(string Query, string Language, IReadOnlyList<SearchResultDto> Results);

    public static string UrlFor(SearchDocument document, string region, string language) => document.Type switch
    {
        DirectoryChanges.Service => $"/{region}/{language}/services/{document.Id}",
        DirectoryChanges.Organization => $"/{region}/{language}/organizations/{document.Id}",
        _ => $"/{region}/{language}/guides/{document.Slug}",
    };

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> Search(
        string? q, int? limit, RegionContext here, SearchIndexCache cache, AppDbContext db, TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var query = (q ?? "").Trim();
        if (query.Length is 0 or > FailedSearches.MaxQueryLength || limit is < 1 or > 50)
        {
            var errors = new Dictionary<string, string[]>();
            if (query.Length is 0 or > FailedSearches.MaxQueryLength)
            {
                errors["q"] = [t["Search.Error.Query"]];
            }

            if (limit is < 1 or > 50)
            {
                errors["limit"] = [t["Search.Error.Limit"]];
            }

            return TypedResults.ValidationProblem(errors, title: t["Error.400.Title"]);
        }

        var region = here.RequiredRegion;
        var index = await cache.GetAsync(region.Id, ct);
        var results = index.Search(query, here.Language, limit ?? 20)
            .Select(r => new SearchResultDto(r.Document.Type, r.Document.Id, r.Document.TitleIn(here.Language, region.DefaultLanguage), UrlFor(r.Document, region.Slug, here.Language)))
            .ToList();
        if (results.Count == 0)
        {
            await FailedSearches.RecordAsync(db, region.Id, here.Language, query, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        }

        return TypedResults.Ok(new SearchResponse(query, here.Language, results));
    }
}

/// <summary>The change log only needs to outlive the slowest instance's poll: keep two days.</summary>
internal sealed class DirectoryChangeCleanupJob(TimeProvider clock) : IRecurringJob
{
    public string Name => "directory-change-cleanup";

    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-2);
        await services.GetRequiredService<AppDbContext>().DirectoryChanges.Where(c => c.At < before).ExecuteDeleteAsync(ct);
    }
}
