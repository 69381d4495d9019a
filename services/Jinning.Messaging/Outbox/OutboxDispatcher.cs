using System.Diagnostics;
using System.Text.Json;
using Jinning.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jinning.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows with publisher confirms and marks them sent. A row whose publish
/// is not confirmed (broker down, timeout) stays unsent and is retried with backoff, across broker
/// outages and process restarts. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so several
/// instances of a service never publish the same row at once. If a confirm arrives but the commit
/// marking the row fails, the row is published again: consumers' inboxes make that harmless.
/// A row that can never be published (its type does not resolve, its body does not read) is marked dead
/// instead of being retried forever; health and metrics count it.
/// </summary>
public sealed class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    OutboxMetrics metrics,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext, IMessagingDbContext
{
    private static readonly ActivitySource Source = new("Jinning.Messaging");
    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _nextCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) == _options.BatchSize)
                {
                }
                await CleanUpIfDueAsync(stoppingToken);
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database itself is unreachable; nothing is lost, the rows wait for us.
                logger.LogWarning(exception, "Outbox dispatch failed; retrying shortly");
                await Task.Delay(_options.PollInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Publishes one batch; returns how many rows it claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var now = time.GetUtcNow();
        var rows = await db.OutboxMessages
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE sent_at IS NULL AND dead_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                ORDER BY sequence
                LIMIT {_options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        // Started in order on one channel, confirmed concurrently: awaiting each confirm in turn
        // would cap throughput at a few hundred messages a second. PublishAsync never throws, so a
        // shutdown mid-batch still records the confirms that arrived.
        var outcomes = await Task.WhenAll(rows.Select(row => PublishAsync(row, cancellationToken)));

        var settledAt = time.GetUtcNow();
        for (var i = 0; i < rows.Count; i++)
        {
            Settle(rows[i], outcomes[i], settledAt);
        }
        // Never cancelled: these rows are confirmed by the broker, and rolling their marking back would publish them again.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        Record(rows, outcomes);
        return rows.Count;
    }

    private void Settle(OutboxMessage row, PublishOutcome outcome, DateTimeOffset settledAt)
    {
        switch (outcome.Kind)
        {
            case PublishOutcomeKind.Confirmed:
                row.SentAt = settledAt;
                row.LastError = null;
                break;
            case PublishOutcomeKind.Dead:
                row.Attempts++;
                row.DeadAt = settledAt;
                row.LastError = Truncate(outcome.Reason);
                break;
            case PublishOutcomeKind.Cancelled:
                // Not the broker's fault: the next start tries it at once, without counting an attempt.
                break;
            default:
                row.Attempts++;
                row.LastError = Truncate(outcome.Reason);
                row.NextAttemptAt = settledAt + RetryDelay(row.Attempts);
                break;
        }
    }

    private void Record(List<OutboxMessage> rows, PublishOutcome[] outcomes)
    {
        var failed = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            switch (outcomes[i].Kind)
            {
                case PublishOutcomeKind.Confirmed:
                    metrics.Published(rows[i].MessageType);
                    break;
                case PublishOutcomeKind.Dead:
                    metrics.Dead(rows[i].MessageType);
                    logger.LogError("Outbox message {MessageId} ({MessageType}) is dead and will not be retried: {Reason}",
                        rows[i].Id, rows[i].MessageType, outcomes[i].Reason);
                    break;
                case PublishOutcomeKind.Failed:
                    metrics.Retried(rows[i].MessageType);
                    failed++;
                    break;
            }
        }
        if (failed > 0)
        {
            logger.LogWarning("Outbox: {Failed} of {Claimed} messages not confirmed by the broker; they will be retried", failed, rows.Count);
        }
    }

    private static string? Truncate(string? reason) => reason is { Length: > 2000 } ? reason[..2000] : reason;

    private async Task<PublishOutcome> PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var type = ContractTypes.Resolve(row.MessageType);
        if (type is null)
        {
            return PublishOutcome.DeadBecause($"Unknown message type {row.MessageType}");
        }
        object message;
        try
        {
            message = JsonSerializer.Deserialize(row.Body, type, MessageJson.Options)
                ?? throw new JsonException("The body is null.");
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            return PublishOutcome.DeadBecause($"Unreadable body for {row.MessageType}: {exception.Message}");
        }

        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = Source.StartActivity("outbox publish", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.Id);
        activity?.SetTag("messaging.message.type", row.MessageType);

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.PublishTimeout);
            await bus.Publish(message, type, context => context.MessageId = row.Id, timeout.Token);
            return PublishOutcome.Confirmed;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            return PublishOutcome.Cancelled;
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            return PublishOutcome.FailedBecause(exception.GetBaseException().Message);
        }
    }

    private TimeSpan RetryDelay(int attempts)
    {
        var seconds = Math.Min(Math.Pow(2, Math.Min(attempts, 16)) / 2, _options.MaxRetryDelay.TotalSeconds);
        return TimeSpan.FromSeconds(seconds);
    }

    private async Task CleanUpIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }
        _nextCleanup = now.AddHours(1);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var sentBefore = now - _options.SentRetention;
        await db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < sentBefore).ExecuteDeleteAsync(cancellationToken);
        // Kept responses to Idempotency-Key requests are only replayed within a day.
        var keptSince = now - Jinning.Persistence.Idempotency.IdempotencyMiddleware.KeptFor;
        await db.IdempotentRequests.Where(r => r.CreatedAt < keptSince).ExecuteDeleteAsync(cancellationToken);
    }
}
