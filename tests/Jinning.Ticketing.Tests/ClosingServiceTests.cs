using System.Net;
using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Testing;
using Jinning.Ticketing.Dispatch;
using Jinning.Ticketing.Issues;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Ticketing.Tests;

/// <summary>T10 through the service: the office's close, the confirmation wait closed by the clock, a reporter whose term ended.</summary>
[Collection(TicketingServiceCollection.Name)]
public sealed class ClosingServiceTests(TicketingInfrastructure infrastructure)
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);
    private static readonly string[] Outcomes = ["resolved", "explained", "unfounded", "not-accepted", "referred-elsewhere"];

    private static Issue Reported(Guid reporter, DateTimeOffset at) => Issue.Report(Guid.NewGuid(), $"WT-{Guid.NewGuid():N}"[..20],
    "审批窗口推诿",
        "描述", IssueCategory.WindowService, IssueChannel.Web, IssueSource.Supervisor, null, null, false, reporter, at.ToUniversalTime());

    private static Issue Rectified(Guid reporter, DateTimeOffset at)
    {
        at = at.ToUniversalTime();
        var issue = Reported(reporter, at);
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", at.AddDays(10)), at);
        issue.SignFor(at);
        issue.Rectify("已整改", [], at);
        return issue;
    }

    [Fact]
    public async Task Close_EachOutcomeFromEachAllowedStatus_AndIllegalOnesAnswer409()
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, District);
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("close"), start);
        var reporter = Guid.NewGuid();
        var now = start.ToUniversalTime();
        var cases = new List<(Issue Issue, string From, string Outcome, int Expected, string? Confirmation)>();
        foreach (var outcome in Outcomes)
        {
            var registered = Reported(reporter, now);
            var researching = Reported(reporter, now);
            researching.StartResearch(now);
            var dispatched = Reported(reporter, now);
            dispatched.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", now.AddDays(10)), now);
            var rectified = Rectified(reporter, now);
            var waiting = Rectified(reporter, now);
            waiting.GiveFeedback("已整改", now.AddDays(7), reporterSignInDisabled: false, now);
            var reopened = Rectified(reporter, now);
            reopened.GiveFeedback("已整改", now.AddDays(7), reporterSignInDisabled: false, now);
            reopened.Object("未整改到位", now);
            var closed = Rectified(reporter, now);
            closed.GiveFeedback("已整改", now.AddDays(7), reporterSignInDisabled: false, now);
            closed.ConfirmFix(4, now);
            var beforeHandling = outcome == "resolved" ? 409 : 200;
            cases.AddRange([
                (registered, "registered", outcome, beforeHandling, "not-applicable"),
                (researching, "researching", outcome, beforeHandling, "not-applicable"),
                (reopened, "reopened", outcome, 200, "objected"),
                (dispatched, "dispatched", outcome, 409, null),
                (rectified, "rectified", outcome, 409, null),
                (waiting, "feedback-given", outcome, 409, null),
                (closed, "closed", outcome, 409, null),
            ]);
        }
        await host.SeedAsync([.. cases.Select(c => c.Issue)]);

        foreach (var (issue, from, outcome, expected, confirmation) in cases)
        {
            var response = await host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{issue.Id}/close", TicketingHost.Office,
                new { outcome, reason = "经核实，情况已向报告人说明。" });
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.True(expected == (int)response.StatusCode, $"{outcome} from {from}: {(int)response.StatusCode} {body}");
            if (expected == 409)
            {
                Assert.Equal("https://jinning.gov.cn/problems/illegal-transition", body.GetProperty("type").GetString());
                continue;
            }
            Assert.Equal(("closed", "closed", outcome, confirmation), (body.GetProperty("status").GetString(),
            body.GetProperty("state").GetString(),
                body.GetProperty("outcome").GetString(), body.GetProperty("confirmation").GetString()));
        }

        var closedEvents = (await host.OutboxBodiesAsync<IssueClosed>()).Select(b => JsonDocument.Parse(b).RootElement).ToList();
        var expectedClosures = cases.Where(c => c.Expected == 200).ToList();
        Assert.Equal(expectedClosures.Count + Outcomes.Length, closedEvents.Count); // plus the seeded confirmations
        foreach (var (issue, _, outcome, _, confirmation) in expectedClosures)
        {
            var closed = closedEvents.Single(e => e.GetProperty("issueId").GetGuid() == issue.Id);
            Assert.Equal((outcome, confirmation), (closed.GetProperty("outcome").GetString(),
                closed.GetProperty("confirmation").GetString()));
        }

        var bad = await host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{cases[0].Issue.Id}/close", TicketingHost.Office,
            new { outcome = "solved" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(problem.TryGetProperty("outcome", out _) && problem.TryGetProperty("reason", out _));
        var byDepartment = await host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{cases[0].Issue.Id}/close",
        TicketingHost.Department("taxation"),
            new { outcome = "explained", reason = "理由" });
        Assert.Equal(HttpStatusCode.Forbidden, byDepartment.StatusCode);
    }

    [Fact]
    public async Task ConfirmationWait_ClosesByItselfAfterFiveWorkingDays_CountedAcrossNationalDay()
    {
        var start = new DateTimeOffset(2026, 9, 29, 10, 0, 0, District); // Tuesday
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("timeout"), start);
        var reporter = Guid.NewGuid();
        var issue = Rectified(reporter, start);
        await host.SeedAsync(db => db.CalendarYears.Add(TicketingHost.NationalDay2026()), issue);

        var feedback = await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{issue.Id}/feedback", TicketingHost.Office,
            new { message = "已整改到位。" });
        // Working days after 29 September: 30 September, 8, 9 and the make-up Saturday 10 October, then Monday 12 October.
        Assert.Equal(new DateTimeOffset(2026, 10, 12, 23, 59, 59, District), feedback.GetProperty("confirmationDueAt").GetDateTimeOffset());
        var early = await host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{issue.Id}/close", TicketingHost.Office,
            new { outcome = "resolved", reason = "报告人未回复" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        var ticksBefore = await host.AdvanceAndTickAsync(new DateTimeOffset(2026, 10, 12, 23, 0, 0, District) - start);
        Assert.True(ticksBefore >= 2);
        var waiting = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{issue.Id}", TicketingHost.Office);
        Assert.Equal("feedback-given", waiting.GetProperty("status").GetString());

        await host.AdvanceAndTickAsync(TimeSpan.FromMinutes(70)); // 13 October 00:10
        var closed = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{issue.Id}", TicketingHost.Supervisor(reporter));
        Assert.Equal(("closed", "resolved", "timed-out"), (closed.GetProperty("status").GetString(),
        closed.GetProperty("outcome").GetString(),
            closed.GetProperty("confirmation").GetString()));
        var closedEvent = JsonDocument.Parse(Assert.Single(await host.OutboxBodiesAsync<IssueClosed>())).RootElement;
        Assert.Equal(("resolved", "timed-out"), (closedEvent.GetProperty("outcome").GetString(),
            closedEvent.GetProperty("confirmation").GetString()));
        var history = await host.QueryAsync(db => db.IssueHistory.Where(h => h.IssueId == issue.Id).OrderBy(h => h.Id).Select(h => h.Action)
            .ToListAsync());
        Assert.Equal("confirmation-timed-out", history.Last());
    }

    [Fact]
    public async Task ReporterWhoseTermEnded_CannotAnswer_SoWaitingAndLaterFeedbackCloseAtOnce()
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, District);
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("termended"), start);
        var reporter = Guid.NewGuid();
        var now = start.ToUniversalTime();
        var waiting = Rectified(reporter, now);
        waiting.GiveFeedback("已整改", now.AddDays(7), reporterSignInDisabled: false, now);
        var later = Rectified(reporter, now);
        var someoneElses = Rectified(Guid.NewGuid(), now);
        someoneElses.GiveFeedback("已整改", now.AddDays(7), reporterSignInDisabled: false, now);
        await host.SeedAsync(waiting, later, someoneElses);

        await host.Services.GetRequiredService<IBus>().Publish(new SupervisorTermEnded
        {
            SupervisorId = reporter, CertificateNumber = "JN-2024-0001", TermEnd = new DateOnly(2026, 11, 1), OccurredAt = start,
        });
        await Eventually.WaitForAsync(() => host.QueryAsync(db => db.Issues.AsNoTracking().SingleAsync(i => i.Id == waiting.Id)),
            i => i.Status == IssueStatus.Closed, TimeSpan.FromSeconds(30), "the waiting feedback to close");
        var closed = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{waiting.Id}", TicketingHost.Office);
        Assert.Equal(("resolved", "not-applicable"), (closed.GetProperty("outcome").GetString(),
            closed.GetProperty("confirmation").GetString()));
        var untouched = await host.QueryAsync(db => db.Issues.AsNoTracking().SingleAsync(i => i.Id == someoneElses.Id));
        Assert.Equal(IssueStatus.FeedbackGiven, untouched.Status);

        var feedback = await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{later.Id}/feedback", TicketingHost.Office,
            new { message = "已整改。" });
        Assert.Equal(("closed", "not-applicable"), (feedback.GetProperty("status").GetString(),
            feedback.GetProperty("confirmation").GetString()));
        var onBehalf = await host.SendAsync(HttpMethod.Post, "/api/ticketing/issues", TicketingHost.Office, new
        {
            title = "来信反映", description = "描述", category = "other", channel = "letter", onBehalfOfSupervisorId = reporter,
        });
        Assert.Equal(HttpStatusCode.Conflict, onBehalf.StatusCode);
    }
}
