using System.Text.Json;
using Jinning.Reporting.Data;
using Jinning.Reporting.Events;
using Jinning.Reporting.Events.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Rebuild;

/// <summary>
/// Empties every read model and replays the kept events through the same projections, each aggregate's in
/// version order (P5, issue 16). It runs in one transaction under the writer lock the live consumer takes first
/// too, so the two queue for each other instead of deadlocking, and the result is what live consumption built.
/// Rows are deleted rather than truncated, so readers keep the old figures until it commits.
/// </summary>
public sealed class ReadModelRebuilder(ReportingDbContext db, Projector projector, TimeProvider time, ILogger<ReadModelRebuilder> logger)
{
    private const int BatchSize = 1000;

    public sealed record Result(long ReplayedEvents, Guid Generation, DateTimeOffset RebuiltAt, double Seconds);

    /// <summary>Called after the old rows are deleted and before anything is replayed; tests hold a rebuild there.</summary>
    public Func<CancellationToken, Task>? AfterEmptying { get; set; }

    public async Task<Result> RebuildAsync(CancellationToken ct)
    {
        var started = time.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await OrderedApplication.TakeWriterLockAsync(db, ct);
        foreach (var table in ReportingDbContext.ReadModelTables)
        {
            var delete = "DELETE FROM " + table; // constant table names
            await db.Database.ExecuteSqlRawAsync(delete, ct);
        }
        if (AfterEmptying is { } hold)
        {
            await hold(ct);
        }

        var kept = await db.RecordedEvents.AsNoTracking().OrderBy(e => e.Sequence)
            .Select(e => new ReplayOrder.Kept(e.Sequence, e.AggregateId, e.Version)).ToListAsync(ct);
        var order = ReplayOrder.Of(kept);
        foreach (var batch in order.Chunk(BatchSize))
        {
            var events = await db.RecordedEvents.AsNoTracking().Where(e => batch.Contains(e.Sequence)).ToDictionaryAsync(e => e.Sequence, ct);
            foreach (var sequence in batch)
            {
                var recorded = events[sequence];
                var type = EventCatalog.Find(recorded.Type) ?? throw new InvalidOperationException($"Unknown kept event type {recorded.Type}.");
                await projector.ApplyAsync(JsonSerializer.Deserialize(recorded.Body, type, JsonSerializerOptions.Web)!, ct);
            }
            // Saved once a batch: the projections find the rows of earlier unsaved events in the change tracker.
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        var state = await db.ReportingState.SingleAsync(ct);
        state.Generation = Guid.NewGuid();
        state.RebuiltAt = time.GetUtcNow();
        state.ReplayedEvents = order.Count;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var seconds = time.GetElapsedTime(started).TotalSeconds;
        logger.LogInformation("Rebuilt the reporting read models from {Count} events in {Seconds:0.0} s", order.Count, seconds);
        return new Result(order.Count, state.Generation, state.RebuiltAt.Value, Math.Round(seconds, 2));
    }
}
