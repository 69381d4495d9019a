using System.Net;
using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Testing;
using Jinning.Ticketing.Clock;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Ticketing.Tests;

/// <summary>
/// Issue 16: optimistic concurrency on the issue's row version. Races are made deterministic: both sides read before
/// either writes (a row lock holds the writers back, or a hook runs the rival inside the clock's save).
/// Drill 5 (the clock and a department racing on the same issue) is <see cref="Clock_AndDepartment_RacingOnAnOverdueIssue_DepartmentFirst"/>
/// and <see cref="Clock_AndDepartment_RacingOnAnOverdueIssue_ClockFirst"/>.
/// </summary>
[Collection(TicketingServiceCollection.Name)]
public sealed class ConcurrencyConflictTests(TicketingInfrastructure infrastructure)
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);
    private const string ConflictType = "https://jinning.gov.cn/problems/concurrency-conflict";

    private static Issue Registered(DateTimeOffset now, string number) => Issue.Report(Guid.NewGuid(), number, "审批超时", "描述",
        IssueCategory.AdministrativeApproval, IssueChannel.Web, IssueSource.Supervisor, null, null, false, Guid.NewGuid(),
        now.ToUniversalTime());

    [Fact]
    public async Task TwoDispatches_ThatReadTheSameIssue_OneSucceeds_TheOtherAnswers409_AndTheIssueWentToOneDepartment()
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, District);
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("dispatchrace"), start);
        var issue = Registered(start, "WT-20261102-0101");
        await host.SeedAsync(issue);
        var deadline = new DateTimeOffset(2026, 11, 20, 23, 59, 59, District);

        // The test holds the issue's row, so both dispatches read it and then wait to write it.
        await using var holder = host.Services.CreateAsyncScope();
        var holderDb = holder.ServiceProvider.GetRequiredService<TicketingDbContext>();
        await using var held = await holderDb.Database.BeginTransactionAsync();
        await holderDb.Database.ExecuteSqlRawAsync("SELECT id FROM issues WHERE id = {0} FOR UPDATE", issue.Id);

        var toTaxation = host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{issue.Id}/dispatch", TicketingHost.Office,
            new { kind = "transfer", departmentCode = "taxation", deadline });
        await WaitForBlockedWritersAsync(host, 1);
        var toFinance = host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{issue.Id}/dispatch", TicketingHost.Office,
            new { kind = "transfer", departmentCode = "finance", deadline });
        await WaitForBlockedWritersAsync(host, 2);
        await held.CommitAsync();

        var answers = await Task.WhenAll(toTaxation, toFinance);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var lost = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        var problem = JsonDocument.Parse(await lost.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(ConflictType, problem.GetProperty("type").GetString());
        Assert.Contains("他人修改", problem.GetProperty("detail").GetString());

        var winner = answers[0].StatusCode == HttpStatusCode.OK ? "taxation" : "finance";
        var stored = await host.QueryAsync(db => db.Issues.AsNoTracking().SingleAsync(i => i.Id == issue.Id));
        Assert.Equal(winner, stored.Assignment.DepartmentCode);
        var transfers = await host.OutboxBodiesAsync<IssueTransferred>();
        Assert.Equal([winner], transfers.Select(t => JsonDocument.Parse(t).RootElement.GetProperty("departmentCode").GetString()));
        var history = await host.QueryAsync(db => db.IssueHistory.Where(h => h.IssueId == issue.Id && h.Action == "dispatch")
            .CountAsync());
        Assert.Equal(1, history);
    }

    [Fact]
    public async Task AChangeOnlyInAnOwnedPart_StillChecksTheIssuesRowVersion()
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, District);
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("ownedpart"), start);
        var issue = Registered(start, "WT-20261102-0102");
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", start.AddDays(5)), start.ToUniversalTime());
        await host.SeedAsync(issue);

        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<TicketingDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<TicketingDbContext>();
        var firstCopy = await firstDb.Issues.SingleAsync(i => i.Id == issue.Id);
        var secondCopy = await secondDb.Issues.SingleAsync(i => i.Id == issue.Id);

        secondCopy.RecordComplainant("张先生 13800000000", null);
        await secondDb.SaveChangesAsync();
        // Only the assignment (an owned part) changes on the first copy.
        firstDb.Entry(firstCopy).Reference(i => i.Assignment).TargetEntry!.Property(a => a.Instructions).CurrentValue = "请尽快办理";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => firstDb.SaveChangesAsync());
        var stored = await host.QueryAsync(db => db.Issues.AsNoTracking().SingleAsync(i => i.Id == issue.Id));
        Assert.Null(stored.Assignment.Instructions);
        Assert.Equal("张先生 13800000000", stored.ComplainantContact);
    }

    /// <summary>Drill 5: the department rectifies after the clock read the overdue issue and before it saved; the clock loses,
    /// reads again, and finds nothing to escalate.</summary>
    [Fact]
    public async Task Clock_AndDepartment_RacingOnAnOverdueIssue_DepartmentFirst()
    {
        var (host, issue) = await OverdueIssueAsync("racedept", "WT-20261102-0103");
        await using var _ = host;
        var department = TicketingHost.Department("taxation");

        await using var scope = host.Services.CreateAsyncScope();
        var clockDb = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        var rivalRan = false;
        clockDb.SavingChanges += (_, _) =>
        {
            if (rivalRan) return;
            rivalRan = true;
            // The clock has read the issue and decided to escalate it; the department's rectification commits first.
            var answer = host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{issue.Id}/rectification", department,
                new { summary = "已完成整改并书面答复企业" }).GetAwaiter().GetResult();
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        };
        var clock = scope.ServiceProvider.GetRequiredService<IssueClock>();
        var changed = await clock.TickAsync(CancellationToken.None);

        Assert.True(rivalRan);
        Assert.Equal(1, clock.ConflictsRetried);
        Assert.Equal(0, changed);
        Assert.Single(await host.OutboxBodiesAsync<IssueRectified>());
        Assert.Empty(await host.OutboxBodiesAsync<IssueOverdue>());
        Assert.Empty(await host.OutboxBodiesAsync<IssueReminderDue>());
        var history = await HistoryAsync(host, issue.Id);
        Assert.Contains("rectification", history);
        Assert.DoesNotContain("overdue-escalated", history);
        var stored = await host.QueryAsync(db => db.Issues.AsNoTracking().SingleAsync(i => i.Id == issue.Id));
        Assert.Equal((IssueStatus.Rectified, 0), (stored.Status, stored.Assignment.Escalations));
        DrillReport.Write("5 clock vs department (a)", "the department rectifies while the clock escalates the overdue issue",
            "exactly one wins, the history says which",
            $"department won; the clock retried {clock.ConflictsRetried}x and found nothing due; history: rectification only",
            pass: true);
    }

    /// <summary>Drill 5, the other way round: the department read the issue before the clock escalated it; its save loses,
    /// which the service answers 409, and the history shows the escalation only.</summary>
    [Fact]
    public async Task Clock_AndDepartment_RacingOnAnOverdueIssue_ClockFirst()
    {
        var (host, issue) = await OverdueIssueAsync("raceclock", "WT-20261102-0104");
        await using var _ = host;

        await using var departmentScope = host.Services.CreateAsyncScope();
        var departmentDb = departmentScope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        var departmentCopy = await departmentDb.Issues.SingleAsync(i => i.Id == issue.Id);
        departmentCopy.Rectify("已完成整改", [], host.Clock.GetUtcNow());

        await using (var clockScope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await clockScope.ServiceProvider.GetRequiredService<IssueClock>().TickAsync(CancellationToken.None));
        }
        var store = departmentScope.ServiceProvider.GetRequiredService<IssueStore>();
        var conflict = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => store.SaveAsync(CancellationToken.None));
        Assert.True(Jinning.ServiceDefaults.ConcurrencyConflict.IsConflict(conflict));

        Assert.Single(await host.OutboxBodiesAsync<IssueOverdue>());
        Assert.Empty(await host.OutboxBodiesAsync<IssueRectified>());
        var history = await HistoryAsync(host, issue.Id);
        Assert.Contains("overdue-escalated", history);
        Assert.DoesNotContain("rectification", history);
        DrillReport.Write("5 clock vs department (b)", "the clock escalates while the department rectifies the overdue issue",
            "exactly one wins, the history says which", "clock won; the department's save answered 409; history: escalation only",
            pass: true);
    }

    [Fact]
    public async Task ClockEvents_HaveMessageIdsFromIssueKindAndDueTime_SoASecondClockCannotPublishThemAgain()
    {
        var (host, issue) = await OverdueIssueAsync("clockids", "WT-20261102-0105");
        await using var _ = host;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IssueClock>().TickAsync(CancellationToken.None));
        }

        var overdueId = await host.QueryAsync(db => db.OutboxMessages.Where(m => m.MessageType == typeof(IssueOverdue).FullName)
            .Select(m => m.Id).SingleAsync());
        var missed = new DateTimeOffset(2026, 11, 4, 23, 59, 59, District);
        Assert.Equal(Jinning.Messaging.Outbox.DeterministicMessageId.For(issue.Id, "overdue:1", missed), overdueId);
        // Another instance that saw the same deadline fall due would write the same outbox row, which the key refuses.
        await Assert.ThrowsAsync<DbUpdateException>(() => host.WriteAsync(db =>
        {
            var outbox = new Jinning.Messaging.Outbox.OutboxMessage
            {
                Id = overdueId, MessageType = typeof(IssueOverdue).FullName!, Body = "{}", CreatedAt = host.Clock.GetUtcNow(),
            };
            db.OutboxMessages.Add(outbox);
            return Task.CompletedTask;
        }));
        Assert.Single(await host.OutboxBodiesAsync<IssueOverdue>());
    }

    [Fact]
    public async Task OpenApi_DeclaresTheConflictAnswer_OnEveryRouteThatChangesSomething()
    {
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("openapi409"), DateTimeOffset.UtcNow);
        var document = JsonDocument.Parse(await host.Http.GetStringAsync("/openapi/v1.json")).RootElement;
        var changing = document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Where(op => op.Name is "post" or "put" or "patch" or "delete")
                .Select(op => (Route: $"{op.Name.ToUpperInvariant()} {path.Name}", Responses: op.Value.GetProperty("responses"))))
            .ToList();

        Assert.Contains(changing, op => op.Route == "POST /api/ticketing/issues/{id}/rectification");
        Assert.All(changing, op => Assert.True(op.Responses.TryGetProperty("409", out _), $"{op.Route} declares 409"));
    }

    /// <summary>
    /// A signed-for issue whose deadline (Wednesday 4 November) passed: the host starts on Thursday, its clock service's start-up
    /// tick finds nothing (the issue is seeded after it), and its next tick is five minutes away on a clock the test never moves,
    /// so only the test's own ticks act.
    /// </summary>
    private async Task<(TicketingHost Host, Issue Issue)> OverdueIssueAsync(string database, string number)
    {
        var monday = new DateTimeOffset(2026, 11, 2, 9, 0, 0, District);
        var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName(database), monday.AddDays(3));
        var status = host.Services.GetRequiredService<IssueClockStatus>();
        await Eventually.WaitForAsync(() => Task.FromResult(status.Ticks), ticks => ticks >= 1, TimeSpan.FromSeconds(30),
            "the clock's start-up tick");
        var issue = Registered(monday, number);
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", new DateTimeOffset(2026, 11, 4, 23, 59, 59, District)),
            monday.ToUniversalTime());
        issue.SignFor(monday.ToUniversalTime());
        await host.SeedAsync(issue);
        return (host, issue);
    }

    private static async Task WaitForBlockedWritersAsync(TicketingHost host, int count) =>
        await Eventually.WaitForAsync(() => host.QueryAsync(db => db.Database.SqlQueryRaw<int>(
                "SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                .SingleAsync()),
            blocked => blocked >= count, TimeSpan.FromSeconds(30), $"{count} writer(s) waiting for the issue's row");

    private static Task<List<string>> HistoryAsync(TicketingHost host, Guid issueId) => host.QueryAsync(db => db.IssueHistory
        .Where(h => h.IssueId == issueId).OrderBy(h => h.At).Select(h => h.Action).ToListAsync());
}
