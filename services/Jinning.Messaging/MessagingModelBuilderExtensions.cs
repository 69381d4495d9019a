using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds the outbox and inbox tables to a service's model.</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        return modelBuilder;
    }
}
