using Jinning.Notification.Channels;
using Jinning.Notification.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jinning.Notification.Deliveries;

/// <summary>
/// Sends pending deliveries, retrying failures with exponential backoff until
/// <see cref="DeliveryOptions.MaxAttempts"/>, then dead-letters them for the office to see and retry.
/// Claims rows with <c>FOR UPDATE SKIP LOCKED</c>, so instances never send the same delivery twice.
/// </summary>
public sealed class DeliveryWorker(IServiceScopeFactory scopes, TimeProvider time, IOptions<DeliveryOptions> options, ILogger<DeliveryWorker> logger)
    : BackgroundService
{
    private readonly DeliveryOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendBatchAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Delivery batch failed; retrying shortly");
            }
            try
            {
                await Task.Delay(_options.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var senders = scope.ServiceProvider.GetServices<IChannelSender>().ToDictionary(s => s.Channel);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var pending = DeliveryStatus.Pending.ToString();
        var batch = await db.Deliveries
            .FromSql($"SELECT * FROM deliveries WHERE status = {pending} AND next_attempt_at <= {now} ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);

        foreach (var delivery in batch)
        {
            delivery.Attempts++;
            try
            {
                await senders[delivery.Channel].SendAsync(delivery, cancellationToken);
                delivery.Status = DeliveryStatus.Sent;
                delivery.SentAt = time.GetUtcNow();
                delivery.LastError = null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                delivery.LastError = exception.GetBaseException().Message is { Length: > 2000 } long_ ? long_[..2000] : exception.GetBaseException().Message;
                if (delivery.Attempts >= _options.MaxAttempts)
                {
                    delivery.Status = DeliveryStatus.Dead;
                    logger.LogWarning("Delivery {DeliveryId} to {Recipient} by {Channel} is dead after {Attempts} attempts: {Error}",
                        delivery.Id, delivery.Recipient, delivery.Channel, delivery.Attempts, delivery.LastError);
                }
                else
                {
                    delivery.NextAttemptAt = time.GetUtcNow() + _options.DelayAfter(delivery.Attempts);
                }
            }
        }
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return batch.Count;
    }
}
