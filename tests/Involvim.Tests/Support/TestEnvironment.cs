namespace Involvim.Tests.Support;

/// <summary>What the machine offers the tests. In CI (CI=true) nothing may be skipped: a missing part fails.</summary>
public static class TestEnvironment
{
    public const string PostgresVariable = "INVOLVIM_TEST_POSTGRES";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Admin connection string of a throwaway PostgreSQL cluster (test.sh starts one), or null.</summary>
    public static string? PostgresAdminConnection => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static void RequireOrSkip(bool available, string reason)
    {
        if (available)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail($"{reason} (CI=true: nothing may be skipped)");
        }

        Assert.Skip(reason);
    }
}
