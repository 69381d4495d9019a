using System.Text.Json;
using Jinning.Messaging.Ordering;
using Jinning.Reporting.Data;

namespace Jinning.Reporting.Events;

/// <summary>
/// Keeps an event and applies it to the read models in the same transaction (the consumer's), so
/// the kept history and the read models never disagree (P5). Events reach it through
/// <see cref="Ordering.OrderedApplication"/>, in version order per aggregate.
/// </summary>
public sealed class EventRecorder(ReportingDbContext db, Projector projector, TimeProvider time)
{
    public async Task RecordAsync(object message, Guid messageId, DateTimeOffset? sentAt, CancellationToken ct)
    {
        var type = message.GetType();
        if (EventCatalog.Find(type.FullName!) is null)
        {
            throw new ArgumentException($"{type.FullName} is not in the event catalog.", nameof(message));
        }
        var position = VersionedEvent.Read(message);
        db.RecordedEvents.Add(new RecordedEvent
        {
            MessageId = messageId,
            AggregateId = position?.AggregateId,
            Version = position?.Version ?? 0,
            Type = type.FullName!,
            Body = JsonSerializer.Serialize(message, type, JsonSerializerOptions.Web),
            OccurredAt = (sentAt ?? time.GetUtcNow()).ToUniversalTime(),
            RecordedAt = time.GetUtcNow(),
        });
        await projector.ApplyAsync(message, ct);
    }
}
