using BenchmarkDotNet.Running;

namespace Involvim.Benchmarks;

/// <summary>Entry point of the benchmarks: <c>dotnet run -c Release --project bench/Involvim.Benchmarks -- --filter '*'</c>.</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
