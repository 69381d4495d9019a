using Jinning.Notification.Deliveries;
using Jinning.Notification.Webhooks;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Tests.Deliveries;

/// <summary>
/// The delivery worker sends outside any transaction, endpoint by endpoint: a webhook that takes its time holds only its own
/// notices, and two instances sharing the table never send one delivery twice.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class DeliveryWorkerTests(NotificationFixture fixture) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly WebhookReceiver _webhooks = new() { FastDelay = TimeSpan.FromMilliseconds(20) };
    private readonly SmtpReceiver _mail = new();

    [Fact]
    public async Task ASlowWebhook_DelaysNeitherMailNorAnotherEndpoint()
    {
        await using var host = new NotificationHost(fixture, InfrastructureFixture.NewDatabaseName("delivery_slow"), _mail.Port);
        _ = host.Services;
        var slow = await AddEndpointAsync(host, "slow");
        var fast = await AddEndpointAsync(host, "fast");
        var now = DateTimeOffset.UtcNow;
        // The slow endpoint's notices are the oldest, first in line.
        var slowDeliveries = await AddDeliveriesAsync(host, 4, i => Webhook(slow, now.AddSeconds(-10 + i)));
        var fastDelivery = (await AddDeliveriesAsync(host, 1, _ => Webhook(fast, now)))[0];
        var email = (await AddDeliveriesAsync(host, 1, _ => Email(now)))[0];

        await Eventually.WaitForAsync(() => StatusesAsync(host, [fastDelivery, email]),
            statuses => statuses.All(status => status == DeliveryStatus.Sent), Patience, "the fast webhook's and the e-mail's notices");

        // Proves the slow endpoint was being called (and still is) while the others went out.
        Assert.True(_webhooks.SlowWaiting > 0, "the slow endpoint should still be holding a request");
        Assert.Contains(DeliveryStatus.Pending, await StatusesAsync(host, slowDeliveries));
        Assert.Contains(email.ToString(), _mail.Received);

        _webhooks.ReleaseSlow();
        await Eventually.WaitForAsync(() => StatusesAsync(host, slowDeliveries),
            statuses => statuses.All(status => status == DeliveryStatus.Sent), Patience, "the slow endpoint's notices once it answers");
    }

    [Fact]
    public async Task TwoInstances_SendEachDeliveryOnce()
    {
        var database = InfrastructureFixture.NewDatabaseName("delivery_two");
        await using var first = new NotificationHost(fixture, database, _mail.Port);
        _ = first.Services;
        var endpoints = new[] { await AddEndpointAsync(first, "fast/a"), await AddEndpointAsync(first, "fast/b"), await AddEndpointAsync(first, "fast/c") };
        await using var second = new NotificationHost(fixture, database, _mail.Port);
        _ = second.Services;
        // Due a moment from now, so both instances are polling when the rows come due.
        var due = DateTimeOffset.UtcNow.AddSeconds(2);
        var deliveries = await AddDeliveriesAsync(first, 90, i => i % 10 == 9 ? Email(due) : Webhook(endpoints[i % 3], due));

        await Eventually.WaitForAsync(() => StatusesAsync(first, deliveries),
            statuses => statuses.All(status => status == DeliveryStatus.Sent), Patience, "every delivery to be sent");

        var received = _webhooks.Received.Concat(_mail.Received).Where(id => id.Length > 0).ToList();
        Assert.Equal(deliveries.Count, received.Count);
        Assert.Equal(deliveries.Select(id => id.ToString()).Order(), received.Order());
        var attempts = await first.QueryAsync(db => db.Deliveries.Select(d => d.Attempts).Distinct().ToListAsync());
        Assert.Equal([1], attempts);
    }

    private async Task<Guid> AddEndpointAsync(NotificationHost host, string path)
    {
        var endpoint = new WebhookEndpoint
        {
            Id = Guid.NewGuid(), Recipient = "department:test", Url = _webhooks.BaseUrl + path, Secret = "test-secret", CreatedAt = DateTimeOffset.UtcNow,
        };
        await host.WriteAsync(db => { db.WebhookEndpoints.Add(endpoint); return Task.CompletedTask; });
        return endpoint.Id;
    }

    private static async Task<List<Guid>> AddDeliveriesAsync(NotificationHost host, int count, Func<int, Delivery> make)
    {
        var deliveries = Enumerable.Range(0, count).Select(make).ToList();
        await host.WriteAsync(db => { db.Deliveries.AddRange(deliveries); return Task.CompletedTask; });
        return [.. deliveries.Select(d => d.Id)];
    }

    private static Delivery Webhook(Guid endpoint, DateTimeOffset due) => New(DeliveryChannel.Webhook, endpoint.ToString(), due);
    private static Delivery Email(DateTimeOffset due) => New(DeliveryChannel.Email, "office@jinning.example", due);

    private static Delivery New(DeliveryChannel channel, string target, DateTimeOffset due) => new()
    {
        Id = Guid.NewGuid(), EventId = Guid.NewGuid(), EventType = "IssueTransferred", Recipient = "department:test", Channel = channel,
        Target = target, Subject = "测试通知", Body = "正文", Status = DeliveryStatus.Pending, CreatedAt = due, NextAttemptAt = due,
    };

    private static Task<List<DeliveryStatus>> StatusesAsync(NotificationHost host, IReadOnlyCollection<Guid> ids) =>
        host.QueryAsync(db => db.Deliveries.Where(d => ids.Contains(d.Id)).Select(d => d.Status).ToListAsync());

    public void Dispose()
    {
        _webhooks.Dispose();
        _mail.Dispose();
    }
}
