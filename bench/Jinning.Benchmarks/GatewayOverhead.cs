using System.Diagnostics;
using System.Net.Http.Headers;

namespace Jinning.Benchmarks;

/// <summary>
/// Through the gateway vs. straight to the reporting service, in one run against a running system
/// (<c>./run.sh</c>): the same signed-in request, alternated, many times; medians and their ratio.
/// </summary>
public static class GatewayOverhead
{
    public static async Task<int> RunAsync(string gateway, string direct, int requests)
    {
        using var client = new HttpClient();
        var token = await TokenAsync(client, gateway);
        const string path = "/api/reports/issues/summary?groupBy=category";
        var timings = new Dictionary<string, List<double>> { [gateway] = [], [direct] = [] };
        for (var i = 0; i < requests + 20; i++)
        {
            foreach (var target in new[] { gateway, direct })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, target + path);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Console.Error.WriteLine($"{target}{path} answered {(int)response.StatusCode}");
                    return 1;
                }
                if (i >= 20)
                {
                    timings[target].Add(elapsed); // the first 20 rounds warm up connections and JIT
                }
            }
        }
        var viaGateway = Median(timings[gateway]);
        var straight = Median(timings[direct]);
        Console.WriteLine($"requests per target: {requests}");
        Console.WriteLine($"median through the gateway: {viaGateway:0.00} ms");
        Console.WriteLine($"median straight to reporting: {straight:0.00} ms");
        Console.WriteLine($"ratio gateway / direct: {viaGateway / straight:0.00}");
        return 0;
    }

    private static async Task<string> TokenAsync(HttpClient client, string gateway)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = "office", ["password"] = Environment.GetEnvironmentVariable("JINNING_OFFICE_PASSWORD") ?? "Jinning#2026",
        });
        var response = await client.PostAsync(gateway + "/connect/token", form);
        response.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
