using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Messaging.Ordering;
using Jinning.Reporting.Data;
using Jinning.Reporting.Events.Ordering;
using Jinning.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Reporting.Tests;

/// <summary>
/// Issue 16: the consumer applies an issue's events in version order through the real broker, whatever order they come
/// in: an early one is held until its predecessor arrives, a stale or duplicate one changes nothing.
/// </summary>
public sealed class OrderedApplicationTests(ReportingInfrastructure infrastructure) : IClassFixture<ReportingInfrastructure>
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Reported = new(2026, 7, 1, 10, 0, 0, District);

    [Fact]
    public async Task RectifiedBeforeDispatched_IsHeldUntilTheDispatchArrives_ThenTheIssueEndsAsIfTheyCameInOrder()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("ordering"), DateTimeOffset.UtcNow);
        var late = Guid.NewGuid();
        var twin = Guid.NewGuid();
        await host.FeedAsync(VersionStamps.InOrder(HistoryInOrder(twin)));

        var (reported, dispatched, rectified) = History(late);
        await PublishAndWaitAsync(host, reported with { Version = 1 });
        await PublishAndWaitAsync(host, rectified with { Version = 3 });

        // The consumer ran (the inbox holds the message): the rectification is held, and the issue is untouched.
        var parked = Assert.Single(await host.QueryAsync(db => db.ParkedEvents.AsNoTracking().ToListAsync()));
        Assert.Equal((late, 3L, typeof(IssueRectified).FullName), (parked.AggregateId, parked.Version, parked.Type));
        var untouched = await host.QueryAsync(db => db.IssueFacts.AsNoTracking().SingleAsync(f => f.IssueId == late));
        Assert.Equal(("registered", (DateTimeOffset?)null), (untouched.Status, untouched.RectifiedAt));
        var watch = host.Services.GetRequiredService<ParkedEventsWatch<ReportingDbContext>>();
        await watch.CheckAsync(CancellationToken.None);
        Assert.Equal((1, 0), (watch.Parked, watch.Overdue));
        host.Clock.Advance(TimeSpan.FromMinutes(6));
        await watch.CheckAsync(CancellationToken.None);
        Assert.Equal((1, 1), (watch.Parked, watch.Overdue));

        await PublishAndWaitAsync(host, dispatched with { Version = 2 });

        Assert.Empty(await host.QueryAsync(db => db.ParkedEvents.ToListAsync()));
        Assert.Equal(3, await host.QueryAsync(db => db.AppliedVersions.Where(v => v.AggregateId == late).Select(v => v.Version).SingleAsync()));
        Assert.Equal([1L, 2L, 3L], await host.QueryAsync(db => db.RecordedEvents.Where(e => e.AggregateId == late).OrderBy(e => e.Sequence)
            .Select(e => e.Version).ToListAsync()));
        var applied = await FactAsync(host, late);
        Assert.Equal(await FactAsync(host, twin), applied);
        Assert.Contains("\"status\":\"rectified\"", applied);
        Assert.Contains("\"handlingHours\":24", applied);

        // A stale copy of the dispatch to another department, under a new message ID: consumed, and it changes nothing.
        await PublishAndWaitAsync(host, dispatched with { Version = 2, DepartmentCode = "finance", LeadDepartmentCode = "finance" });
        await PublishAndWaitAsync(host, reported with { Version = 1, Category = "other" });
        Assert.Equal(applied, await FactAsync(host, late));
        Assert.Equal(3, await host.QueryAsync(db => db.RecordedEvents.CountAsync(e => e.AggregateId == late)));
    }

    [Fact]
    public async Task AnEarlyEventArrivingTwice_IsParkedOnce_AndUnversionedEventsApplyAsTheyCome()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("parkedtwice"), DateTimeOffset.UtcNow);
        var issue = Guid.NewGuid();
        var (reported, dispatched, rectified) = History(issue);
        await host.FeedAsync(rectified with { Version = 3 }, rectified with { Version = 3 });
        Assert.Single(await host.QueryAsync(db => db.ParkedEvents.ToListAsync()));
        Assert.Empty(await host.QueryAsync(db => db.RecordedEvents.ToListAsync()));

        // Unversioned (sent before versions existed): applied at once, as before.
        await host.FeedAsync(reported, dispatched);
        Assert.Equal("dispatched", await host.QueryAsync(db => db.IssueFacts.Where(f => f.IssueId == issue).Select(f => f.Status).SingleAsync()));
        Assert.Single(await host.QueryAsync(db => db.ParkedEvents.ToListAsync()));
    }

    private static (IssueReported, IssueTransferred, IssueRectified) History(Guid id) => (
        new IssueReported
        {
            IssueId = id, TrackingNumber = "WT-X", Title = "标题", Category = "window-service", Channel = "web", Source = "supervisor",
            Major = false, OccurredAt = Reported,
        },
        new IssueTransferred
        {
            IssueId = id, TrackingNumber = "WT-X", Kind = "transfer", DepartmentCode = "taxation", LeadDepartmentCode = "taxation",
            Category = "window-service", Major = false, Title = "标题", Description = "描述", Deadline = Reported.AddDays(10),
            OccurredAt = Reported.AddHours(2),
        },
        new IssueRectified
        {
            IssueId = id, TrackingNumber = "WT-X", DepartmentCode = "taxation", OccurredAt = Reported.AddHours(26),
            DispatchedAt = Reported.AddHours(2), Deadline = Reported.AddDays(10),
        });

    private static IEnumerable<object> HistoryInOrder(Guid id)
    {
        var (reported, dispatched, rectified) = History(id);
        return [reported, dispatched, rectified];
    }

    private static async Task PublishAndWaitAsync<T>(ReportingHost host, T message) where T : class
    {
        var messageId = NewId.NextGuid();
        await host.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);
        await Eventually.WaitForAsync(() => host.QueryAsync(db => db.InboxMessages.AnyAsync(m => m.MessageId == messageId)), seen => seen,
            TimeSpan.FromSeconds(30), $"the consumer to take {typeof(T).Name} {messageId}");
    }

    /// <summary>The issue's figures without its identity and revision, to compare two issues.</summary>
    private static Task<string> FactAsync(ReportingHost host, Guid id) => host.QueryAsync(async db => JsonSerializer.Serialize(
        await db.IssueFacts.AsNoTracking().Where(f => f.IssueId == id).Select(f => new
        {
            f.Category, f.DepartmentCode, f.Status, f.Closed, f.ReportedAt, f.DispatchedAt, f.Deadline, f.RectifiedAt, f.HandlingHours,
            f.OnTime, f.Overdue,
        }).SingleAsync(), JsonSerializerOptions.Web));
}
