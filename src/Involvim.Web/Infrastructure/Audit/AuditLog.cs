using System.Security.Claims;
using System.Text.Json;
using Involvim.Web.Infrastructure.Data;

namespace Involvim.Web.Infrastructure.Audit;

/// <summary>
/// Records staff actions. <see cref="Record"/> only adds the entry to the unit of work: it is saved, chained
/// and committed together with the change it describes, or not at all.
/// </summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public AuditEntry Record(string action, string entityType, string? entityId, Guid? regionId, object? details = null, Guid? actorUserId = null)
    {
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            RegionId = regionId,
            ActorUserId = actorUserId ?? CurrentUserId(),
            Details = details is null ? null : JsonSerializer.Serialize(details),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>The signed-in user of the current request, if any.</summary>
    public Guid? CurrentUser => CurrentUserId();

    private Guid? CurrentUserId()
    {
        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return Guid.TryParse(id, out var guid) ? guid : null;
    }
}
