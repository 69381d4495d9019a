namespace Jinning.Messaging.Outbox;

public sealed class OutboxOptions
{
    /// <summary>How often the dispatcher looks for unsent rows when no commit woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public int BatchSize { get; set; } = 100;
    /// <summary>How long one publish may wait for the broker's confirm before the row is retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);
    /// <summary>The service reports Degraded once its oldest unsent message has waited longer than this.</summary>
    public TimeSpan DegradedAfter { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>How often the backlog figures (pending, oldest unsent, dead) are read from the database for metrics and health.</summary>
    public TimeSpan MonitorInterval { get; set; } = TimeSpan.FromSeconds(5);
}
