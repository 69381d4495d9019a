using BenchmarkDotNet.Attributes;
using Jinning.Reporting.IssueStatistics;

namespace Jinning.Benchmarks;

/// <summary>
/// P1 at one million issues: the office's summary, answered from the in-memory statistics index that
/// reporting keeps current from its facts. Target: well under 100 ms per query.
/// </summary>
[MemoryDiagnoser]
public class IssueSummaryBenchmarks
{
    private IssueStatisticsIndex _index = null!;

    [Params(1_000_000)]
    public int Issues { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _index = new IssueStatisticsIndex();
        _index.Load(SyntheticIssues.Generate(Issues, seed: 2026));
    }

    [Benchmark(Baseline = true, Description = "by category, all years")]
    public int ByCategory() => _index.Summarize(SummaryGrouping.Category, null, null).Count;

    [Benchmark(Description = "by department, one half-year")]
    public int ByDepartmentHalfYear() => _index.Summarize(SummaryGrouping.Department, new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)).Count;

    [Benchmark(Description = "by month, all years")]
    public int ByMonth() => _index.Summarize(SummaryGrouping.Month, null, null).Count;

    [Benchmark(Description = "by status, one year")]
    public int ByStatusYear() => _index.Summarize(SummaryGrouping.Status, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)).Count;
}
