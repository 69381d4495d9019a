using Jinning.Reporting.Data;
using Jinning.Reporting.IssueStatistics;
using Jinning.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Reporting.Tests;

/// <summary>Events in, figures out (P1), against the hand-worked figures of <see cref="SampleHistory"/>.</summary>
public sealed class StatisticsTests(ReportingInfrastructure infrastructure) : IClassFixture<ReportingInfrastructure>
{
    private static readonly DateOnly From = new(2026, 7, 1), To = new(2026, 12, 31);

    private async Task<(IReadOnlyList<SummaryGroup> Groups, SummaryGroup Total)> SummarizeAsync(ReportingHost host, SummaryGrouping grouping, DateOnly? from = null, DateOnly? to = null) =>
        await host.WithScopeAsync(services => services.GetRequiredService<IssueStatisticsIndex>()
            .SummarizeAsync(services.GetRequiredService<ReportingDbContext>(), grouping, from, to, CancellationToken.None));

    [Fact]
    public async Task ByCategory_CountsRatesAndHandlingTimes()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("stats"), DateTimeOffset.UtcNow);
        await host.FeedAsync(SampleHistory.Events());

        var (groups, total) = await SummarizeAsync(host, SummaryGrouping.Category, From, To);

        Assert.Equal(["administrative-approval", "other", "window-service"], groups.Select(g => g.Key));
        var approval = groups[0];
        Assert.Equal((2, 1, 1, 1), (approval.Count, approval.Open, approval.Closed, approval.Major));
        Assert.Equal((1, 0.5), (approval.Overdue, approval.OverdueRate));          // C of C, D dispatched
        Assert.Equal((1, 1, 2, 0.5), (approval.Rectified, approval.OnTime, approval.OnTimeMeasured, approval.OnTimeRate)); // D on time; C overdue and open
        Assert.Equal((10.0, 10.0), (approval.MedianHandlingHours, approval.P90HandlingHours));
        Assert.Equal((1, 1, 0), (approval.FeedbackGiven, approval.FeedbackAccepted, approval.FeedbackObjected));
        Assert.Equal((3.0, 0.0), (approval.AverageRating, approval.SatisfactionRate));

        var other = groups[1];
        Assert.Equal(1, other.Count); // E on 31 December; F is 1 January in the district
        Assert.Null(other.OverdueRate);
        Assert.Null(other.OnTimeRate);
        Assert.Null(other.MedianHandlingHours);

        var window = groups[2];
        Assert.Equal((2, 1, 1), (window.Count, window.Open, window.Closed));
        Assert.Equal((1, 0.5), (window.Overdue, window.OverdueRate));
        Assert.Equal((2, 1, 2, 0.5), (window.Rectified, window.OnTime, window.OnTimeMeasured, window.OnTimeRate)); // B overdue, then rectified: once
        Assert.Equal(36.0, window.MedianHandlingHours);                            // 24 h and 48 h
        Assert.Equal(45.6, window.P90HandlingHours);                               // 24 + 0.9 × 24
        Assert.Equal((2, 1, 1), (window.FeedbackGiven, window.FeedbackAccepted, window.FeedbackObjected));
        Assert.Equal(1.0, window.SatisfactionRate);

        Assert.Equal((5, 2, 0.5), (total.Count, total.Overdue, total.OverdueRate));
        Assert.Equal(0.5, total.OnTimeRate);                                        // A, D of A, B, D and the open overdue C
        Assert.Equal(24.0, total.MedianHandlingHours);                              // 10, 24, 48
        Assert.Equal(43.2, total.P90HandlingHours);                                 // rank 1.8: 24 + 0.8 × 24
    }

    [Fact]
    public async Task ByDepartmentStatusAndPeriod_WithDateFilters()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("groups"), DateTimeOffset.UtcNow);
        await host.FeedAsync(SampleHistory.Events());

        var (departments, _) = await SummarizeAsync(host, SummaryGrouping.Department, From, To);
        Assert.Equal([("finance", 1), ("taxation", 3), ("undispatched", 1)], departments.Select(g => (g.Key, g.Count)));

        var (statuses, _) = await SummarizeAsync(host, SummaryGrouping.Status, From, To);
        Assert.Equal([("closed", 2), ("dispatched", 1), ("registered", 1), ("reopened", 1)], statuses.Select(g => (g.Key, g.Count)));

        var (months, _) = await SummarizeAsync(host, SummaryGrouping.Month);
        Assert.Equal([("2026-07", 2), ("2026-08", 2), ("2026-12", 1), ("2027-01", 1)], months.Select(g => (g.Key, g.Count)));
        var (halves, _) = await SummarizeAsync(host, SummaryGrouping.HalfYear);
        Assert.Equal([("2026-H2", 5), ("2027-H1", 1)], halves.Select(g => (g.Key, g.Count)));
        var (years, _) = await SummarizeAsync(host, SummaryGrouping.Year, to: To);
        Assert.Equal([("2026", 5)], years.Select(g => (g.Key, g.Count)));
        var (days, _) = await SummarizeAsync(host, SummaryGrouping.Day, new DateOnly(2026, 8, 15), new DateOnly(2026, 8, 20));
        Assert.Equal([("2026-08-15", 1), ("2026-08-20", 1)], days.Select(g => (g.Key, g.Count)));
    }

    [Fact]
    public async Task LaterEvents_ReachTheIndex_WithoutARestart()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("catchup"), DateTimeOffset.UtcNow);
        await host.FeedAsync(SampleHistory.Events());
        var (before, _) = await SummarizeAsync(host, SummaryGrouping.Status, From, To);
        Assert.Equal(1, before.Single(g => g.Key == "reopened").Count);

        await host.FeedAsync(new Jinning.Contracts.V1.IssueClosed { IssueId = SampleHistory.B, TrackingNumber = "WT-B", Rating = 4, OccurredAt = DateTimeOffset.UtcNow });

        var (after, total) = await SummarizeAsync(host, SummaryGrouping.Status, From, To);
        Assert.DoesNotContain(after, g => g.Key == "reopened");
        Assert.Equal(3, after.Single(g => g.Key == "closed").Count);
        Assert.Equal(3, total.Closed);
    }
}
