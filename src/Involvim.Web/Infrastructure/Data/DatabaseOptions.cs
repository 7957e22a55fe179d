namespace Involvim.Web.Infrastructure.Data;

/// <summary>Which database engine the app uses. SQLite is the embedded default; PostgreSQL is for production and several instances.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start. On in the demo (<c>./run.sh</c>); production runs the <c>migrate</c> verb instead.</summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>Seed the demo regions and accounts when the database is empty (demo mode only).</summary>
    public bool SeedDemo { get; set; }
}
