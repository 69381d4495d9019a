namespace Jinning.Messaging.Outbox;

/// <summary>
/// The latest figures of the outbox, read every few seconds by <see cref="OutboxMonitor{TDbContext}"/>, so metrics
/// scrapes and health probes never query the database themselves.
/// </summary>
public sealed class OutboxBacklog
{
    private volatile Snapshot? _current;

    public Snapshot? Current => _current;

    public void Update(Snapshot snapshot) => _current = snapshot;

    /// <param name="Pending">Rows neither sent nor dead.</param>
    /// <param name="OldestUnsentAt">When the oldest of them was written, if any.</param>
    /// <param name="Dead">Rows set aside as dead, waiting for an operator.</param>
    public sealed record Snapshot(long Pending, DateTimeOffset? OldestUnsentAt, long Dead, DateTimeOffset ReadAt)
    {
        /// <summary>How long the oldest unsent message has waited; zero when nothing waits.</summary>
        public TimeSpan OldestUnsentAge(DateTimeOffset now) =>
            OldestUnsentAt is { } oldest && now > oldest ? now - oldest : TimeSpan.Zero;
    }
}
