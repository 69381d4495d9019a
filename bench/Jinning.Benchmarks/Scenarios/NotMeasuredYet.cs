using Jinning.Benchmarks.Harness;

namespace Jinning.Benchmarks.Scenarios;

/// <summary>The scenarios without a load yet; bench/README.md says how each will be loaded.</summary>
public static class NotMeasuredYet
{
    public static IReadOnlyList<ResultRow> Rows() =>
    [
        ResultRow.NotMeasuredYet("4 outbox drain vs MassTransit publish with confirms", "(comparison only)"),
        ResultRow.NotMeasuredYet("5 lists and search at 1,000,000 issues", "p99 ≤ 50 ms"),
        ResultRow.NotMeasuredYet("6 rebuild from 5,000,000 events", "≤ 10 min"),
        ResultRow.NotMeasuredYet("7 office dashboard server time at 1,000,000 issues", "(page server time)"),
    ];
}
