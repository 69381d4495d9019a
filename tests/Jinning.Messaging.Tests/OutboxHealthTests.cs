using Jinning.Messaging.Outbox;
using Jinning.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jinning.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class OutboxHealthTests(MessagingFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task BrokerPaused_PendingGaugeRisesAndServiceDegradesWithOutboxReason_BothReturnAfterResume()
    {
        const int count = 5;
        using var meter = new MeterProbe("Jinning.Paused");
        await using var host = await MessagingTestHost.StartAsync(fixture, "outbox_paused", "paused");
        var health = host.Services.GetRequiredService<HealthCheckService>();
        await Eventually.WaitForAsync(() => Task.FromResult(meter.Gauge("jinning.outbox.pending")), pending => pending == 0, Patience,
            "the first outbox figures");
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);

        try
        {
            fixture.Broker.Pause();
            for (var i = 0; i < count; i++)
            {
                await host.InScopeAsync(async (db, outbox) =>
                {
                    outbox.Publish(new WidgetCreated { WidgetId = NewId.NextGuid(), Name = "paused", OccurredAt = DateTimeOffset.UtcNow });
                    await db.SaveChangesAsync();
                });
            }

            await Eventually.WaitForAsync(() => Task.FromResult(meter.Gauge("jinning.outbox.pending")), pending => pending == count, Patience,
                "the pending gauge to count the unsent messages");
            var degraded = await Eventually.WaitForAsync(() => health.CheckHealthAsync(), report => report.Status == HealthStatus.Degraded,
                Patience, "the service to turn Degraded");
            var outbox = degraded.Entries[OutboxHealthCheck.Name];
            Assert.Equal(HealthStatus.Degraded, outbox.Status);
            Assert.Contains("oldest unsent message has waited", outbox.Description);
            Assert.True(meter.Gauge("jinning.outbox.oldest_unsent.age") > 2, "the oldest unsent age should pass the configured limit");
            Assert.Equal(0, await host.AppliedCountAsync());
        }
        finally
        {
            fixture.Broker.Resume();
        }

        await Eventually.WaitForAsync(() => Task.FromResult(meter.Gauge("jinning.outbox.pending")), pending => pending == 0, Patience,
            "the pending gauge to return to zero");
        await Eventually.WaitForAsync(() => health.CheckHealthAsync(), report => report.Status == HealthStatus.Healthy, Patience,
            "the service to turn Healthy again");
        Assert.Equal(0, meter.Gauge("jinning.outbox.oldest_unsent.age"));
        await Eventually.WaitForAsync(host.AppliedCountAsync, applied => applied == count, Patience, "every message after the pause");
        Assert.True(meter.Sum("jinning.outbox.published") >= count);
    }

    [Fact]
    public async Task BrokerStopped_BusCheckDegradesTheServiceButNeverMakesItUnhealthy()
    {
        await using var host = await MessagingTestHost.StartAsync(fixture, "outbox_broker_down", "brokerdown");
        var health = host.Services.GetRequiredService<HealthCheckService>();
        try
        {
            await fixture.Broker.StopAsync();
            var report = await Eventually.WaitForAsync(() => health.CheckHealthAsync(),
                r => r.Entries.TryGetValue("masstransit-bus", out var bus) && bus.Status != HealthStatus.Healthy, Patience,
                "the bus check to notice the broker is gone");
            Assert.Equal(HealthStatus.Degraded, report.Entries["masstransit-bus"].Status);
            Assert.Equal(HealthStatus.Degraded, report.Status);
        }
        finally
        {
            await fixture.Broker.StartAsync();
        }
        await Eventually.WaitForAsync(() => health.CheckHealthAsync(), r => r.Status == HealthStatus.Healthy, Patience,
            "the service to turn Healthy once the broker is back");
    }

    [Fact]
    public async Task UnresolvableRow_EndsDeadAndCounted_WhileLaterRowsArePublished()
    {
        using var meter = new MeterProbe("Jinning.Dead");
        await using var host = await MessagingTestHost.StartAsync(fixture, "outbox_dead", "dead");
        var health = host.Services.GetRequiredService<HealthCheckService>();
        var poison = NewId.NextGuid();
        var widget = NewId.NextGuid();

        await host.InScopeAsync(async (db, outbox) =>
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = poison, MessageType = "Jinning.Contracts.V1.RemovedLongAgo", Body = "{}", CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
            outbox.Publish(new WidgetCreated { WidgetId = widget, Name = "after the dead one", OccurredAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });

        await Eventually.WaitForAsync(host.AppliedCountAsync, applied => applied == 1, Patience, "the message written after the dead one");
        var dead = await Eventually.WaitForAsync(() => host.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == poison)),
            row => row.DeadAt is not null, Patience, "the unresolvable row to be marked dead");
        Assert.Null(dead.SentAt);
        Assert.Contains("Unknown message type", dead.LastError);
        Assert.Equal(1, meter.Sum("jinning.outbox.dead"));

        await Eventually.WaitForAsync(() => Task.FromResult(meter.Gauge("jinning.outbox.dead.stored")), stored => stored == 1, Patience,
            "the dead gauge");
        var report = await Eventually.WaitForAsync(() => health.CheckHealthAsync(), r => r.Status == HealthStatus.Degraded, Patience,
            "the service to report its dead message");
        Assert.Contains("dead message", report.Entries[OutboxHealthCheck.Name].Description);
        // The dead row is not pending: once the other row is marked sent, nothing is.
        await Eventually.WaitForAsync(() => Task.FromResult(meter.Gauge("jinning.outbox.pending")), pending => pending == 0, Patience,
            "the pending gauge to leave the dead row out");

        // Several poll intervals later it has still been tried only once.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await host.QueryAsync(db => db.OutboxMessages.Where(m => m.Id == poison).Select(m => m.Attempts).SingleAsync()));
        Assert.Equal(1, meter.Sum("jinning.outbox.dead"));
    }
}
