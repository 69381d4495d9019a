using System.Text.Json;
using Jinning.Reporting.Data;
using Jinning.Reporting.Events;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Rebuild;

/// <summary>
/// Empties every read model and replays the kept events through the same projections, in the order
/// they were first applied (P5). It runs in one transaction that holds back the live consumer, so
/// the result is exactly what live consumption built; readers see the old models until it commits.
/// </summary>
public sealed class ReadModelRebuilder(ReportingDbContext db, Projector projector, TimeProvider time, ILogger<ReadModelRebuilder> logger)
{
    private const int BatchSize = 1000;

    public sealed record Result(long ReplayedEvents, Guid Generation, DateTimeOffset RebuiltAt, double Seconds);

    public async Task<Result> RebuildAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RebuildOnceAsync(ct);
            }
            catch (Exception exception) when (attempt < 3 && IsLockConflict(exception))
            {
                // The live consumer or another rebuild held what this one waited for and PostgreSQL broke the
                // deadlock by cancelling this transaction: nothing of it was kept, so it runs again.
                db.ChangeTracker.Clear();
                logger.LogWarning("Rebuild attempt {Attempt} met a lock conflict; trying again", attempt);
            }
        }
    }

    private static bool IsLockConflict(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is Npgsql.PostgresException { SqlState: "40P01" or "40001" })
            {
                return true;
            }
        }
        return false;
    }

    private async Task<Result> RebuildOnceAsync(CancellationToken ct)
    {
        var started = time.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // EXCLUSIVE lets readers read but makes the consumer's inserts wait until the rebuild commits.
        await db.Database.ExecuteSqlRawAsync("LOCK TABLE recorded_events IN EXCLUSIVE MODE", ct);
        var truncate = "TRUNCATE " + string.Join(", ", ReportingDbContext.ReadModelTables); // constant table names
        await db.Database.ExecuteSqlRawAsync(truncate, ct);

        long replayed = 0, after = 0;
        while (true)
        {
            var batch = await db.RecordedEvents.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var recorded in batch)
            {
                var type = EventCatalog.Find(recorded.Type) ?? throw new InvalidOperationException($"Unknown kept event type {recorded.Type}.");
                var message = JsonSerializer.Deserialize(recorded.Body, type, JsonSerializerOptions.Web)!;
                await projector.ApplyAsync(message, ct);
                // Saved per event, as live consumption does, so each projection sees the last one's rows.
                await db.SaveChangesAsync(ct);
            }
            db.ChangeTracker.Clear();
            replayed += batch.Count;
            after = batch[^1].Sequence;
        }

        var state = await db.ReportingState.SingleAsync(ct);
        state.Generation = Guid.NewGuid();
        state.RebuiltAt = time.GetUtcNow();
        state.ReplayedEvents = replayed;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var seconds = time.GetElapsedTime(started).TotalSeconds;
        logger.LogInformation("Rebuilt the reporting read models from {Count} events in {Seconds:0.0} s", replayed, seconds);
        return new Result(replayed, state.Generation, state.RebuiltAt.Value, Math.Round(seconds, 2));
    }
}
