using Jinning.Persistence;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jinning.Messaging.Outbox;

/// <summary>
/// Signals the dispatcher after a commit: after SaveChanges without an explicit transaction, and
/// after an explicit transaction commits. A signal before the rows are visible costs one empty poll.
/// </summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : IDbTransactionInterceptor, ISaveChangesInterceptor, IServiceDatabaseInterceptor
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Notify();
}
