namespace Jinning.Web.Api;

public sealed record DeliveryLogEntry(Guid Id, Guid EventId, string EventType, string Recipient, string Channel, string Target,
    string Subject, string Status, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt,
    DateTimeOffset NextAttemptAt);

/// <summary>What was sent to the signed-in department by e-mail and webhook, dead letters included (N3, T9).</summary>
public sealed class DeliveryLogClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<Paged<DeliveryLogEntry>>> PageAsync(int page, int pageSize, string? status, CancellationToken cancellationToken)
    {
        var filter = string.IsNullOrEmpty(status) ? "" : $"&status={Uri.EscapeDataString(status)}";
        return GetAsync<Paged<DeliveryLogEntry>>($"/api/notifications/deliveries?page={page}&pageSize={pageSize}{filter}", cancellationToken);
    }
}
