using Jinning.Contracts.V1;
using Jinning.Reporting.Data;
using Jinning.Reporting.Events;
using Jinning.Reporting.Rebuild;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Reporting.Tests;

/// <summary>Issue 16: the rebuild replays each aggregate in version order, readers keep the old figures meanwhile, and it never
/// deadlocks with the live consumer.</summary>
public sealed class RebuildOrderingTests(ReportingInfrastructure infrastructure) : IClassFixture<ReportingInfrastructure>
{
    [Fact]
    public async Task Rebuild_FromEventsKeptInReverseVersionOrder_GivesTheLiveFigures()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("rebuildshuffled"), DateTimeOffset.UtcNow);
        await host.FeedAsync(VersionStamps.InOrder(SampleHistory.Events()));
        var live = await DutiesRebuildAndExportTests.SnapshotAsync(host);

        await KeepEachAggregateReversedAsync(host);
        var keptVersionsOfA = await host.QueryAsync(db => db.RecordedEvents.Where(e => e.AggregateId == SampleHistory.A)
            .OrderBy(e => e.Sequence).Select(e => e.Version).ToListAsync());
        Assert.Equal([5L, 4L, 3L, 2L, 1L], keptVersionsOfA);

        var result = await host.WithScopeAsync(s => s.GetRequiredService<ReadModelRebuilder>().RebuildAsync(CancellationToken.None));

        Assert.Equal(SampleHistory.Events().Length, result.ReplayedEvents);
        Assert.Equal(live, await DutiesRebuildAndExportTests.SnapshotAsync(host));
        Assert.Contains("\"status\":\"closed\"", live);
    }

    [Fact]
    public async Task ReadersGetTheOldFigures_WhileARebuildHasEmptiedTheTablesAndNotCommitted()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("rebuildreaders"), DateTimeOffset.UtcNow);
        await host.FeedAsync(VersionStamps.InOrder(SampleHistory.Events()));
        var live = await DutiesRebuildAndExportTests.SnapshotAsync(host);

        await using var scope = host.Services.CreateAsyncScope();
        var rebuilder = scope.ServiceProvider.GetRequiredService<ReadModelRebuilder>();
        var rebuildingDb = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var emptied = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        rebuilder.AfterEmptying = async ct =>
        {
            emptied.SetResult(await rebuildingDb.IssueFacts.CountAsync(ct));
            await release.Task;
        };
        var rebuilding = rebuilder.RebuildAsync(CancellationToken.None);

        // Inside the rebuild the tables are empty; a reader outside it reads every old figure, without waiting.
        Assert.Equal(0, await emptied.Task.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(live, await DutiesRebuildAndExportTests.SnapshotAsync(host).WaitAsync(TimeSpan.FromSeconds(30)));

        release.SetResult();
        await rebuilding.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(live, await DutiesRebuildAndExportTests.SnapshotAsync(host));
    }

    [Fact]
    public async Task RebuildsRunningWithLiveConsumption_NeverDeadlock_AndEndWithEveryEvent()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("rebuildlive"), DateTimeOffset.UtcNow);
        await host.FeedAsync(VersionStamps.InOrder(SampleHistory.Events()));
        var reported = new DateTimeOffset(2026, 9, 1, 9, 0, 0, SampleHistory.District);
        const int Rounds = 6;
        for (var round = 0; round < Rounds; round++)
        {
            var issue = Guid.NewGuid();
            var live = host.FeedAsync(VersionStamps.InOrder(
            [
                new IssueReported
                {
                    IssueId = issue, TrackingNumber = $"WT-R{round}", Title = "标题", Category = "other", Channel = "web", Source = "hotline",
                    Major = false, OccurredAt = reported,
                },
                new IssueOverdue { IssueId = issue, TrackingNumber = $"WT-R{round}", DepartmentCode = "taxation", Deadline = reported, OccurredAt = reported },
            ]));
            var rebuild = host.WithScopeAsync(s => s.GetRequiredService<ReadModelRebuilder>().RebuildAsync(CancellationToken.None));
            var secondRebuild = host.WithScopeAsync(s => s.GetRequiredService<ReadModelRebuilder>().RebuildAsync(CancellationToken.None));
            // A deadlock would surface as PostgreSQL cancelling one of them (40P01); none is retried any more.
            await Task.WhenAll(live, rebuild, secondRebuild).WaitAsync(TimeSpan.FromSeconds(120));
        }

        Assert.Equal(6 + Rounds, await host.QueryAsync(db => db.IssueFacts.CountAsync()));
        Assert.Equal(Rounds, await host.QueryAsync(db => db.IssueFacts.CountAsync(f => f.Overdue && f.TrackingNumber.StartsWith("WT-R"))));
        var afterLive = await DutiesRebuildAndExportTests.SnapshotAsync(host);
        await host.WithScopeAsync(s => s.GetRequiredService<ReadModelRebuilder>().RebuildAsync(CancellationToken.None));
        Assert.Equal(afterLive, await DutiesRebuildAndExportTests.SnapshotAsync(host));
    }

    /// <summary>Keeps the events again with each aggregate's versioned events in reverse order in the places they held.</summary>
    private static Task KeepEachAggregateReversedAsync(ReportingHost host) => host.WriteAsync(async db =>
    {
        var kept = await db.RecordedEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var reversed = kept.Where(e => e.Version > 0).GroupBy(e => e.AggregateId!.Value)
            .ToDictionary(g => g.Key, g => new Stack<RecordedEvent>(g.OrderBy(e => e.Version)));
        var again = kept.Select(e => e.Version > 0 ? reversed[e.AggregateId!.Value].Pop() : e).ToList();
        await db.RecordedEvents.ExecuteDeleteAsync();
        foreach (var e in again)
        {
            // One at a time: EF orders the inserts of one save by key, not by the order they were added.
            db.RecordedEvents.Add(new RecordedEvent
            {
                MessageId = e.MessageId, AggregateId = e.AggregateId, Version = e.Version, Type = e.Type, Body = e.Body,
                OccurredAt = e.OccurredAt, RecordedAt = e.RecordedAt,
            });
            await db.SaveChangesAsync();
        }
    });
}
