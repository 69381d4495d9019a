using Jinning.Contracts.V1;
using Jinning.Messaging.Ordering;
using Jinning.Roster.Data;
using Jinning.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Roster.Tests;

/// <summary>Issue 16: a supervisor's reported issue follows ticketing's events in version order, whatever order the broker brings.</summary>
[Collection(RosterCollection.Name)]
public sealed class OrderedIssueEventsTests(RosterInfrastructure infrastructure)
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AClosingThatOvertookTheReport_IsHeldUntilTheReportAndTransferArrive_AndAStaleTransferChangesNothing()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("orderedissues"), At);
        var issue = Guid.NewGuid();
        var supervisor = Guid.NewGuid();
        var transferred = new IssueTransferred
        {
            IssueId = issue, TrackingNumber = "WT-1", Kind = "transfer", DepartmentCode = "taxation", Category = "other", Major = false,
            Title = "标题", Description = "描述", Deadline = At.AddDays(10), OccurredAt = At.AddHours(1), Version = 2,
        };

        await PublishAndWaitAsync(host, new IssueClosed { IssueId = issue, TrackingNumber = "WT-1", Rating = 4, OccurredAt = At.AddDays(3), Version = 3 });
        // The consumer took it (the inbox holds it): it is held, and nothing about the issue exists yet.
        var parked = Assert.Single(await host.QueryAsync(db => db.Set<ParkedEvent>().AsNoTracking().ToListAsync()));
        Assert.Equal((issue, 3L), (parked.AggregateId, parked.Version));
        Assert.Empty(await host.QueryAsync(db => db.ReportedIssues.Where(r => r.IssueId == issue).ToListAsync()));
        var watch = host.Services.GetRequiredService<ParkedEventsWatch<RosterDbContext>>();
        await watch.CheckAsync(CancellationToken.None);
        Assert.Equal(1, watch.Parked);

        await PublishAndWaitAsync(host, new IssueReported
        {
            IssueId = issue, TrackingNumber = "WT-1", Title = "标题", Category = "other", Channel = "web", Source = "supervisor", Major = false,
            ReporterSupervisorId = supervisor, OccurredAt = At, Version = 1,
        });
        Assert.Equal("registered", await OutcomeAsync(host, issue));
        Assert.Single(await host.QueryAsync(db => db.Set<ParkedEvent>().ToListAsync()));

        await PublishAndWaitAsync(host, transferred);
        Assert.Equal("closed", await OutcomeAsync(host, issue));
        Assert.Empty(await host.QueryAsync(db => db.Set<ParkedEvent>().ToListAsync()));
        Assert.Equal(3, await host.QueryAsync(db => db.Set<AppliedVersion>().Where(v => v.AggregateId == issue).Select(v => v.Version)
            .SingleAsync()));

        // The same transfer again under a new message ID, dated later: stale by version, so the issue stays closed.
        await PublishAndWaitAsync(host, transferred with { OccurredAt = At.AddDays(5) });
        Assert.Equal("closed", await OutcomeAsync(host, issue));
    }

    private static Task<string> OutcomeAsync(RosterHost host, Guid issue) =>
        host.QueryAsync(db => db.ReportedIssues.Where(r => r.IssueId == issue).Select(r => r.Outcome).SingleAsync());

    private static async Task PublishAndWaitAsync<T>(RosterHost host, T message) where T : class
    {
        var messageId = NewId.NextGuid();
        await host.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);
        await Eventually.WaitForAsync(() => host.QueryAsync(db => db.InboxMessages.AnyAsync(m => m.MessageId == messageId)), seen => seen,
            TimeSpan.FromSeconds(30), $"the consumer to take {typeof(T).Name} {messageId}; logs: {string.Join("\n", host.Logs.Messages)}");
    }
}
