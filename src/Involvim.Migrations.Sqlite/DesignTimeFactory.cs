using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Involvim.Migrations.Sqlite;

/// <summary>Used by <c>dotnet ef migrations add NAME --project src/Involvim.Migrations.Sqlite</c>.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly))
            .Options;
        return new AppDbContext(options);
    }
}
