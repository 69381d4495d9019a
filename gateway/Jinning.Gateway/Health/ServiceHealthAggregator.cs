using System.Text.Json;

namespace Jinning.Gateway.Health;

/// <summary>Asks every service behind the gateway for its <c>/health</c>, in parallel, with a short timeout.</summary>
public sealed class ServiceHealthAggregator(HttpClient http, ILogger<ServiceHealthAggregator> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<AggregatedHealth> CheckAsync(IEnumerable<string> services, CancellationToken cancellationToken)
    {
        var names = services.ToArray();
        var results = await Task.WhenAll(names.Select(name => CheckOneAsync(name, cancellationToken)));
        return AggregatedHealth.Of(names.Zip(results).ToDictionary(pair => pair.First, pair => pair.Second));
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
            return ServiceHealth.FromReport(response.IsSuccessStatusCode, detail);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or InvalidOperationException)
        {
            logger.LogWarning("Health of {Service} unknown: {Reason}", service, exception.Message);
            return ServiceHealth.Unreachable(exception.Message);
        }
    }
}
