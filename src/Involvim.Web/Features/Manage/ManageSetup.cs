using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Involvim.Web.Features.Manage;

public static class ManageSetup
{
    /// <summary>Staff JSON endpoints of the region (cookie sign-in; the same policies as the pages).</summary>
    public static WebApplication MapManage(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/regions/{region:slug}").WithTags("Staff");
        api.MapGet("/audit", GetAudit)
            .RequireAuthorization(Policies.RegionCoordinator)
            .WithName("GetAuditLog")
            .WithSummary("The region's audit log, newest first (coordinators). Page with ?before={sequence}&take={1..200}.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditLine>>, ValidationProblem>> GetAudit(
        AppDbContext db, RegionContext here, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t, long? before, int? take, CancellationToken ct)
    {
        if (take is < 1 or > 200)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = [t["Audit.Error.Take"]] }, title: t["Error.400.Title"]);
        }

        return TypedResults.Ok(await AuditQueries.PageAsync(db, here.RequiredRegion, here.Language, new AuditFilter(), before, take ?? AuditQueries.PageSize, t, ct));
    }
}
