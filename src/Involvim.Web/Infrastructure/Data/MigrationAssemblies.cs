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

    public static string NameFor(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? Postgres : Sqlite;

    public static Assembly Load(DatabaseProvider provider)
    {
        var name = NameFor(provider);
        lock (Gate)
        {
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
}
