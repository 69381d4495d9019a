using System.Security.Cryptography;
using System.Text;
using Jinning.Contracts.V1;
using Jinning.Notification.Data;
using Jinning.Notification.Deliveries;
using Jinning.Notification.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Channels;

/// <summary>
/// POSTs the delivery as JSON to the endpoint, signed with HMAC-SHA256 under the endpoint's secret
/// over the timestamp and the body: <c>X-Jinning-Timestamp: &lt;unix seconds&gt;</c> and
/// <c>X-Jinning-Signature: sha256=&lt;hex of HMAC("{timestamp}.{body}")&gt;</c>. A receiver that refuses
/// timestamps older than a few minutes cannot be fed a captured request again. Any non-2xx answer
/// (a redirect included: it is never followed) is a failure.
/// </summary>
public sealed class WebhookSender(WebhookHttp webhooks, NotificationDbContext db, WebhookSecrets secrets, TimeProvider time) : IChannelSender
{
    public const string SignatureHeader = "X-Jinning-Signature";
    public const string TimestampHeader = "X-Jinning-Timestamp";

    public DeliveryChannel Channel => DeliveryChannel.Webhook;

    public async Task SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var endpointId = Guid.Parse(delivery.Target);
        var endpoint = await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == endpointId, cancellationToken)
            ?? throw new InvalidOperationException("The webhook endpoint no longer exists.");
        // The body is the published contract's WebhookNotice (/docs/asyncapi.json): it only ever grows.
        var body = System.Text.Json.JsonSerializer.Serialize(new WebhookNotice
        {
            DeliveryId = delivery.Id,
            EventId = delivery.EventId,
            EventType = delivery.EventType,
            Recipient = delivery.Recipient,
            Subject = delivery.Subject,
            Body = delivery.Body,
            CreatedAt = delivery.CreatedAt,
        }, System.Text.Json.JsonSerializerOptions.Web);

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var secret = endpoint.SecretProtected ? secrets.Unprotect(endpoint.Secret) : endpoint.Secret;
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, Sign(secret, timestamp, body));
        request.Headers.Add("X-Jinning-Delivery", delivery.Id.ToString());
        using var response = await webhooks.Client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Webhook answered {(int)response.StatusCode}");
        }
    }

    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
