using System.Globalization;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Search;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Outbox;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Hsds;

/// <summary>
/// The public, read-only Open Referral HSDS 3.0 API of a region: <c>/api/hsds/{region}/...</c>. Only published
/// services are shown, and only organisations with at least one published service. <c>?lang=</c> picks the
/// content language (one the region offers, else its default; each text falls back as on the pages).
/// </summary>
internal static class HsdsApi
{
    /// <summary>How many search hits a search filter considers (best first).</summary>
    public const int SearchHitLimit = 1000;

    public const string Profile = "https://docs.openreferral.org/en/v3.0/";

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/hsds/{region:slug}").WithTags("HSDS").AllowAnonymous();
        api.MapGet("/", GetRoot)
            .WithName("HsdsRoot")
            .WithSummary("HSDS: the API's HSDS version (3.0), profile and OpenAPI document.")
            .Produces<HsdsRoot>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/services", ListServices)
            .WithName("HsdsListServices")
            .WithSummary("HSDS: a page of the region's published services (one-to-one fields; full=true for nested). Filters search, taxonomy_term_id, taxonomy_id, organization_id, modified_after combine with AND; page (1…), per_page (1–100, default 50).")
            .Produces<HsdsPage<HsdsService>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/services/{id}", GetService)
            .WithName("HsdsGetService")
            .WithSummary("HSDS: one published service, fully nested.")
            .Produces<HsdsService>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/organizations", ListOrganizations)
            .WithName("HsdsListOrganizations")
            .WithSummary("HSDS: a page of the organisations that have at least one published service. Filter search; page, per_page.")
            .Produces<HsdsPage<HsdsOrganization>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/organizations/{id}", GetOrganization)
            .WithName("HsdsGetOrganization")
            .WithSummary("HSDS: one organisation with its published services (one-to-one fields; full_service=true for nested).")
            .Produces<HsdsOrganization>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/taxonomies", ListTaxonomies)
            .WithName("HsdsListTaxonomies")
            .WithSummary("HSDS: the taxonomies in use: one, \"Involvim categories\".")
            .Produces<HsdsPage<HsdsTaxonomy>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/taxonomies/{id}", GetTaxonomy)
            .WithName("HsdsGetTaxonomy")
            .WithSummary("HSDS: one taxonomy.")
            .Produces<HsdsTaxonomy>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/taxonomy_terms", ListTaxonomyTerms)
            .WithName("HsdsListTaxonomyTerms")
            .WithSummary("HSDS: the 14 service categories as taxonomy terms (code = category code, name in the language asked for). Filters search, taxonomy_id, parent_id, top_only.")
            .Produces<HsdsPage<HsdsTaxonomyTerm>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/taxonomy_terms/{id}", GetTaxonomyTerm)
            .WithName("HsdsGetTaxonomyTerm")
            .WithSummary("HSDS: one taxonomy term (a service category).")
            .Produces<HsdsTaxonomyTerm>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/service_at_locations", ListServiceAtLocations)
            .WithName("HsdsListServiceAtLocations")
            .WithSummary("HSDS: a page of the places where published services are offered, with the location and the service. Same filters as /services.")
            .Produces<HsdsPage<HsdsServiceAtLocation>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/service_at_locations/{id}", GetServiceAtLocation)
            .WithName("HsdsGetServiceAtLocation")
            .WithSummary("HSDS: one service at a location, with the full location and the full service.")
            .Produces<HsdsServiceAtLocation>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static JsonHttpResult<T> Json<T>(T value) => TypedResults.Json(value, HsdsJson.Options);

