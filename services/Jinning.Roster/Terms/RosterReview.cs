using Jinning.Roster.Data;
using Jinning.Roster.Duties;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Terms;

/// <summary>
/// One pass of the calendar over the roster (terms, half-year reminders) in one transaction, by one instance at a time:
/// the pass holds a transaction-long advisory lock, and an instance that finds it held skips the pass, since the holder
/// is doing the same work. A supervisor changed by someone between reading and saving makes the save change nothing (row
/// version); the pass then reads again and acts on what is still due.
/// </summary>
public sealed class RosterReview(RosterDbContext db, TermKeeper terms, HalfYearReminders reminders, ILogger<RosterReview> logger)
{
    /// <summary>The advisory lock key of the roster calendar (the issue clock's is 73100002).</summary>
    public const long LeaseKey = 73100003;
    public const int MaxAttempts = 3;

    /// <returns>False when another instance held the lease and this one did nothing.</returns>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException conflict) when (attempt < MaxAttempts)
            {
                logger.LogInformation("Roster review lost a race on {Entries} record(s) (attempt {Attempt}); reading again",
                    conflict.Entries.Count, attempt);
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var leased = await db.Database
            .SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({LeaseKey}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!leased)
        {
            return false;
        }
        await terms.ReviewAsync(cancellationToken);
        await reminders.SendDueAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

/// <summary>What this instance's scheduler has done since start, for tests and the dashboard.</summary>
public sealed class RosterSchedulerStatus
{
    private long _reviews;
    private long _skipped;
    private long _lastTickAtTicks;

    /// <summary>Passes this instance ran while holding the lease.</summary>
    public long Reviews => Interlocked.Read(ref _reviews);

    /// <summary>Ticks this instance skipped because another held the lease.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>The clock reading of the last completed tick (run or skipped).</summary>
    public DateTimeOffset? LastTickAt =>
        Interlocked.Read(ref _lastTickAtTicks) is var at and > 0 ? new DateTimeOffset(at, TimeSpan.Zero) : null;

    public void Completed(DateTimeOffset at, bool ran)
    {
        Interlocked.Increment(ref ran ? ref _reviews : ref _skipped);
        Interlocked.Exchange(ref _lastTickAtTicks, at.UtcTicks);
    }
}
