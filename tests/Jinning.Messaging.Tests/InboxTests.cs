using Jinning.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Jinning.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class InboxTests(MessagingFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Consume_SameMessageDeliveredTwice_AppliesItOnce()
    {
        using var meter = new MeterProbe("Jinning.Duplicate");
        await using var host = await MessagingTestHost.StartAsync(fixture, "inbox_duplicate", "duplicate");
        var bus = host.Services.GetRequiredService<IBus>();
        var messageId = NewId.NextGuid();
        var message = new WidgetCreated { WidgetId = NewId.NextGuid(), Name = "twice", OccurredAt = DateTimeOffset.UtcNow };

        await bus.Publish(message, context => context.MessageId = messageId);
        await bus.Publish(message, context => context.MessageId = messageId);

        await Eventually.WaitForAsync(() => Task.FromResult(host.Deliveries.Received), received => received >= 2, Patience, "both deliveries");
        var applied = await host.QueryAsync(db => db.AppliedMessages.Where(m => m.MessageId == messageId).CountAsync());
        Assert.Equal(1, applied);
        Assert.Equal(1, await host.QueryAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId)));
        Assert.Equal(1, meter.Sum("jinning.inbox.duplicates"));
    }

    [Fact]
    public async Task Consume_DistinctMessagesWithSameContent_AppliesEach()
    {
        await using var host = await MessagingTestHost.StartAsync(fixture, "inbox_distinct", "distinct");
        var bus = host.Services.GetRequiredService<IBus>();
        var message = new WidgetCreated { WidgetId = NewId.NextGuid(), Name = "same body", OccurredAt = DateTimeOffset.UtcNow };

        await bus.Publish(message);
        await bus.Publish(message);

        var applied = await Eventually.WaitForAsync(host.AppliedCountAsync, count => count >= 2, Patience, "both messages");
        Assert.Equal(2, applied);
    }

    [Fact]
    public async Task Consume_WhenConsumerAlwaysFails_RetriesThenMovesMessageToErrorQueueAndAppliesNothing()
    {
        using var meter = new MeterProbe("Jinning.Poison");
        await using var host = await MessagingTestHost.StartAsync(fixture, "inbox_poison", "poison");
        var bus = host.Services.GetRequiredService<IBus>();

        await bus.Publish(new WidgetCreated { WidgetId = NewId.NextGuid(), Name = WidgetCreatedConsumer.PoisonName, OccurredAt = DateTimeOffset.UtcNow });

        var factory = new ConnectionFactory { Uri = new Uri(fixture.Broker.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        var errorQueue = host.WidgetQueue + "_error";
        var waiting = await Eventually.WaitForAsync(
            async () =>
            {
                // A passive declare of a missing queue closes the channel, so each probe gets its own.
                await using var channel = await connection.CreateChannelAsync();
                try { return (await channel.QueueDeclarePassiveAsync(errorQueue)).MessageCount; }
                catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { return 0u; }
            },
            messages => messages >= 1, Patience, $"the poison message in {errorQueue}");

        Assert.Equal(1u, waiting);
        Assert.Equal(0, await host.AppliedCountAsync());
        Assert.Equal(0, await host.QueryAsync(db => db.InboxMessages.CountAsync()));
        // The first attempt and each of the five in-process retries threw.
        Assert.Equal(6, meter.Sum("jinning.consumer.failures"));
    }
}
