using System.Diagnostics.Metrics;

namespace Jinning.Messaging.Inbox;

/// <summary>The inbox's instruments on the service's meter.</summary>
public sealed class InboxMetrics
{
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _failures;

    public InboxMetrics(IMeterFactory meters, ServiceMeter service)
    {
        var meter = meters.Create(service.Name);
        _duplicates = meter.CreateCounter<long>("jinning.inbox.duplicates", "{message}",
            "Redelivered messages the inbox recognised as already applied and skipped.");
        _failures = meter.CreateCounter<long>("jinning.consumer.failures", "{attempt}",
            "Consume attempts that threw and were rolled back; each in-process retry counts, a message out of retries goes to _error.");
    }

    public void DuplicateSkipped(string messageType, string consumer) =>
        _duplicates.Add(1, new("message_type", messageType), new("consumer", consumer));

    public void ConsumeFailed(string messageType, string consumer, Exception exception) =>
        _failures.Add(1, new("message_type", messageType), new("consumer", consumer), new("exception_type", exception.GetType().Name));
}
