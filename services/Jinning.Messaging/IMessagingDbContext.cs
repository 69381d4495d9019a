using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Messaging;

/// <summary>
/// A service's DbContext that also holds its outbox and inbox tables, so a state change, the
/// messages it causes and the messages it consumed commit in one transaction.
/// </summary>
public interface IMessagingDbContext : IServiceDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<InboxMessage> InboxMessages { get; }
}
