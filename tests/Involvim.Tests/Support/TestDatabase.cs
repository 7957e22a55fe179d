// The database names in the DDL below are generated here (involvim_ + hex), never user input.
#pragma warning disable CA2100
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Involvim.Tests.Support;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>A real, empty database for one test class: a SQLite file, or a fresh database in the test PostgreSQL cluster.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresName;

    private TestDatabase(DatabaseKind kind, string connectionString, string directory, string? postgresName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        Directory = directory;
        _postgresName = postgresName;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    /// <summary>A private folder for the class: data directory, mail pickup folder.</summary>
    public string Directory { get; }

    public static bool IsAvailable(DatabaseKind kind) => kind == DatabaseKind.Sqlite || TestEnvironment.PostgresAdminConnection is not null;

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        var directory = Path.Combine(Path.GetTempPath(), "involvim-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        if (kind == DatabaseKind.Sqlite)
        {
            var cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "test.db"), DefaultTimeout = 30, Pooling = true }.ToString();
            return new TestDatabase(kind, cs, directory, null);
        }

        var admin = TestEnvironment.PostgresAdminConnection ?? throw new InvalidOperationException("No test PostgreSQL configured.");
        var name = "involvim_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true, MaxPoolSize = 20 };
        return new TestDatabase(kind, builder.ToString(), directory, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null && TestEnvironment.PostgresAdminConnection is { } admin)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing background task; the temp folder is cleaned by the OS.
        }
    }
}
