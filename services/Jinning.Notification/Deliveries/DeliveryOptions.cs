namespace Jinning.Notification.Deliveries;

public sealed class DeliveryOptions
{
    /// <summary>Attempts before a delivery is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 6;
    /// <summary>First retry delay; each further one doubles, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(BaseDelay.Ticks * (1L << Math.Min(attempts - 1, 20)), MaxDelay.Ticks));
}
