using Jinning.Notification.Channels;
using Jinning.Notification.Data;
using Microsoft.Extensions.Options;

namespace Jinning.Notification.Deliveries;

/// <summary>
/// Sends pending deliveries, retrying failures with exponential backoff until <see cref="DeliveryOptions.MaxAttempts"/>, then
/// dead-letters them for the office to see and retry. It claims due rows for a lease (<c>FOR UPDATE SKIP LOCKED</c> in one
/// short statement), so instances never send the same delivery at once and a dead instance's claims lapse; it sends outside
/// any transaction, each send in the background with its own timeout and within its endpoint's slots, and records each
/// outcome in its own statement. The loop keeps claiming while sends are in flight: one slow endpoint delays only itself.
/// </summary>
public sealed class DeliveryWorker(IServiceScopeFactory scopes, TimeProvider time, IOptions<DeliveryOptions> options, ILogger<DeliveryWorker> logger)
    : BackgroundService
{
    private readonly DeliveryOptions _options = options.Value;
    private readonly EndpointSlots _slots = new(Math.Max(1, options.Value.MaxPerEndpoint));
    private readonly List<Task> _sending = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await StartDueAsync(stoppingToken) > 0)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Claiming deliveries failed; retrying shortly");
            }
            try
            {
                await Task.Delay(_options.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        // Sends cancelled by the shutdown give their deliveries back; wait for that to be written.
        await WhenSentAsync();
    }

    /// <summary>Claims what this instance has room for and starts sending it; answers how many it started.</summary>
    public async Task<int> StartDueAsync(CancellationToken cancellationToken)
    {
        _sending.RemoveAll(task => task.IsCompleted);
        var room = _options.MaxInFlight - _slots.Total;
        if (room <= 0)
        {
            return 0;
        }
        var now = time.GetUtcNow();
        var until = DeliveryClaims.ToStoredPrecision(now + _options.ClaimLease);
        List<Delivery> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
            claimed = await DeliveryClaims.ClaimAsync(db, now, until, room, _slots.Busy(), cancellationToken);
        }
        var started = 0;
        foreach (var delivery in claimed)
        {
            var endpoint = DeliveryClaims.EndpointOf(delivery);
            if (_slots.TryEnter(endpoint))
            {
                _sending.Add(Task.Run(() => SendAsync(delivery, endpoint, cancellationToken), CancellationToken.None));
                started++;
            }
            else
            {
                // More rows for one endpoint than it has slots: the rest go back, to be claimed when a slot is free.
                await using var scope = scopes.CreateAsyncScope();
                await DeliveryClaims.ReleaseAsync(scope.ServiceProvider.GetRequiredService<NotificationDbContext>(), delivery, CancellationToken.None);
            }
        }
        return started;
    }

    /// <summary>Waits for every send started so far (tests, shutdown).</summary>
    public Task WhenSentAsync() => Task.WhenAll(_sending.ToArray());

    private async Task SendAsync(Delivery delivery, string endpoint, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
            var sender = scope.ServiceProvider.GetServices<IChannelSender>().Single(s => s.Channel == delivery.Channel);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(_options.SendTimeout);
            try
            {
                await sender.SendAsync(delivery, timeout.Token);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await DeliveryClaims.ReleaseAsync(db, delivery, CancellationToken.None);
                return;
            }
            catch (Exception exception)
            {
                await RecordFailureAsync(db, delivery, exception, timeout.IsCancellationRequested);
                return;
            }
            await DeliveryClaims.RecordSentAsync(db, delivery, time.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The outcome could not be written (database away): the claim lapses and the delivery is tried again.
            logger.LogWarning(exception, "Outcome of delivery {DeliveryId} not recorded", delivery.Id);
        }
        finally
        {
            _slots.Leave(endpoint);
        }
    }

    private async Task RecordFailureAsync(NotificationDbContext db, Delivery delivery, Exception exception, bool timedOut)
    {
        var message = timedOut ? $"No answer within {_options.SendTimeout.TotalSeconds:0} s" : exception.GetBaseException().Message;
        var error = message.Length > 2000 ? message[..2000] : message;
        var attempts = delivery.Attempts + 1;
        DateTimeOffset? retryAt = attempts >= _options.MaxAttempts ? null : time.GetUtcNow() + _options.DelayAfter(attempts);
        if (retryAt is null)
        {
            // A mail server's refusal usually quotes the address: the log says why without the person's address.
            logger.LogWarning("Delivery {DeliveryId} to {Recipient} by {Channel} is dead after {Attempts} attempts: {Error}",
                delivery.Id, delivery.Recipient, delivery.Channel, attempts, EmailAddresses.Redact(error));
        }
        await DeliveryClaims.RecordFailedAsync(db, delivery, error, retryAt, CancellationToken.None);
    }
}
