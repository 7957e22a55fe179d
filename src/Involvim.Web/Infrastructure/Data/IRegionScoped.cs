namespace Involvim.Web.Infrastructure.Data;

/// <summary>
/// Marks an entity that belongs to one region. The DbContext adds the named query filter
/// <see cref="AppDbContext.RegionFilter"/> to every such entity; code that really works across regions
/// (platform admin, jobs, seeding) must say so with <c>IgnoreQueryFilters([AppDbContext.RegionFilter])</c>.
/// </summary>
public interface IRegionScoped
{
    Guid RegionId { get; }
}
