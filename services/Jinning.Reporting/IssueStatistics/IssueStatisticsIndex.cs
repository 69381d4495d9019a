using Jinning.Reporting.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.IssueStatistics;

/// <summary>
/// The pre-aggregation behind P1: every issue fact packed as an <see cref="IssueRow"/> in memory. Each
/// query first pulls only the facts whose revision rose since the last one (an indexed, usually empty
/// read), so every replica answers from the database's current state; a rebuild changes the
/// generation and the index reloads from scratch.
/// </summary>
public sealed class IssueStatisticsIndex
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly KeyTable _categories = new(), _departments = new(), _statuses = new();
    private readonly Dictionary<Guid, int> _slots = [];
    private IssueRow[] _rows = new IssueRow[1024];
    private int _count;
    private long _revision;
    private Guid _generation;

    /// <summary>The groups asked for and the totals over the same range, from one consistent state.</summary>
    public async Task<(IReadOnlyList<SummaryGroup> Groups, SummaryGroup Total)> SummarizeAsync(
        ReportingDbContext db, SummaryGrouping grouping, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await CatchUpAsync(db, ct);
            var total = Summarize(SummaryGrouping.All, from, to).SingleOrDefault() ?? IssueSummary.Empty;
            return (Summarize(grouping, from, to), total);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Aggregates what is loaded; the benchmark calls this after <see cref="Load"/>.</summary>
    public IReadOnlyList<SummaryGroup> Summarize(SummaryGrouping grouping, DateOnly? from, DateOnly? to) =>
        IssueSummary.Compute(_rows.AsSpan(0, _count), grouping, from, to, KeyOf, NameOf);

    public void Load(IEnumerable<IssueFact> facts)
    {
        foreach (var fact in facts)
        {
            var row = IssueRows.From(fact, _categories, _departments, _statuses);
            if (_slots.TryGetValue(fact.IssueId, out var slot))
            {
                _rows[slot] = row;
                continue;
            }
            if (_count == _rows.Length)
            {
                Array.Resize(ref _rows, _rows.Length * 2);
            }
            _slots[fact.IssueId] = _count;
            _rows[_count++] = row;
        }
    }

    private async Task CatchUpAsync(ReportingDbContext db, CancellationToken ct)
    {
        var generation = await db.ReportingState.AsNoTracking().Select(s => s.Generation).FirstOrDefaultAsync(ct);
        if (generation != _generation)
        {
            _slots.Clear();
            _count = 0;
            _revision = 0;
            _generation = generation;
        }
        while (true)
        {
            var changed = await db.IssueFacts.AsNoTracking().Where(f => f.Revision > _revision).OrderBy(f => f.Revision).Take(50_000).ToListAsync(ct);
            if (changed.Count == 0)
            {
                return;
            }
            Load(changed);
            _revision = changed[^1].Revision;
        }
    }

    private int KeyOf(SummaryGrouping grouping, IssueRow row) => grouping switch
    {
        SummaryGrouping.Category => row.Category,
        SummaryGrouping.Department => row.Department,
        SummaryGrouping.Status => row.Status,
        _ => IssueSummary.PeriodKey(grouping, row.ReportedOn),
    };

    private string NameOf(SummaryGrouping grouping, int key) => grouping switch
    {
        SummaryGrouping.Category => _categories.Name((short)key),
        SummaryGrouping.Department => key < 0 ? "undispatched" : _departments.Name((short)key),
        SummaryGrouping.Status => _statuses.Name((short)key),
        _ => IssueSummary.PeriodName(grouping, key),
    };
}
