using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Testing;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Ticketing.Tests;

/// <summary>T4 with a fake clock and a calendar holding a holiday and a make-up working day.</summary>
public sealed class IssueClockTests(TicketingInfrastructure infrastructure) : IClassFixture<TicketingInfrastructure>
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);

    [Fact]
    public async Task DispatchedIssue_IsRemindedADayBefore_ThenOverdueEscalatesToSupervisionOnTheOfficialCalendar()
    {
        var start = new DateTimeOffset(2026, 9, 28, 9, 0, 0, District); // Monday
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("clock"), start);
        var deadline = new DateTimeOffset(2026, 9, 30, 23, 59, 59, District);
        var issue = Issue.Report(Guid.NewGuid(), "WT-20260928-0001", "审批超时", "描述", IssueCategory.AdministrativeApproval, IssueChannel.Web,
            IssueSource.Supervisor, null, null, false, Guid.NewGuid(), start.ToUniversalTime());
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", deadline), start.ToUniversalTime());
        issue.SignFor(start.ToUniversalTime());
        // National Day: 1–7 October off, Saturday 10 October worked.
        await host.SeedAsync(db => db.CalendarYears.Add(TicketingHost.NationalDay2026()), issue);

        await host.AdvanceAndTickAsync(TimeSpan.FromHours(30)); // Tuesday 15:00: more than a day left
        Assert.Empty(await host.OutboxBodiesAsync<IssueReminderDue>());

        host.Clock.Advance(TimeSpan.FromHours(10)); // Wednesday 01:00: less than a day left
        var reminders = await Eventually.WaitForAsync(host.OutboxBodiesAsync<IssueReminderDue>, found => found.Count >= 1, TimeSpan.FromSeconds(30), "the reminder");
        Assert.Equal("taxation", JsonDocument.Parse(reminders[0]).RootElement.GetProperty("departmentCode").GetString());

        host.Clock.Advance(TimeSpan.FromHours(24)); // Thursday 1 October 01:00: overdue
        var overdue = await Eventually.WaitForAsync(host.OutboxBodiesAsync<IssueOverdue>, found => found.Count >= 1, TimeSpan.FromSeconds(30), "the overdue event");
        Assert.Single(overdue);
        Assert.Single(await host.OutboxBodiesAsync<IssueReminderDue>());

        var escalated = await host.QueryAsync(db => db.Issues.AsNoTracking().SingleAsync(i => i.Id == issue.Id));
        Assert.Equal(DispatchKind.Supervise, escalated.Assignment.DispatchKind);
        // Five working days from 1 October: 8, 9, 10 (make-up Saturday), 12, 13.
        Assert.Equal(new DateTimeOffset(2026, 10, 13, 23, 59, 59, District), escalated.Assignment.Deadline!.Value.ToOffset(District));
        var transferred = await host.OutboxBodiesAsync<IssueTransferred>();
        Assert.Equal("supervise", JsonDocument.Parse(transferred.Last()).RootElement.GetProperty("kind").GetString());
        var history = await host.QueryAsync(db => db.IssueHistory.Where(h => h.IssueId == issue.Id).Select(h => h.Action).ToListAsync());
        Assert.Equal(["remind", "overdue-escalated"], history);
    }

    [Fact]
    public async Task RectifiedIssue_IsNeitherRemindedNorOverdue()
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, District);
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("stopped"), start);
        var issue = Issue.Report(Guid.NewGuid(), "WT-20261102-0001", "标题", "描述", IssueCategory.Other, IssueChannel.Web,
            IssueSource.Supervisor, null, null, false, Guid.NewGuid(), start.ToUniversalTime());
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "finance", start.AddDays(2)), start.ToUniversalTime());
        issue.SignFor(start.ToUniversalTime());
        issue.Rectify("已整改", [], start.ToUniversalTime());
        await host.SeedAsync(issue);

        await host.AdvanceAndTickAsync(TimeSpan.FromDays(1.5));
        await host.AdvanceAndTickAsync(TimeSpan.FromDays(3));

        Assert.Empty(await host.OutboxBodiesAsync<IssueReminderDue>());
        Assert.Empty(await host.OutboxBodiesAsync<IssueOverdue>());
    }

    [Fact]
    public async Task WaitingForMaterial_StopsTheClockOverNationalDay_ThenTheMovedDeadlineIsRemindedAndEscalated()
    {
        var start = new DateTimeOffset(2026, 9, 28, 9, 0, 0, District); // Monday
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("material"), start);
        var deadline = new DateTimeOffset(2026, 9, 30, 23, 59, 59, District);
        var issue = Issue.Report(Guid.NewGuid(), "WT-20260928-0002", "标题", "描述", IssueCategory.Other, IssueChannel.Web,
            IssueSource.Supervisor, null, null, false, Guid.NewGuid(), start.ToUniversalTime());
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "finance", deadline, deadline), start.ToUniversalTime());
        issue.SignFor(start.ToUniversalTime());
        issue.RequestMaterial("营业执照复印件", start.ToUniversalTime());
        var nationalDay = new CalendarYear
        {
            Year = 2026,
            Holidays = [.. Enumerable.Range(1, 7).Select(day => new DateOnly(2026, 10, day))],
            MakeUpWorkdays = [new DateOnly(2026, 10, 10)],
        };
        await host.SeedAsync(db => db.CalendarYears.Add(nationalDay), issue);

        await host.AdvanceAndTickAsync(TimeSpan.FromDays(11)); // Friday 9 October: long past the original deadline
        Assert.Empty(await host.OutboxBodiesAsync<IssueReminderDue>());
        Assert.Empty(await host.OutboxBodiesAsync<IssueOverdue>());

        await host.WriteAsync(async db =>
        {
            var stored = await db.Issues.SingleAsync(i => i.Id == issue.Id);
            stored.SupplyMaterial(host.Clock.GetUtcNow(), await db.WorkingCalendarAsync(host.Clock.GetUtcNow(), CancellationToken.None));
        });
        // Stopped 28, 29, 30 September and 8 October: four working days after 30 September are
        // 8 and 9 October, the make-up Saturday 10 October, and Monday 12 October.
        var moved = await host.QueryAsync(db => db.Issues.AsNoTracking().SingleAsync(i => i.Id == issue.Id));
        Assert.Equal(new DateTimeOffset(2026, 10, 12, 23, 59, 59, District), moved.Assignment.Deadline!.Value.ToOffset(District));

        host.Clock.Advance(TimeSpan.FromHours(63)); // Monday 12 October 00:00: less than a day left
        await Eventually.WaitForAsync(host.OutboxBodiesAsync<IssueReminderDue>, found => found.Count >= 1, TimeSpan.FromSeconds(30), "the reminder");
        host.Clock.Advance(TimeSpan.FromDays(1)); // Tuesday 13 October: overdue
        await Eventually.WaitForAsync(host.OutboxBodiesAsync<IssueOverdue>, found => found.Count >= 1, TimeSpan.FromSeconds(30), "the overdue event");
        var escalated = await host.QueryAsync(db => db.Issues.AsNoTracking().SingleAsync(i => i.Id == issue.Id));
        Assert.Equal(DispatchKind.Supervise, escalated.Assignment.DispatchKind);
        Assert.Equal(new DateTimeOffset(2026, 10, 20, 23, 59, 59, District), escalated.Assignment.Deadline!.Value.ToOffset(District));
    }

    [Fact]
    public async Task GrantedExtension_IsNotOverdueAtTheOldDeadline_AndUnsignedIssuesGetASignForReminder()
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, District); // Monday
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("extension"), start);
        var deadline = new DateTimeOffset(2026, 11, 4, 23, 59, 59, District);
        var signForLimit = new DateTimeOffset(2026, 11, 3, 23, 59, 59, District);
        var extended = Issue.Report(Guid.NewGuid(), "WT-20261102-0003", "标题", "描述", IssueCategory.Other, IssueChannel.Web,
            IssueSource.Supervisor, null, null, false, Guid.NewGuid(), start.ToUniversalTime());
        extended.Dispatch(new DispatchOrder(DispatchKind.Transfer, "finance", deadline, signForLimit), start.ToUniversalTime());
        extended.SignFor(start.ToUniversalTime());
        extended.RequestExtension(deadline.AddDays(7), "需现场核查", start.ToUniversalTime());
        extended.DecideExtension(true, null, null, start.ToUniversalTime());
        var unsigned = Issue.Report(Guid.NewGuid(), "WT-20261102-0004", "标题", "描述", IssueCategory.Other, IssueChannel.Web,
            IssueSource.Supervisor, null, null, false, Guid.NewGuid(), start.ToUniversalTime());
        unsigned.Dispatch(new DispatchOrder(DispatchKind.Transfer, "transport", deadline.AddDays(10), signForLimit), start.ToUniversalTime());
        await host.SeedAsync(extended, unsigned);

        host.Clock.Advance(TimeSpan.FromDays(3)); // Thursday 5 November 09:00: past the old deadline and the sign-for limit
        var reminders = await Eventually.WaitForAsync(host.OutboxBodiesAsync<IssueReminderDue>, found => found.Count >= 1, TimeSpan.FromSeconds(30), "the sign-for reminder");
        var signFor = JsonDocument.Parse(Assert.Single(reminders)).RootElement;
        Assert.Equal("sign-for", signFor.GetProperty("reason").GetString());
        Assert.Equal("transport", signFor.GetProperty("departmentCode").GetString());
        Assert.Empty(await host.OutboxBodiesAsync<IssueOverdue>());
        var history = await host.QueryAsync(db => db.IssueHistory.Where(h => h.IssueId == unsigned.Id).Select(h => h.Action).ToListAsync());
        Assert.Equal(["sign-for-overdue"], history);

        host.Clock.Advance(TimeSpan.FromDays(7)); // past the extended deadline
        var overdue = await Eventually.WaitForAsync(host.OutboxBodiesAsync<IssueOverdue>, found => found.Count >= 1, TimeSpan.FromSeconds(30), "the overdue event");
        Assert.Equal(extended.Id, JsonDocument.Parse(Assert.Single(overdue)).RootElement.GetProperty("issueId").GetGuid());
    }
}
