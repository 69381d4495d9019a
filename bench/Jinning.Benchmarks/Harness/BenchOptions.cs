namespace Jinning.Benchmarks.Harness;

/// <summary>How long each scenario runs: <c>--quick</c> is a smoke run of about three minutes, the default a fuller one.</summary>
public sealed record BenchOptions(bool Quick, TimeSpan WarmUp, TimeSpan Measure, int DispatchCount, double DispatchPerSecond)
{
    public static BenchOptions Parse(IReadOnlyList<string> args) => args.Contains("--quick")
        ? new BenchOptions(true, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), 40, 5)
        : new BenchOptions(false, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60), 300, 10);
}
