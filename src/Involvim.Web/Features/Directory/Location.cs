using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Directory;

/// <summary>A physical place of an organisation. Addresses are not translated; the map is a plain OpenStreetMap link.</summary>
public sealed class Location : IRegionScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }

    public Guid OrganizationId { get; set; }

    public string Name { get; set; } = "";

    public string Address { get; set; } = "";

    public string? PostalCode { get; set; }

    public string City { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; set; } = "SI";

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.Address).HasMaxLength(200);
        builder.Property(l => l.PostalCode).HasMaxLength(20);
        builder.Property(l => l.City).HasMaxLength(100);
        builder.Property(l => l.Country).HasMaxLength(2);
        builder.HasIndex(l => l.RegionId);
        builder.HasOne<Region>().WithMany().HasForeignKey(l => l.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
