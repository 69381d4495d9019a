using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jinning.Identity.Operations;

/// <summary>
/// The few calls of RabbitMQ's management HTTP API the operations area needs, at
/// <c>ConnectionStrings:broker-management</c> (user and password in the address). Without that address
/// (service tests) <see cref="Configured"/> is false and nothing is called.
/// </summary>
public sealed class BrokerManagementApi(HttpClient http, IConfiguration configuration)
{
    private const string VirtualHost = "%2F";
    private readonly Uri? _management = configuration.GetConnectionString("broker-management") is { Length: > 0 } address
        ? new Uri(address) : null;

    public bool Configured => _management is not null;

    public sealed record QueueDepth(string Name, long Messages);

    public async Task<IReadOnlyList<QueueDepth>> QueuesAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/queues/{VirtualHost}?columns=name,messages", null, cancellationToken);
        var queues = await response.Content.ReadFromJsonAsync<JsonArray>(cancellationToken) ?? [];
        return queues.OfType<JsonObject>()
            .Select(q => new QueueDepth((string)q["name"]!, q["messages"]?.GetValue<long>() ?? 0))
            .ToList();
    }

    /// <summary>
    /// Takes up to <paramref name="count"/> messages from the head of <paramref name="queue"/>. With
    /// <paramref name="remove"/> false they go back to the queue (a look); with true they are gone until published again.
    /// </summary>
    public async Task<IReadOnlyList<JsonObject>> GetAsync(string queue, int count, bool remove, CancellationToken cancellationToken)
    {
        var body = new
        {
            count,
            ackmode = remove ? "ack_requeue_false" : "ack_requeue_true",
            encoding = "base64",
        };
        using var response = await SendAsync(HttpMethod.Post, $"api/queues/{VirtualHost}/{Uri.EscapeDataString(queue)}/get", body,
            cancellationToken, notFoundIsEmpty: true);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }
        var messages = await response.Content.ReadFromJsonAsync<JsonArray>(cancellationToken) ?? [];
        return messages.OfType<JsonObject>().ToList();
    }

    /// <summary>Publishes a message taken by <see cref="GetAsync"/> to <paramref name="queue"/> as it was: properties, headers,
    /// bytes.</summary>
    public async Task<bool> PublishToQueueAsync(string queue, JsonObject message, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["properties"] = message["properties"]?.DeepClone() ?? new JsonObject(),
            ["routing_key"] = queue,
            ["payload"] = message["payload"]?.DeepClone(),
            ["payload_encoding"] = message["payload_encoding"]?.DeepClone() ?? "base64",
        };
        using var response = await SendAsync(HttpMethod.Post, $"api/exchanges/{VirtualHost}/amq.default/publish", body, cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return answer?["routed"]?.GetValue<bool>() == true;
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, object? body, CancellationToken cancellationToken, bool notFoundIsEmpty = false)
    {
        var management = _management ?? throw new InvalidOperationException("No broker management address is configured.");
        var address = new UriBuilder(new Uri(management, path)) { UserName = "", Password = "" }.Uri;
        using var request = new HttpRequestMessage(method, address);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }
        var credentials = Uri.UnescapeDataString(management.UserInfo);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode || (notFoundIsEmpty && response.StatusCode == HttpStatusCode.NotFound))
        {
            return response;
        }
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        response.Dispose();
        throw new HttpRequestException($"RabbitMQ management {method} {path} answered {(int)response.StatusCode}: {answer}",
            null, response.StatusCode);
    }
}
