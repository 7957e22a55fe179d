using BenchmarkDotNet.Running;

namespace Involvim.Benchmarks;

/// <summary>Entry point of the benchmarks: <c>dotnet run -c Release --project bench/Involvim.Benchmarks -- --filter '*'</c>.</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        if (args is ["latency-search", ..])
        {
            SearchLatency.Run(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
            return;
        }

        if (args is ["latency-matching", ..])
        {
            MatchingLatency.Run(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 800);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
