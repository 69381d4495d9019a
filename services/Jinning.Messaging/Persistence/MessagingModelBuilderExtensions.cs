using Jinning.Messaging.Idempotency;
using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Messaging.Revocation;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Messaging.Persistence;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds the outbox, inbox, revoked sign-in and idempotent request tables to a service's model.</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new RevokedSignInConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotentRequestConfiguration());
        return modelBuilder;
    }
}
