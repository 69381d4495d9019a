using Jinning.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Jinning.Messaging.Inbox;

/// <summary>
/// Makes every consumer idempotent. The consumer runs inside a transaction that first records
/// (endpoint, messageId) in the inbox; a redelivered message finds its row and changes nothing.
/// Whatever the consumer writes, outbox rows included, commits together with the inbox row.
/// </summary>
public sealed class InboxFilter<TMessage>(IMessagingDbContext db, TimeProvider time, InboxMetrics metrics, ILogger<InboxFilter<TMessage>> logger)
    : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a messageId; it cannot be deduplicated.");
        var consumer = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/');
        var cancellationToken = context.CancellationToken;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (consumer, message_id, processed_at) VALUES ({consumer}, {messageId}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (claimed == 0)
        {
            logger.LogInformation("Message {MessageId} ({MessageType}) was already applied by {Consumer}; skipped", messageId, typeof(TMessage).Name, consumer);
            metrics.DuplicateSkipped(typeof(TMessage).Name, consumer);
            return;
        }

        try
        {
            await next.Send(context);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            metrics.ConsumeFailed(typeof(TMessage).Name, consumer, exception);
            // The transaction rolls back on dispose; forget what the failed attempt tracked so a retry starts clean.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
