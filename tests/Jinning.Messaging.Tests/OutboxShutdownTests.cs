using Jinning.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class OutboxShutdownTests(MessagingFixture fixture)
{
    /// <summary>
    /// A batch cancelled by shutdown while publishes wait for the broker still commits what it settled (here a row
    /// marked dead; a confirmed row is marked in the same commit) instead of rolling the whole batch back.
    /// </summary>
    [Fact]
    public async Task DispatchBatch_CancelledWhileWaitingForConfirms_KeepsWhatItSettledAndLeavesTheRestUntried()
    {
        await using var host = await MessagingTestHost.StartAsync(fixture, "outbox_shutdown", "shutdown", dispatch: false);
        var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher<TestDbContext>>(host.Services);
        var settled = NewId.NextGuid();
        await host.InScopeAsync(async (db, outbox) =>
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = settled, MessageType = "Jinning.Contracts.V1.RemovedLongAgo", Body = "{}", CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
            for (var i = 0; i < 3; i++)
            {
                outbox.Publish(new WidgetCreated { WidgetId = NewId.NextGuid(), Name = "waiting", OccurredAt = DateTimeOffset.UtcNow });
            }
            await db.SaveChangesAsync();
        });

        int claimed;
        fixture.Broker.Pause();
        try
        {
            using var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            claimed = await dispatcher.DispatchBatchAsync(shutdown.Token);
        }
        finally
        {
            fixture.Broker.Resume();
        }

        Assert.Equal(4, claimed);
        var rows = await host.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.NotNull(rows.Single(row => row.Id == settled).DeadAt);
        var waiting = rows.Where(row => row.Id != settled).ToList();
        Assert.Equal(3, waiting.Count);
        Assert.All(waiting, row =>
        {
            Assert.Null(row.SentAt);
            Assert.Equal(0, row.Attempts);
            Assert.Null(row.NextAttemptAt);
        });
    }
}
