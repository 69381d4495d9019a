using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Jinning.Messaging.Outbox;

/// <summary>The outbox's instruments on the service's meter; gauges read <see cref="OutboxBacklog"/>, never the database.</summary>
public sealed class OutboxMetrics
{
    private readonly Counter<long> _published;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _dead;

    public OutboxMetrics(IMeterFactory meters, ServiceMeter service, OutboxBacklog backlog, TimeProvider time)
    {
        var meter = meters.Create(service.Name);
        _published = meter.CreateCounter<long>("jinning.outbox.published", "{message}",
            "Outbox messages the broker confirmed.");
        _retried = meter.CreateCounter<long>("jinning.outbox.retried", "{message}",
            "Outbox publishes the broker did not confirm (down, slow, refused); the message is tried again later.");
        _dead = meter.CreateCounter<long>("jinning.outbox.dead", "{message}",
            "Outbox messages set aside as dead because they can never be published (unknown type, unreadable body).");
        meter.CreateObservableGauge("jinning.outbox.pending",
            () => Figure(backlog, snapshot => snapshot.Pending), "{message}",
            "Outbox messages committed but not yet confirmed by the broker (dead ones excluded).");
        meter.CreateObservableGauge("jinning.outbox.oldest_unsent.age",
            () => Figure(backlog, snapshot => snapshot.OldestUnsentAge(time.GetUtcNow()).TotalSeconds), "s",
            "How long the oldest unsent outbox message has waited; 0 when none waits.");
        meter.CreateObservableGauge("jinning.outbox.dead.stored",
            () => Figure(backlog, snapshot => snapshot.Dead), "{message}",
            "Dead outbox messages still stored, waiting for an operator.");
    }

    public void Published(string messageType) => _published.Add(1, Tag(messageType));

    public void Retried(string messageType) => _retried.Add(1, Tag(messageType));

    public void Dead(string messageType) => _dead.Add(1, Tag(messageType));

    private static KeyValuePair<string, object?> Tag(string messageType) => new("message_type", ServiceMeter.TypeTag(messageType));

    private static IEnumerable<Measurement<T>> Figure<T>(OutboxBacklog backlog, Func<OutboxBacklog.Snapshot, T> read) where T : struct =>
        backlog.Current is { } snapshot ? [new Measurement<T>(read(snapshot))] : [];
}
