namespace Jinning.Web.Api;

/// <param name="Channel">email or webhook.</param>
/// <param name="Status">pending, sent or dead.</param>
public sealed record DeliveryView(Guid Id, Guid EventId, string EventType, string Recipient, string Channel, string Target, string Subject,
    string Status, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt);

public sealed record WebhookView(Guid Id, string Recipient, string Url, string? Description, bool Active, DateTimeOffset CreatedAt);

public sealed record RegisterWebhookRequest(string? Recipient, string? Url, string? Secret, string? Description);

/// <summary>Where notifications went (N3) and the webhooks they also go to (N2).</summary>
public sealed class DeliveriesClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<Paged<DeliveryView>>> ListAsync(string? status, string? channel, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var filters = (status is null ? "" : $"&status={EnumName(status)}") + (channel is null ? "" : $"&channel={EnumName(channel)}");
        return GetAsync<Paged<DeliveryView>>($"/api/notifications/deliveries?page={page}&pageSize={pageSize}{filters}", cancellationToken);
    }

    /// <summary>The service binds these filters to its enums by their C# names (Dead, Webhook), whatever the JSON spells.</summary>
    private static string EnumName(string code) => char.ToUpperInvariant(code[0]) + code[1..];

    public Task<ApiResult> RetryAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync($"/api/notifications/deliveries/{id}/retry", null, cancellationToken);

    public Task<ApiResult<List<WebhookView>>> WebhooksAsync(CancellationToken cancellationToken) =>
        GetAsync<List<WebhookView>>("/api/notifications/webhooks", cancellationToken);

    public Task<ApiResult<WebhookView>> RegisterWebhookAsync(RegisterWebhookRequest request, CancellationToken cancellationToken) =>
        PostAsync<WebhookView>("/api/notifications/webhooks", request, cancellationToken);
}
