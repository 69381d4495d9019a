namespace Jinning.Notification.Deliveries;

/// <summary><c>Notification:Delivery</c>: retries, and how much the worker sends at once.</summary>
public sealed class DeliveryOptions
{
    /// <summary>Attempts before a delivery is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 6;
    /// <summary>First retry delay; each further one doubles, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Sends one instance runs at the same time, over all endpoints.</summary>
    public int MaxInFlight { get; set; } = 20;
    /// <summary>Sends at the same time to one endpoint (one webhook URL, or the mail server): a slow one holds only these.</summary>
    public int MaxPerEndpoint { get; set; } = 2;
    /// <summary>One attempt's limit; past it the attempt failed and is retried later.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>How long a claim lasts: after it, an instance that died mid-send has its deliveries taken by another.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(BaseDelay.Ticks * (1L << Math.Min(attempts - 1, 20)), MaxDelay.Ticks));
}
