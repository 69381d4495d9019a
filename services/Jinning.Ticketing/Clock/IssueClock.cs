using System.Security.Claims;
using Jinning.ServiceDefaults;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Dispatch;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Clock;

/// <summary>
/// The deadline clock (T4, T10): a reminder to sign (催签) past the sign-for limit, a reminder (催办) a
/// day before the deadline, and past it the issue escalates one supervision level (督办) by itself,
/// with supervision's own deadline, for every deadline missed; at the public-notice level a notice
/// is published. A feedback nobody answered within five working days closes as timed out. Waiting
/// for material is not a running status, so such issues are skipped until the clock runs again.
/// </summary>
public sealed class IssueClock(TicketingDbContext db, IssueStore store, TimeProvider time, ILogger<IssueClock> logger)
{
    public static readonly TimeSpan ReminderBefore = TimeSpan.FromDays(1);
    private static readonly ClaimsPrincipal System = IssueHistoryRecorder.System;
    private static readonly IssueStatus[] Running = [IssueStatus.Dispatched, IssueStatus.SignedFor, IssueStatus.InProgress,
        IssueStatus.Returned];

    /// <summary>How often a tick reads again after losing a race, before leaving the rest to the next tick.</summary>
    public const int MaxAttempts = 3;

    /// <returns>How many issues it changed, or null when another instance holds the clock this moment.</returns>
    /// <remarks>
    /// A department or the office may change an issue between the clock reading and saving it; the issue's row version then
    /// makes the clock's save change nothing. It reads everything again and acts only on what is still due, so an issue
    /// rectified a moment ago is not escalated.
    /// </remarks>
    public async Task<int?> TickAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TickOnceAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException conflict) when (attempt < MaxAttempts)
            {
                logger.LogInformation("Issue clock lost a race on {Entries} issue(s) (attempt {Attempt}); reading again",
                    conflict.Entries.Count, attempt);
                db.ChangeTracker.Clear();
                ConflictsRetried++;
            }
        }
    }

    /// <summary>Ticks of this instance that read again after a concurrency conflict (for tests and the dashboard).</summary>
    public int ConflictsRetried { get; private set; }

    private async Task<int?> TickOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // With several instances only one runs the clock at a time, so no reminder or escalation is doubled.
        if (!await db.Database.SqlQueryRaw<bool>("SELECT pg_try_advisory_xact_lock(73100002) AS \"Value\"").SingleAsync(cancellationToken))
        {
            return null;
        }
        var horizon = now + ReminderBefore;
        var due = await db.Issues.Where(i =>
                (Running.Contains(i.Status) && i.Assignment.Deadline != null && i.Assignment.Deadline <= horizon)
                || (i.Status == IssueStatus.Dispatched && i.Assignment.SignForOverdueAt == null && i.Assignment.SignForDeadline < now)
                || (i.Status == IssueStatus.FeedbackGiven && i.Feedback.ConfirmationDueAt < now))
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        var calendar = await db.WorkingCalendarAsync(now, cancellationToken);

        var changed = 0;
        foreach (var issue in due)
        {
            if (Advance(issue, now, calendar))
            {
                changed++;
            }
        }
        await store.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Issue clock at {Now} changed {Changed} of {Due} issues due", now, changed, due.Count);
        return changed;
    }

    private bool Advance(Issue issue, DateTimeOffset now, WorkingCalendar calendar)
    {
        var from = issue.Status;
        var changed = false;
        if (issue.FlagSignForOverdue(now))
        {
            db.Record(issue, System, IssueAction.SignForOverdue, from, "超过签收时限未签收，已催签。", now);
            changed = true;
        }
        if (issue.EscalateIfOverdue(now, DeadlineRules.DefaultDeadline(DispatchKind.Supervise, now, calendar), calendar))
        {
            var level = IssueLevels.Label(issue.Assignment.SupervisionLevel!.Value);
            db.Record(issue, System, IssueAction.OverdueEscalated, from,
                $"超过办理时限，自动升级为{level}，新时限 {DistrictClock.Today(issue.Assignment.Deadline!.Value):yyyy-MM-dd}", now);
            return true;
        }
        if (issue.RemindIfDue(now, ReminderBefore))
        {
            db.Record(issue, System, IssueAction.Remind, from, "办理时限将至，已催办。", now);
            return true;
        }
        if (issue.TimeOutConfirmation(now))
        {
            db.Record(issue, System, IssueAction.ConfirmationTimedOut, from,
                $"反馈后 {IssueFeedback.ConfirmationWorkingDays} 个工作日内报告人未确认，自动办结。", now);
            return true;
        }
        return changed;
    }
}

public static class IssueLevels
{
    public static string Label(SupervisionLevel level) => level switch
    {
        SupervisionLevel.Office => "办公室督办",
        SupervisionLevel.Leadership => "领导督办",
        _ => "通报",
    };
}

/// <summary>What the clock has done since start: ticks completed and the time of the last, for the dashboard and for tests.</summary>
public sealed class IssueClockStatus
{
    private long _ticks;
    private long _lastTickAtTicks;

    public long Ticks => Interlocked.Read(ref _ticks);

    /// <summary>The clock reading the last completed tick worked with.</summary>
    public DateTimeOffset? LastTickAt =>
        Interlocked.Read(ref _lastTickAtTicks) is var at and > 0 ? new DateTimeOffset(at, TimeSpan.Zero) : null;

    public void Completed(DateTimeOffset at)
    {
        Interlocked.Exchange(ref _lastTickAtTicks, at.UtcTicks);
        Interlocked.Increment(ref _ticks);
    }
}

/// <summary>
/// Runs the clock every few minutes on <see cref="TimeProvider"/>, and once at start to catch up. A
/// periodic timer, created once, so a clock jump while a tick runs is never lost.
/// <c>Ticketing:Clock:Interval</c> shortens the wait where minutes matter (the demo data test).
/// </summary>
public sealed class IssueClockService(IServiceScopeFactory scopes, TimeProvider time, IssueClockStatus status,
    IConfiguration configuration, ILogger<IssueClockService> logger)
    : BackgroundService
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(5);

    private TimeSpan Interval =>
        configuration.GetValue("Ticketing:Clock:Interval", DefaultInterval) is { Ticks: > 0 } interval ? interval : DefaultInterval;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var now = time.GetUtcNow();
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IssueClock>().TickAsync(stoppingToken);
                status.Completed(now);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Issue clock tick failed; retrying at the next one");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
