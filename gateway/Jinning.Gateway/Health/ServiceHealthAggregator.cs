using System.Text.Json;

namespace Jinning.Gateway.Health;

/// <summary>Asks every service behind the gateway for its <c>/health</c>, in parallel, with a short timeout.</summary>
public sealed class ServiceHealthAggregator(HttpClient http, ILogger<ServiceHealthAggregator> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public sealed record ServiceHealth(string Status, JsonElement? Detail, string? Error);

    public sealed record Report(string Status, IReadOnlyDictionary<string, ServiceHealth> Services)
    {
        public bool Healthy => Status == "Healthy";
    }

    public async Task<Report> CheckAsync(IEnumerable<string> services, CancellationToken cancellationToken)
    {
        var names = services.ToArray();
        var results = await Task.WhenAll(names.Select(name => CheckOneAsync(name, cancellationToken)));
        var byName = names.Zip(results).ToDictionary(pair => pair.First, pair => pair.Second);
        var healthy = results.All(result => result.Status == "Healthy");
        return new Report(healthy ? "Healthy" : "Unhealthy", byName);
    }

    private async Task<ServiceHealth> CheckOneAsync(string service, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await http.GetAsync($"http://{service}/health", timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            JsonElement? detail = null;
            try { detail = JsonSerializer.Deserialize<JsonElement>(body); }
            catch (JsonException) { /* a non-JSON body still tells us the status code */ }
            return new ServiceHealth(response.IsSuccessStatusCode ? "Healthy" : "Unhealthy", detail, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or InvalidOperationException)
        {
            logger.LogWarning("Health of {Service} unknown: {Reason}", service, exception.Message);
            return new ServiceHealth("Unreachable", null, exception.Message);
        }
    }
}
