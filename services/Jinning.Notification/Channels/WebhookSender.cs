using System.Security.Cryptography;
using System.Text;
using Jinning.Notification.Data;
using Jinning.Notification.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Channels;

/// <summary>
/// POSTs the delivery as JSON to the endpoint, signed with HMAC-SHA256 over the body with the
/// endpoint's secret: <c>X-Jinning-Signature: sha256=&lt;hex&gt;</c>. Any non-2xx answer is a failure.
/// </summary>
public sealed class WebhookSender(HttpClient http, NotificationDbContext db) : IChannelSender
{
    public const string SignatureHeader = "X-Jinning-Signature";

    public DeliveryChannel Channel => DeliveryChannel.Webhook;

    public async Task SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var endpointId = Guid.Parse(delivery.Target);
        var endpoint = await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == endpointId, cancellationToken)
            ?? throw new InvalidOperationException("The webhook endpoint no longer exists.");
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            deliveryId = delivery.Id,
            eventId = delivery.EventId,
            eventType = delivery.EventType,
            recipient = delivery.Recipient,
            subject = delivery.Subject,
            body = delivery.Body,
            createdAt = delivery.CreatedAt,
        }, System.Text.Json.JsonSerializerOptions.Web);

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(SignatureHeader, Sign(endpoint.Secret, body));
        request.Headers.Add("X-Jinning-Delivery", delivery.Id.ToString());
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Webhook answered {(int)response.StatusCode}");
        }
    }

    public static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}
