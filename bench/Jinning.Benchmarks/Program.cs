using BenchmarkDotNet.Running;
using Jinning.Benchmarks;
using Jinning.Benchmarks.Harness;

// bench/run.sh [--quick]                                                         → the whole system, every scenario, one table
// dotnet run -c Release --project bench/Jinning.Benchmarks                       → P1 at a million issues
// dotnet run -c Release --project bench/Jinning.Benchmarks -- gateway <gateway> <reporting> [requests]
if (args is ["platform", ..])
{
    return await PlatformRunner.RunAsync(args[1..]);
}
if (args is ["gateway", var gateway, var direct, ..])
{
    return await GatewayOverhead.RunAsync(gateway.TrimEnd('/'), direct.TrimEnd('/'), args.Length > 3 ? int.Parse(args[3]) : 500);
}
BenchmarkSwitcher.FromAssembly(typeof(IssueSummaryBenchmarks).Assembly).Run(args);
return 0;
