using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Involvim.Web.Infrastructure.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Involvim";

    /// <summary>SQLite by default (a file under <c>./data/</c>), PostgreSQL with <c>Database:Provider=Postgres</c>.</summary>
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(builder.Configuration, options.Provider, builder.Environment.ContentRootPath);

        builder.Services.AddScoped<RegionContext>();
        // The options are built once: built per scope (the default), EF rebuilds and looks them up for every context,
        // which cost a tenth of a help-request submission's CPU under load (bench/README.md).
        builder.Services.AddDbContext<AppDbContext>(db => Configure(db, options.Provider, connectionString), optionsLifetime: ServiceLifetime.Singleton);

        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName("Involvim")
            .PersistKeysToDbContext<AppDbContext>();
        KeyProtection.Configure(dataProtection, builder.Configuration, builder.Environment);

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddScoped<Audit.AuditLog>();
        builder.Services.AddSingleton<AppSecrets>();
        builder.Services.AddSingleton<Cli.ICliVerb, MigrateVerb>();
        return builder;
    }

    public static void Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string connectionString)
    {
        var migrations = MigrationAssemblies.Load(provider);
        if (provider == DatabaseProvider.Postgres)
        {
            db.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations));
        }
        else
        {
            db.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations)).AddInterceptors(SqliteWriteGate.For(connectionString));
        }
    }

    public static string ResolveConnectionString(IConfiguration configuration, DatabaseProvider provider, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Involvim is empty.");
        }

        var dataDirectory = configuration["DataDirectory"] ?? Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(dataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "involvim.db"),
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    /// <summary>Applies pending migrations; on SQLite also switches the file to write-ahead logging.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    private sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                return await db.Database.CanConnectAsync(cancellationToken)
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy("The database does not answer.");
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                return HealthCheckResult.Unhealthy("The database does not answer.", ex);
            }
        }
    }
}
