using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.ServiceDefaults;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Dispatch;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace Jinning.Ticketing.Clock;

/// <summary>
/// The deadline clock (T4): a reminder to sign (催签) past the sign-for limit, a reminder (催办) a day
/// before the deadline, and past it the issue is overdue (<c>IssueOverdue</c>) and escalates to
/// supervision (督办) by itself, with supervision's own deadline, announced like any dispatch. Waiting
/// for material is not a running status, so such issues are skipped until the clock runs again.
/// </summary>
public sealed class IssueClock(TicketingDbContext db, IOutbox outbox, TimeProvider time)
{
    public static readonly TimeSpan ReminderBefore = TimeSpan.FromDays(1);
    private static readonly ClaimsPrincipal System = new(new ClaimsIdentity([new Claim("name", "system"), new Claim("role", "system")], "system", "name", "role"));

    public async Task<int> TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var horizon = now + ReminderBefore;
        var running = new[] { IssueStatus.Dispatched, IssueStatus.SignedFor, IssueStatus.InProgress, IssueStatus.Returned };
        var due = await db.Issues.Where(i =>
                (running.Contains(i.Status) && i.Deadline != null && i.Deadline <= horizon)
                || (i.Status == IssueStatus.Dispatched && i.SignForOverdueAt == null && i.SignForDeadline < now))
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        var calendar = await db.WorkingCalendarAsync(now, cancellationToken);

        var changes = 0;
        foreach (var issue in due)
        {
            var deadline = issue.Deadline!.Value;
            var from = issue.Status;
            if (issue.FlagSignForOverdue(now))
            {
                outbox.Publish(new IssueReminderDue
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.DepartmentCode!, Deadline = issue.SignForDeadline!.Value,
                    OccurredAt = now, Reason = "sign-for",
                });
                db.Record(issue, System, "sign-for-overdue", from, "超过签收时限未签收，已催签。", now);
                changes++;
            }
            if (issue.EscalateIfOverdue(now, DeadlineRules.DefaultDeadline(DispatchKind.Supervise, now, calendar)))
            {
                outbox.Publish(new IssueOverdue { IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.DepartmentCode!, Deadline = deadline, OccurredAt = now });
                outbox.AnnounceTransfer(issue, now, "逾期未办结，转为督办。");
                db.Record(issue, System, "overdue-escalated", from, $"超过办理时限，自动转为督办，新时限 {DistrictClock.Today(issue.Deadline!.Value.ToOffset(DistrictClock.Offset)):yyyy-MM-dd}", now);
                changes++;
            }
            else if (issue.NeedsReminder(now, ReminderBefore))
            {
                issue.MarkReminded(now);
                outbox.Publish(new IssueReminderDue { IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.DepartmentCode!, Deadline = deadline, OccurredAt = now });
                db.Record(issue, System, "remind", from, "办理时限将至，已催办。", now);
                changes++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return changes;
    }
}

/// <summary>
/// Runs the clock every few minutes on <see cref="TimeProvider"/>, and once at start to catch up.
/// <c>Ticketing:Clock:Interval</c> shortens the wait where minutes matter (the demo data test).
/// </summary>
public sealed class IssueClockService(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    ILogger<IssueClockService> logger) : BackgroundService
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(5);

    private TimeSpan Interval =>
        configuration.GetValue("Ticketing:Clock:Interval", DefaultInterval) is { Ticks: > 0 } interval ? interval : DefaultInterval;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IssueClock>().TickAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Issue clock tick failed; retrying at the next one");
            }
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
