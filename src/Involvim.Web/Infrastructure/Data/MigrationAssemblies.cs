using System.Reflection;
using System.Runtime.Loader;

namespace Involvim.Web.Infrastructure.Data;

/// <summary>
/// The migrations live in one project per provider (ADR 0002). Those projects reference this one, so this one
/// cannot reference them: it loads the right assembly by name, or from the application folder, where the
/// migrations projects copy themselves after each build.
/// </summary>
internal static class MigrationAssemblies
{
    public const string Sqlite = "Involvim.Migrations.Sqlite";
    public const string Postgres = "Involvim.Migrations.Postgres";

    private static readonly Lock Gate = new();
    private static Assembly? _sqlite;
    private static Assembly? _postgres;

    public static string NameFor(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? Postgres : Sqlite;

    /// <summary>The provider's migrations assembly; found once, then cached (every DbContext's options ask for it).</summary>
    public static Assembly Load(DatabaseProvider provider)
    {
        var cached = provider == DatabaseProvider.Postgres ? _postgres : _sqlite;
        if (cached is not null)
        {
            return cached;
        }

        lock (Gate)
        {
            var found = Find(provider);
            if (provider == DatabaseProvider.Postgres)
            {
                _postgres = found;
            }
            else
            {
                _sqlite = found;
            }

            return found;
        }
    }

    private static Assembly Find(DatabaseProvider provider)
    {
        var name = NameFor(provider);
        var loaded = AppDomain.CurrentDomain.GetAssemblies()
            .FirstOrDefault(a => string.Equals(a.GetName().Name, name, StringComparison.Ordinal));
        if (loaded is not null)
        {
            return loaded;
        }

        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The migrations assembly {name}.dll was not found in {AppContext.BaseDirectory}. Build the solution (dotnet build Involvim.slnx) so that it is copied there.");
            }

            return AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        }
    }
}
