using System.Diagnostics;
using Jinning.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class OutboxTests(MessagingFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Publish_WhenTransactionRollsBack_PublishesNothing()
    {
        await using var host = await MessagingTestHost.StartAsync(fixture, "outbox_rollback", "rollback");
        var rolledBack = NewId.NextGuid();
        var committed = NewId.NextGuid();

        await host.InScopeAsync(async (db, outbox) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Widgets.Add(new Widget { Id = rolledBack, Name = "never" });
            outbox.Publish(new WidgetCreated { WidgetId = rolledBack, Name = "never", OccurredAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });
        // A later committed message proves the dispatcher ran after the rollback.
        await host.InScopeAsync(async (db, outbox) =>
        {
            db.Widgets.Add(new Widget { Id = committed, Name = "kept" });
            outbox.Publish(new WidgetCreated { WidgetId = committed, Name = "kept", OccurredAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });

        await Eventually.WaitForAsync(host.AppliedCountAsync, count => count >= 1, Patience, "the committed message");
        await Task.Delay(TimeSpan.FromSeconds(1));

        var applied = await host.QueryAsync(db => db.AppliedMessages.Select(m => m.WidgetId).ToListAsync());
        Assert.Equal([committed], applied);
        Assert.Equal(1, host.Deliveries.Received);
        Assert.False(await host.QueryAsync(db => db.Widgets.AnyAsync(w => w.Id == rolledBack)));
        Assert.Equal(1, await host.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Publish_WhileBrokerIsDownAndServiceRestarts_CommitsAndDeliversExactlyOnceWhenBrokerReturns()
    {
        const int count = 20;
        var widgets = Enumerable.Range(0, count).Select(_ => NewId.NextGuid()).ToList();
        var first = await MessagingTestHost.StartAsync(fixture, "outbox_outage", "outage");
        MessagingTestHost? second = null;
        try
        {
            await fixture.Broker.StopAsync();

            foreach (var id in widgets)
            {
                await first.InScopeAsync(async (db, outbox) =>
                {
                    db.Widgets.Add(new Widget { Id = id, Name = $"widget {id}" });
                    outbox.Publish(new WidgetCreated { WidgetId = id, Name = $"widget {id}", OccurredAt = DateTimeOffset.UtcNow });
                    await db.SaveChangesAsync();
                });
            }
            Assert.Equal(count, await first.QueryAsync(db => db.Widgets.CountAsync()));

            // Give the dispatcher time to try and fail against the missing broker, then restart the service.
            await Task.Delay(TimeSpan.FromSeconds(4));
            Assert.Equal(count, await first.UnsentCountAsync());
            Assert.True(await first.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Attempts > 0 && m.LastError != null)),
                "the dispatcher should have recorded its failed attempts");
            await first.DisposeAsync();
            first = null!;

            await fixture.Broker.StartAsync();
            second = await MessagingTestHost.StartAsync(fixture, "outbox_outage", "outage");

            await Eventually.WaitForAsync(second.AppliedCountAsync, applied => applied >= count, Patience, "all messages after the outage");
            await Eventually.WaitForAsync(second.UnsentCountAsync, unsent => unsent == 0, Patience, "the outbox to drain");
            await Task.Delay(TimeSpan.FromSeconds(1));

            var applied = await second.QueryAsync(db => db.AppliedMessages.Select(m => m.WidgetId).ToListAsync());
            Assert.Equal(widgets.Order(), applied.Order());
        }
        finally
        {
            await fixture.Broker.StartAsync();
            if (first is not null) await first.DisposeAsync();
            if (second is not null) await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task Publish_InsideARequestTrace_ReachesTheConsumerInTheSameTrace()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource("Jinning.Messaging.Tests");
        await using var host = await MessagingTestHost.StartAsync(fixture, "outbox_trace", "trace");
        var widget = NewId.NextGuid();

        string requestTraceId;
        using (var request = source.StartActivity("POST /widgets", ActivityKind.Server)!)
        {
            requestTraceId = request.TraceId.ToString();
            await host.InScopeAsync(async (db, outbox) =>
            {
                outbox.Publish(new WidgetCreated { WidgetId = widget, Name = "traced", OccurredAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync();
            });
        }

        var consumedTrace = await Eventually.WaitForAsync(
            () => host.QueryAsync(db => db.AppliedMessages.Where(m => m.WidgetId == widget).Select(m => m.TraceId).FirstOrDefaultAsync()),
            traceId => traceId is not null, Patience, "the traced message");
        Assert.Equal(requestTraceId, consumedTrace);
    }
}
