using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Involvim.Migrations.Postgres;

/// <summary>Used by <c>dotnet ef migrations add NAME --project src/Involvim.Migrations.Postgres</c> (no server needed).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql("Host=localhost;Database=involvim_design", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly))
            .Options;
        return new AppDbContext(options);
    }
}
