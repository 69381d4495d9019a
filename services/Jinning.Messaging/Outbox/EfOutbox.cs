using System.Diagnostics;
using System.Text.Json;
using Jinning.Persistence;
using MassTransit;

namespace Jinning.Messaging.Outbox;

internal sealed class EfOutbox(IMessagingDbContext db, TimeProvider time) : IOutbox
{
    public void Publish<TMessage>(TMessage message, Guid? messageId = null) where TMessage : class
    {
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = messageId ?? NewId.NextGuid(),
            MessageType = ContractTypes.NameOf(typeof(TMessage)),
            Body = JsonSerializer.Serialize(message, MessageJson.Options),
            TraceParent = Activity.Current?.Id,
            CreatedAt = time.GetUtcNow(),
        });
    }
}
