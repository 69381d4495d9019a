using System.Diagnostics;
using System.Text.Json;
using Jinning.Messaging.Persistence;
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
/// </summary>
public sealed class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboxOptions> options,
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
                WHERE sent_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
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
        // would cap throughput at a few hundred messages a second.
        var results = await Task.WhenAll(rows.Select(row => PublishAsync(row, cancellationToken)));

        var sentAt = time.GetUtcNow();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (results[i] is null)
            {
                row.SentAt = sentAt;
                row.LastError = null;
            }
            else
            {
                row.Attempts++;
                row.LastError = results[i]!.Length > 2000 ? results[i]![..2000] : results[i];
                row.NextAttemptAt = sentAt + RetryDelay(row.Attempts);
            }
        }
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);

        var failed = results.Count(r => r is not null);
        if (failed > 0)
        {
            logger.LogWarning("Outbox: {Failed} of {Claimed} messages not confirmed by the broker; they will be retried", failed, rows.Count);
        }
        return rows.Count;
    }

    /// <returns>null when the broker confirmed the message, else the reason it did not.</returns>
    private async Task<string?> PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var type = ContractTypes.Resolve(row.MessageType);
        if (type is null)
        {
            return $"Unknown message type {row.MessageType}";
        }

        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = Source.StartActivity("outbox publish", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.Id);
        activity?.SetTag("messaging.message.type", row.MessageType);

        try
        {
            var message = JsonSerializer.Deserialize(row.Body, type, MessageJson.Options)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.PublishTimeout);
            await bus.Publish(message, type, context => context.MessageId = row.Id, timeout.Token);
            return null;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            return exception.GetBaseException().Message;
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
        var keptSince = now - Idempotency.IdempotencyMiddleware.KeptFor;
        await db.Set<Idempotency.IdempotentRequest>().Where(r => r.CreatedAt < keptSince).ExecuteDeleteAsync(cancellationToken);
    }
}
