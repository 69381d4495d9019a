using Jinning.Persistence.Idempotency;
using Jinning.Persistence.Revocation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jinning.Persistence;

/// <summary>
/// A service's DbContext, as the shared plumbing sees it: the kept answers to <c>Idempotency-Key</c> requests and the
/// revoked sign-ins live in every service's own database, beside its domain tables (<see cref="ServiceModelBuilderExtensions"/>).
/// </summary>
public interface IServiceDbContext
{
    DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();
    DbSet<RevokedSignIn> RevokedSignIns => Set<RevokedSignIn>();
    DbSet<TEntity> Set<TEntity>() where TEntity : class;
    DatabaseFacade Database { get; }
    ChangeTracker ChangeTracker { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
