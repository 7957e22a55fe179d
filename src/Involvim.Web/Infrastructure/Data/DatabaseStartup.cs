using System.CommandLine;
using Involvim.Web.Infrastructure.Cli;
using Microsoft.Extensions.Options;

namespace Involvim.Web.Infrastructure.Data;

/// <summary>Runs once before the web server starts: migrations (demo only) and whatever features seed.</summary>
public interface IStartupSeeder
{
    Task SeedAsync(IServiceProvider services, CancellationToken ct);
}

public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        if (options.MigrateOnStart)
        {
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }

        if (options.SeedDemo)
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>())
            {
                await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
            }
        }
    }
}

/// <summary><c>migrate</c>: applies pending migrations of the configured provider. Safe to run while the app runs.</summary>
internal sealed class MigrateVerb : ICliVerb
{
    public Command Create(IServiceProvider services)
    {
        var command = new Command("migrate", "Apply pending database migrations.");
        command.SetAction(async (_, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var pending = (await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(db.Database, ct)).ToList();
            await DatabaseSetup.MigrateAsync(db, ct);
            Console.WriteLine(pending.Count == 0 ? "migrate: the database is up to date" : $"migrate: applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return 0;
        });
        return command;
    }
}
