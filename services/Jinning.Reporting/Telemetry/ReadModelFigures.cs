using Jinning.Reporting.Data;
using Jinning.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Telemetry;

/// <summary>
/// How far behind the read models are, from the newest event reporting has applied (every event is kept in
/// <c>recorded_events</c>, applied to the read models in the same transaction).
/// </summary>
/// <param name="Applied">Whether any event has been applied yet.</param>
/// <param name="ApplicationLag">For the newest applied event: from the moment its service sent it to the moment reporting
/// applied it.</param>
/// <param name="NewestEventAge">How long ago the newest applied event was sent. It grows while the services are quiet as well as
/// while reporting is stuck; compare it with the publishing services' outbox metrics to tell the two apart.</param>
public sealed record ReadModelFigures(bool Applied, TimeSpan ApplicationLag, TimeSpan NewestEventAge);

/// <summary>Reads the newest recorded event by its sequence (a unique index): one row per refresh.</summary>
public sealed class ReadModelFigureRefresher(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    ILogger<ReadModelFigureRefresher> logger) : FigureRefresher<ReadModelFigures>(scopes, time, configuration, logger)
{
    protected override async Task<ReadModelFigures> ReadAsync(
        IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var newest = await services.GetRequiredService<ReportingDbContext>().RecordedEvents.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.OccurredAt, e.RecordedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return newest is null
            ? new ReadModelFigures(false, TimeSpan.Zero, TimeSpan.Zero)
            : new ReadModelFigures(true, Positive(newest.RecordedAt - newest.OccurredAt), Positive(now - newest.OccurredAt));
    }

    // Clocks of two hosts may disagree by a little; a negative lag means none.
    private static TimeSpan Positive(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;
}
