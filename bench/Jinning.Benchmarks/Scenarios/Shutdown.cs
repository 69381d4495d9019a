using Jinning.Benchmarks.Harness;

namespace Jinning.Benchmarks.Scenarios;

/// <summary>Scenario 8: from the stop signal to the last process the AppHost started (services, PostgreSQL, RabbitMQ, DCP) gone.</summary>
public static class Shutdown
{
    public static async Task<IReadOnlyList<ResultRow>> RunAsync(BenchPlatform platform, ProcessCpu systemUnderTest)
    {
        var processes = systemUnderTest.Processes();
        var elapsed = await platform.StopAndWaitAsync(processes, TimeSpan.FromMinutes(2));
        return
        [
            new ResultRow("8 stop to every process gone", $"{elapsed.TotalSeconds:0.0} s",
                $"{processes.Count} processes; the AppHost's graceful stop, as on Ctrl-C", "≤ 10 s", elapsed.TotalSeconds <= 10),
        ];
    }
}
