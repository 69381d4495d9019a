using Jinning.Benchmarks.Harness;

namespace Jinning.Benchmarks.Scenarios;

/// <summary>Scenario 2: the office records hotline issues through the gateway, eight clients at once.</summary>
public static class IssueIntake
{
    public const int Concurrency = 8;

    public static object NewIssue(int n) => new
    {
        title = $"营业执照变更窗口反复要求补充材料 {n}",
        description = "营业执照变更窗口反复要求补充同一份材料，企业多次反映。",
        category = "window-service", channel = "hotline", source = "hotline",
        contactName = "王先生", contactPhone = "13800000000", place = "晋宁区政务服务中心",
    };

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(BenchPlatform platform, BenchOptions options, ProcessCpu cpu)
    {
        var office = await platform.TokenAsync("office");
        var counter = 0;
        var outcome = await ClosedLoop.RunAsync(Concurrency, options.WarmUp, options.Measure, async () =>
        {
            await BenchPlatform.SendOkAsync(platform.Gateway, HttpMethod.Post, "/api/ticketing/issues", office,
                NewIssue(Interlocked.Increment(ref counter)));
            return true;
        }, cpu);
        var p99 = outcome.Latencies.Percentile(99);
        return
        [
            new ResultRow("2 intake via gateway, 8 clients",
                $"{outcome.RequestsPerSecond:0.0}/s, {outcome.Latencies.Summary()}",
                $"system CPU {outcome.CpuMillisecondsPerRequest:0.0} ms per intake; {outcome.FailureText}",
                "≥ 1,000/s, p99 ≤ 50 ms", outcome.RequestsPerSecond >= 1000 && p99 <= 50),
        ];
    }
}