    private static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);

    private static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem($"There is no {what} with id {id} in this region.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult SearchUnavailable() =>
        TypedResults.Problem("The search filter is not available on this server right now.", statusCode: StatusCodes.Status503ServiceUnavailable);

    private static HsdsMapper Mapper(RegionContext here, IStringLocalizer<SharedResource> t) =>
        new(t, here.Language, here.RequiredRegion.DefaultLanguage);

    private static JsonHttpResult<HsdsRoot> GetRoot(PublicLinks links) => Json(new HsdsRoot
    {
        Version = "3.0",
        Profile = Profile,
        OpenApiUrl = links.Absolute("/openapi/v1.json"),
    });

    // ---------------------------------------------------------------- services

    /// <summary>The filters of /services and /service_at_locations, parsed.</summary>
    private sealed record ServiceFilters(string? Search, string? CategoryCode, bool NoCategory, Guid? TaxonomyId, Guid? OrganizationId, DateTime? ModifiedAfter, bool Full, int Page, int PerPage);

    private static (ServiceFilters? Filters, string? Problem) Read(ServiceListQuery q)
    {
        var reader = new HsdsFilterReader();
        reader.Paging(q.Page, q.PerPage, q.Format);
        var search = reader.Search(q.Search);
        var termId = reader.Uuid("taxonomy_term_id", q.TaxonomyTermId);
        var taxonomyId = reader.Uuid("taxonomy_id", q.TaxonomyId);
        var organizationId = reader.Uuid("organization_id", q.OrganizationId);
        var modifiedAfter = reader.DateTimeValue("modified_after", q.ModifiedAfter);
        var full = reader.Flag("full", q.Full);
        if (reader.Problem is not null)
        {
            return (null, reader.Problem);
        }

        // A term id that is none of our categories is a valid filter that matches nothing.
        var code = termId is null ? null : Categories.Codes.FirstOrDefault(c => Categories.TermId(c) == termId.Value);
        return (new ServiceFilters(search, code, termId is not null && code is null, taxonomyId, organizationId, modifiedAfter, full, reader.Page, reader.PerPage), null);
    }

    /// <summary>The region's published services that pass the filters, and the search ranking when there is one.</summary>
    private static async Task<(IQueryable<ServiceListing> Query, List<Guid>? Ranked)> FilterAsync(
        AppDbContext db, RegionSnapshot region, string language, ServiceFilters f, IDirectorySearch? search, CancellationToken ct)
    {
        var query = HsdsQueries.PublishedServices(db, region.Id);
        if (f.NoCategory || (f.TaxonomyId is { } taxonomy && taxonomy != HsdsMapper.TaxonomyId))
        {
            query = query.Where(s => false);
        }

        if (f.CategoryCode is { } code)
        {
            query = query.Where(s => s.Categories.Contains(code));
        }

        if (f.TaxonomyId is not null)
        {
            query = query.Where(s => s.Categories.Count > 0);
        }

        if (f.OrganizationId is { } organizationId)
        {
            query = query.Where(s => s.OrganizationId == organizationId);
        }

        if (f.ModifiedAfter is { } after)
        {
            query = query.Where(s => s.UpdatedAt >= after || s.Organization!.UpdatedAt >= after || s.Locations.Any(l => l.Location!.UpdatedAt >= after));
        }

        List<Guid>? ranked = null;
        if (f.Search is { } text)
        {
            var hits = await search!.SearchAsync(region, language, text, SearchHitLimit, new HashSet<string>(StringComparer.Ordinal) { DirectoryChanges.Service }, ct);
            ranked = hits.Where(h => h.Type == DirectoryChanges.Service).Select(h => h.Id).Distinct().ToList();
            var candidates = ranked.ToArray();
            query = query.Where(s => candidates.Contains(s.Id));
        }

        return (query, ranked);
    }

    /// <summary>The ids of one page: by search rank when searching, else by id (stable across pages).</summary>
    private static async Task<(List<Guid> Ids, int Total)> PageIdsAsync(IQueryable<ServiceListing> query, List<Guid>? ranked, int page, int perPage, CancellationToken ct)
    {
        if (ranked is not null)
        {
            var matching = (await query.Select(s => s.Id).ToListAsync(ct)).ToHashSet();
            var ordered = ranked.Where(matching.Contains).ToList();
            return (ordered.Skip(HsdsPaging.Skip(page, perPage)).Take(perPage).ToList(), ordered.Count);
        }

        var total = await query.CountAsync(ct);
        var ids = await query.OrderBy(s => s.Id).Skip(HsdsPaging.Skip(page, perPage)).Take(perPage).Select(s => s.Id).ToListAsync(ct);
        return (ids, total);
    }

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsService>>, ProblemHttpResult>> ListServices(
        [AsParameters] ServiceListQuery q, RegionContext here, AppDbContext db, IStringLocalizer<SharedResource> t,
        [FromServices] IDirectorySearch? search, CancellationToken ct)
    {
        var (f, problem) = Read(q);
        if (f is null)
        {
            return BadRequest(problem!);
        }

        if (f.Search is not null && search is null)
        {
            return SearchUnavailable();
        }

        var region = here.RequiredRegion;
        var (query, ranked) = await FilterAsync(db, region, here.Language, f, search, ct);
        var (ids, total) = await PageIdsAsync(query, ranked, f.Page, f.PerPage, ct);
        var services = await HsdsQueries.LoadAsync(db, region.Id, ids, ct, full: f.Full);
        var map = Mapper(here, t);
        var contents = services.Select(s => f.Full ? map.FullService(s) : map.BriefService(s)).ToList();
        return Json(HsdsPaging.Page(contents, total, f.Page, f.PerPage));
    }

    private static async Task<Results<JsonHttpResult<HsdsService>, ProblemHttpResult>> GetService(
        string id, RegionContext here, AppDbContext db, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (!HsdsFilterReader.IsUuid(id, out var serviceId))
        {
            return BadRequest($"id must be a UUID, not '{Shorten(id)}'.");
        }

        var region = here.RequiredRegion;
        var service = (await HsdsQueries.LoadAsync(db, region.Id, [serviceId], ct)).FirstOrDefault();
        return service is null ? NotFound("published service", id) : Json(Mapper(here, t).FullService(service));
    }

    // ---------------------------------------------------------------- organisations

    /// <summary>The organisations shown: those with at least one published service.</summary>
    private static IQueryable<Organization> ListedOrganizations(AppDbContext db, Guid regionId)
    {
        var providers = HsdsQueries.PublishedServices(db, regionId).Select(s => s.OrganizationId);
        return db.Organizations.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(o => o.RegionId == regionId && providers.Contains(o.Id));
    }

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsOrganization>>, ProblemHttpResult>> ListOrganizations(
        [AsParameters] OrganizationListQuery q, RegionContext here, AppDbContext db, IStringLocalizer<SharedResource> t,
        [FromServices] IDirectorySearch? search, CancellationToken ct)
    {
        var reader = new HsdsFilterReader();
        reader.Paging(q.Page, q.PerPage, q.Format);
        var text = reader.Search(q.Search);
        reader.Flag("full_service", q.FullService);
        if (reader.Problem is not null)
        {
            return BadRequest(reader.Problem);
        }

        var region = here.RequiredRegion;
        var query = ListedOrganizations(db, region.Id);
        List<Guid> ids;
        int total;
        if (text is not null)
        {
            if (search is null)
            {
                return SearchUnavailable();
            }

            var hits = await search.SearchAsync(region, here.Language, text, SearchHitLimit, new HashSet<string>(StringComparer.Ordinal) { DirectoryChanges.Organization }, ct);
            var ranked = hits.Where(h => h.Type == DirectoryChanges.Organization).Select(h => h.Id).Distinct().ToList();
            var candidates = ranked.ToArray();
            var matching = (await query.Where(o => candidates.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct)).ToHashSet();
            var ordered = ranked.Where(matching.Contains).ToList();
            total = ordered.Count;
            ids = ordered.Skip(HsdsPaging.Skip(reader.Page, reader.PerPage)).Take(reader.PerPage).ToList();
        }
        else
        {
            total = await query.CountAsync(ct);
            ids = await query.OrderBy(o => o.Id).Skip(HsdsPaging.Skip(reader.Page, reader.PerPage)).Take(reader.PerPage).Select(o => o.Id).ToListAsync(ct);
        }

        var page = ids.ToArray();
        var organizations = await query.AsNoTracking().Include(o => o.Translations).Where(o => page.Contains(o.Id)).ToListAsync(ct);
        var map = Mapper(here, t);
        var contents = ids.Select(id => organizations.First(o => o.Id == id)).Select(o => map.Organization(o, withPhones: false)).ToList();
        return Json(HsdsPaging.Page(contents, total, reader.Page, reader.PerPage));
    }

    private static async Task<Results<JsonHttpResult<HsdsOrganization>, ProblemHttpResult>> GetOrganization(
        string id, [FromQuery(Name = "full_service")] string? fullService, RegionContext here, AppDbContext db, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (!HsdsFilterReader.IsUuid(id, out var organizationId))
        {
            return BadRequest($"id must be a UUID, not '{Shorten(id)}'.");
        }

        var reader = new HsdsFilterReader();
        var full = reader.Flag("full_service", fullService);
        if (reader.Problem is not null)
        {
            return BadRequest(reader.Problem);
        }

        var region = here.RequiredRegion;
        var organization = await ListedOrganizations(db, region.Id).AsNoTracking().Include(o => o.Translations).FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (organization is null)
        {
            return NotFound("organization with published services", id);
        }

        var serviceIds = await HsdsQueries.PublishedServices(db, region.Id).Where(s => s.OrganizationId == organizationId).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        var services = await HsdsQueries.LoadAsync(db, region.Id, serviceIds, ct);
        var map = Mapper(here, t);
        var result = map.Organization(organization, withPhones: true);
        result.Services = services.Select(s => full ? map.FullService(s) : map.BriefService(s)).ToList();
        return Json(result);
    }

    // ---------------------------------------------------------------- taxonomies

    private static bool Matches(string? haystack, string needle) =>
        haystack is not null && CultureInfo.CurrentCulture.CompareInfo.IndexOf(haystack, needle, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;

    private static Results<JsonHttpResult<HsdsPage<HsdsTaxonomy>>, ProblemHttpResult> ListTaxonomies(
        [AsParameters] TaxonomyListQuery q, RegionContext here, IStringLocalizer<SharedResource> t)
    {
        var reader = new HsdsFilterReader();
        reader.Paging(q.Page, q.PerPage, q.Format);
        var text = reader.Search(q.Search);
        if (reader.Problem is not null)
        {
            return BadRequest(reader.Problem);
        }

        var taxonomy = Mapper(here, t).Taxonomy();
        var all = text is null || Matches(taxonomy.Name, text) || Matches(taxonomy.Description, text) ? new[] { taxonomy } : [];
        var contents = all.Skip(HsdsPaging.Skip(reader.Page, reader.PerPage)).Take(reader.PerPage).ToList();
        return Json(HsdsPaging.Page(contents, all.Length, reader.Page, reader.PerPage));
    }

    private static Results<JsonHttpResult<HsdsTaxonomy>, ProblemHttpResult> GetTaxonomy(string id, RegionContext here, IStringLocalizer<SharedResource> t)
    {
        if (!HsdsFilterReader.IsUuid(id, out var taxonomyId))
        {
            return BadRequest($"id must be a UUID, not '{Shorten(id)}'.");
        }

        return taxonomyId == HsdsMapper.TaxonomyId ? Json(Mapper(here, t).Taxonomy()) : NotFound("taxonomy", id);
    }

    private static Results<JsonHttpResult<HsdsPage<HsdsTaxonomyTerm>>, ProblemHttpResult> ListTaxonomyTerms(
        [AsParameters] TaxonomyTermListQuery q, RegionContext here, IStringLocalizer<SharedResource> t)
    {
        var reader = new HsdsFilterReader();
        reader.Paging(q.Page, q.PerPage, q.Format);
        var text = reader.Search(q.Search);
        var taxonomyId = reader.Uuid("taxonomy_id", q.TaxonomyId);
        var parentId = reader.Uuid("parent_id", q.ParentId);
        reader.Flag("top_only", q.TopOnly);
        if (reader.Problem is not null)
        {
            return BadRequest(reader.Problem);
        }

        var map = Mapper(here, t);
        // The categories are one flat list: every term is top-level and has no parent.
        var terms = Categories.Codes
            .Select(code => map.Term(code))
            .Where(term => text is null || Matches(term.Name, text) || Matches(term.Code, text))
            .Where(_ => taxonomyId is null || taxonomyId == HsdsMapper.TaxonomyId)
            .Where(_ => parentId is null)
            .ToList();
        var contents = terms.Skip(HsdsPaging.Skip(reader.Page, reader.PerPage)).Take(reader.PerPage).ToList();
        return Json(HsdsPaging.Page(contents, terms.Count, reader.Page, reader.PerPage));
    }

    private static Results<JsonHttpResult<HsdsTaxonomyTerm>, ProblemHttpResult> GetTaxonomyTerm(string id, RegionContext here, IStringLocalizer<SharedResource> t)
    {
        if (!HsdsFilterReader.IsUuid(id, out var termId))
        {
            return BadRequest($"id must be a UUID, not '{Shorten(id)}'.");
        }

        var code = Categories.Codes.FirstOrDefault(c => Categories.TermId(c) == termId);
        return code is null ? NotFound("taxonomy term", id) : Json(Mapper(here, t).Term(code));
    }

    // ---------------------------------------------------------------- services at locations

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsServiceAtLocation>>, ProblemHttpResult>> ListServiceAtLocations(
        [AsParameters] ServiceListQuery q, RegionContext here, AppDbContext db, IStringLocalizer<SharedResource> t,
        [FromServices] IDirectorySearch? search, CancellationToken ct)
    {
        var (f, problem) = Read(q);
        if (f is null)
        {
            return BadRequest(problem!);
        }

        if (f.Search is not null && search is null)
        {
            return SearchUnavailable();
        }

        var region = here.RequiredRegion;
        var (services, ranked) = await FilterAsync(db, region, here.Language, f, search, ct);
        var links = db.ServiceLocations.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(l => l.RegionId == region.Id)
            .Join(services, l => l.ServiceId, s => s.Id, (l, s) => l);

        List<(Guid Id, Guid ServiceId)> page;
        int total;
        if (ranked is not null)
        {
            var rank = ranked.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            var all = (await links.Select(l => new { l.Id, l.ServiceId }).ToListAsync(ct))
                .OrderBy(l => rank[l.ServiceId]).ThenBy(l => l.Id).ToList();
            total = all.Count;
            page = all.Skip(HsdsPaging.Skip(f.Page, f.PerPage)).Take(f.PerPage).Select(l => (l.Id, l.ServiceId)).ToList();
        }
        else
        {
            total = await links.CountAsync(ct);
            page = (await links.OrderBy(l => l.Id).Skip(HsdsPaging.Skip(f.Page, f.PerPage)).Take(f.PerPage).Select(l => new { l.Id, l.ServiceId }).ToListAsync(ct))
                .Select(l => (l.Id, l.ServiceId)).ToList();
        }

        var loaded = await HsdsQueries.LoadAsync(db, region.Id, page.Select(p => p.ServiceId).Distinct().ToList(), ct);
        var map = Mapper(here, t);
        var contents = new List<HsdsServiceAtLocation>();
        foreach (var (linkId, serviceId) in page)
        {
            var service = loaded.First(s => s.Id == serviceId);
            var link = service.Locations.First(l => l.Id == linkId);
            contents.Add(map.ServiceAtLocation(link, f.Full ? map.FullService(service) : map.BriefService(service), fullLocation: f.Full));
        }

        return Json(HsdsPaging.Page(contents, total, f.Page, f.PerPage));
    }

    private static async Task<Results<JsonHttpResult<HsdsServiceAtLocation>, ProblemHttpResult>> GetServiceAtLocation(
        string id, RegionContext here, AppDbContext db, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (!HsdsFilterReader.IsUuid(id, out var linkId))
        {
            return BadRequest($"id must be a UUID, not '{Shorten(id)}'.");
        }

        var region = here.RequiredRegion;
        var serviceId = await db.ServiceLocations.IgnoreQueryFilters([AppDbContext.RegionFilter])
            .Where(l => l.Id == linkId && l.RegionId == region.Id)
            .Select(l => (Guid?)l.ServiceId)
            .FirstOrDefaultAsync(ct);
        var service = serviceId is null ? null : (await HsdsQueries.LoadAsync(db, region.Id, [serviceId.Value], ct)).FirstOrDefault();
        if (service is null)
        {
            return NotFound("service_at_location of a published service", id);
        }

        var map = Mapper(here, t);
        return Json(map.ServiceAtLocation(service.Locations.First(l => l.Id == linkId), map.FullService(service), fullLocation: true));
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
