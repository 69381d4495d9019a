using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Testing;
using Jinning.Ticketing.Issues;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Ticketing.Tests;

/// <summary>D5, ticketing's side: a forwarded suggestion report becomes one suggestion issue per department, once.</summary>
[Collection(TicketingServiceCollection.Name)]
public sealed class SuggestionForwardingTests(TicketingInfrastructure infrastructure)
{
    private sealed class Received : IReceiveObserver
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

        public Task PostReceive(ReceiveContext context)
        {
            if (context.InputAddress.AbsolutePath.Contains("suggestion-forwarded", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }
            return Task.CompletedTask;
        }

        public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

        public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType,
            Exception exception) where T : class => Task.CompletedTask;

        public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
    }

    [Fact]
    public async Task ForwardedSuggestion_OpensOneIssuePerDepartment_AndRedeliveryOrARepeatCreatesNothingTwice()
    {
        var start = new DateTimeOffset(2027, 1, 8, 9, 0, 0, TimeSpan.FromHours(8));
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("suggestions"), start);
        var bus = host.Services.GetRequiredService<IBus>();
        var received = new Received();
        using var observing = new ObserverHandle(bus.ConnectReceiveObserver(received));
        var supervisor = Guid.NewGuid();
        var forwarded = new SuggestionForwarded
        {
            SubmissionId = Guid.NewGuid(), SupervisorId = supervisor, Period = "2026-H2",
            DepartmentCodes = ["government-services", "market-regulation", "government-services"],
            Suggestion = "建议推行企业开办“一窗通办”，压缩审批时限。", Note = "请研究采纳并于一个月内反馈。", OccurredAt = start,
        };
        var messageId = NewId.NextGuid();

        await bus.Publish(forwarded, context => context.MessageId = messageId);
        var opened = await Eventually.WaitForAsync(host.OutboxBodiesAsync<SuggestionIssueOpened>, found => found.Count >= 2,
            TimeSpan.FromSeconds(30), "an issue per department");

        var answers = opened.Select(b => JsonDocument.Parse(b).RootElement).ToList();
        Assert.Equal(["government-services", "market-regulation"],
            answers.Select(a => a.GetProperty("departmentCode").GetString()).Order());
        Assert.All(answers, a => Assert.Equal(forwarded.SubmissionId, a.GetProperty("submissionId").GetGuid()));
        var issues = await host.QueryAsync(db => db.Issues.AsNoTracking().OrderBy(i => i.Assignment.DepartmentCode).ToListAsync());
        Assert.Equal(2, issues.Count);
        Assert.All(issues, issue =>
        {
            Assert.Equal((IssueType.Suggestion, IssueSource.Supervisor, supervisor), (issue.Type, issue.Source,
                issue.ReporterSupervisorId));
            Assert.Equal((IssueStatus.Dispatched, DispatchKind.Transfer), (issue.Status, issue.Assignment.DispatchKind));
            Assert.Equal(forwarded.Note, issue.Assignment.Instructions);
            Assert.Equal(forwarded.Suggestion, issue.Description);
        });
        Assert.Equal(answers.Select(a => a.GetProperty("trackingNumber").GetString()).Order(),
            issues.Select(i => i.TrackingNumber).Order());

        var department = TicketingHost.Department("market-regulation");
        var seen = await host.OkAsync(HttpMethod.Get, "/api/ticketing/issues", department);
        var own = Assert.Single(seen.GetProperty("items").EnumerateArray());
        Assert.Equal(("suggestion", JsonValueKind.Null), (own.GetProperty("type").GetString(),
            own.GetProperty("reporterSupervisorId").ValueKind));
        var mine = await host.OkAsync(HttpMethod.Get, "/api/ticketing/issues", TicketingHost.Supervisor(supervisor));
        Assert.Equal(2, mine.GetProperty("total").GetInt32());
        var transfers = (await host.OutboxBodiesAsync<IssueTransferred>()).Select(b => JsonDocument.Parse(b).RootElement).ToList();
        Assert.Equal(2, transfers.Count);
        Assert.All(transfers, t => Assert.Equal(("transfer", "suggestion", forwarded.Note), (t.GetProperty("kind").GetString(),
            t.GetProperty("type").GetString(), t.GetProperty("instructions").GetString())));

        // The broker delivers the same message again, and roster forwards the same submission again.
        await bus.Publish(forwarded, context => context.MessageId = messageId);
        await bus.Publish(forwarded with { OccurredAt = start.AddMinutes(1) });
        await Eventually.WaitForAsync(() => Task.FromResult(received.Count), count => count >= 3, TimeSpan.FromSeconds(30),
            "both deliveries");

        Assert.Equal(2, await host.QueryAsync(db => db.Issues.CountAsync()));
        Assert.Equal(2, (await host.OutboxBodiesAsync<SuggestionIssueOpened>()).Count);
        Assert.Equal(2, (await host.OutboxBodiesAsync<IssueTransferred>()).Count);
    }

    private sealed class ObserverHandle(ConnectHandle handle) : IDisposable
    {
        public void Dispose() => handle.Disconnect();
    }
}
