using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Messaging.Revocation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jinning.Messaging.Persistence;

/// <summary>
/// A service's DbContext that also holds its outbox and inbox tables, so a state change, the
/// messages it causes and the messages it consumed commit in one transaction.
/// </summary>
public interface IMessagingDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<InboxMessage> InboxMessages { get; }
    DbSet<RevokedSignIn> RevokedSignIns => Set<RevokedSignIn>();
    DbSet<TEntity> Set<TEntity>() where TEntity : class;
    DatabaseFacade Database { get; }
    ChangeTracker ChangeTracker { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
