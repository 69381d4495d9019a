using Jinning.ServiceDefaults.Telemetry;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Telemetry;

/// <summary>The open issues per status, with how many of them are overdue or not signed for in time.</summary>
public sealed record IssueFigures(IReadOnlyDictionary<IssueStatus, IssueFigures.StatusFigures> ByStatus)
{
    public sealed record StatusFigures(int Open, int Overdue, int SignForOverdue);

    public int Overdue => ByStatus.Values.Sum(s => s.Overdue);
    public int SignForOverdue => ByStatus.Values.Sum(s => s.SignForOverdue);
    public int AwaitingFeedback => CountOf(DeskFilters.Queues["feedback"]);
    public int AwaitingConfirmation => CountOf(DeskFilters.Queues["confirmation"]);

    private int CountOf(IssueStatus[] statuses) => statuses.Sum(s => ByStatus.GetValueOrDefault(s)?.Open ?? 0);
}

/// <summary>
/// One grouped query over the open issues (closed and merged ones left out) every refresh, counted the way the
/// office's desk counts them (<see cref="DeskCountsApi"/>): overdue once the clock marked it, sign-for overdue live.
/// </summary>
public sealed class IssueFigureRefresher(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    ILogger<IssueFigureRefresher> logger) : FigureRefresher<IssueFigures>(scopes, time, configuration, logger)
{
    protected override async Task<IssueFigures> ReadAsync(
        IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await services.GetRequiredService<TicketingDbContext>().Issues.AsNoTracking()
            .Where(i => i.Status != IssueStatus.Closed && i.Status != IssueStatus.Merged)
            .Select(i => new
            {
                i.Status,
                Overdue = i.Assignment.OverdueAt != null,
                SignForOverdue = i.Status == IssueStatus.Dispatched && i.Assignment.SignForDeadline < now,
            })
            .GroupBy(i => i.Status)
            .Select(g => new
            {
                Status = g.Key,
                Open = g.Count(),
                Overdue = g.Sum(i => i.Overdue ? 1 : 0),
                SignForOverdue = g.Sum(i => i.SignForOverdue ? 1 : 0),
            })
            .ToListAsync(cancellationToken);
        return new IssueFigures(rows.ToDictionary(r => r.Status, r => new IssueFigures.StatusFigures(r.Open, r.Overdue, r.SignForOverdue)));
    }
}
