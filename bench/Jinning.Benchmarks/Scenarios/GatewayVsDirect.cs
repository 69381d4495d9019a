using System.Net.Http.Headers;
using Jinning.Benchmarks.Harness;

namespace Jinning.Benchmarks.Scenarios;

/// <summary>
/// Scenario 1: the same requests through the gateway and straight to ticketing, at the same fixed concurrency,
/// one after the other in the same run: the office's issue list and a public page.
/// </summary>
public static class GatewayVsDirect
{
    public const int Concurrency = 8;

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(BenchPlatform platform, BenchOptions options, ProcessCpu cpu)
    {
        var office = await platform.TokenAsync("office");
        using var ticketing = platform.Direct("ticketing");
        var rows = new List<ResultRow>();
        foreach (var (name, path, token) in new[]
        {
            ("issue list (office)", "/api/ticketing/issues", office),
            ("public notices", "/api/public/notices", null),
        })
        {
            var viaGateway = await MeasureAsync(platform.Gateway, path, token, options, cpu);
            var straight = await MeasureAsync(ticketing, path, token, options, cpu);
            var ratio = viaGateway.RequestsPerSecond / straight.RequestsPerSecond;
            rows.Add(new ResultRow($"1 gateway vs direct: {name}",
                $"gateway {viaGateway.RequestsPerSecond:0}/s ({viaGateway.Latencies.Summary()}) = {ratio:P0} of direct",
                $"direct {straight.RequestsPerSecond:0}/s ({straight.Latencies.Summary()}); "
                + $"CPU/req {viaGateway.CpuMillisecondsPerRequest:0.0} vs {straight.CpuMillisecondsPerRequest:0.0} ms; "
                + $"gateway {viaGateway.FailureText}; direct {straight.FailureText}",
                "gateway ≥ 90% of direct RPS", ratio >= 0.9));
        }
        return rows;
    }

    private static Task<ClosedLoop.Outcome> MeasureAsync(HttpClient client, string path, string? token, BenchOptions options,
        ProcessCpu cpu) =>
        ClosedLoop.RunAsync(Concurrency, options.WarmUp, options.Measure, async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            return response.IsSuccessStatusCode;
        }, cpu);
}
