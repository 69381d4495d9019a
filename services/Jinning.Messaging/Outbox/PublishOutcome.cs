namespace Jinning.Messaging.Outbox;

internal enum PublishOutcomeKind
{
    Confirmed,
    /// <summary>Not confirmed (broker down, slow or refusing): retried with backoff.</summary>
    Failed,
    /// <summary>Can never be published: set aside for an operator.</summary>
    Dead,
    /// <summary>The service is stopping; the row is tried again on the next start.</summary>
    Cancelled,
}

/// <summary>What became of one outbox row's publish.</summary>
internal readonly record struct PublishOutcome(PublishOutcomeKind Kind, string? Reason)
{
    public static readonly PublishOutcome Confirmed = new(PublishOutcomeKind.Confirmed, null);
    public static readonly PublishOutcome Cancelled = new(PublishOutcomeKind.Cancelled, null);

    public static PublishOutcome FailedBecause(string reason) => new(PublishOutcomeKind.Failed, reason);

    public static PublishOutcome DeadBecause(string reason) => new(PublishOutcomeKind.Dead, reason);
}
