using Jinning.ServiceDefaults;
using Jinning.Ticketing.Calendar;

namespace Jinning.Ticketing.Issues;

/// <summary>Who handles an issue, how, and by when (T3); co-handlers and a supervision level are optional.</summary>
public sealed record DispatchOrder(
    DispatchKind Kind,
    string DepartmentCode,
    DateTimeOffset Deadline,
    DateTimeOffset? SignForDeadline = null,
    string? Instructions = null,
    IReadOnlyList<string>? CoHandlers = null,
    SupervisionLevel? Level = null);

/// <summary>
/// The part of an issue that says who holds it and by when (T3, T4): the lead unit (牵头单位) and
/// co-handlers, the dispatch kind and supervision level, the sign-for limit and the deadline, and
/// what the clock did about them.
/// </summary>
public sealed class IssueAssignment
{
    /// <summary>The lead unit the issue was dispatched to; departments see only these.</summary>
    public string? DepartmentCode { get; private set; }
    public DispatchKind? DispatchKind { get; private set; }
    public DateTimeOffset? Deadline { get; private set; }
    public string? Instructions { get; private set; }
    public DateTimeOffset? DispatchedAt { get; private set; }
    public DateTimeOffset? SignedForAt { get; private set; }
    public string? ReturnReason { get; private set; }
    /// <summary>Co-handlers (协办单位) beside the lead unit; they see the issue and report progress.</summary>
    public List<string> CoHandlerCodes { get; private set; } = [];
    public SupervisionLevel? SupervisionLevel { get; private set; }
    /// <summary>签收时限: the department signs for the issue by then.</summary>
    public DateTimeOffset? SignForDeadline { get; private set; }
    public DateTimeOffset? SignForOverdueAt { get; private set; }
    public DateTimeOffset? ReminderSentAt { get; private set; }
    /// <summary>When the issue first went overdue with this unit.</summary>
    public DateTimeOffset? OverdueAt { get; private set; }
    /// <summary>The first deadline this unit missed: a public notice says how late the issue is since then.</summary>
    public DateTimeOffset? FirstMissedDeadline { get; private set; }
    /// <summary>The last deadline escalated for, so each deadline escalates once and every later one again.</summary>
    public DateTimeOffset? LastMissedDeadline { get; private set; }
    public int Escalations { get; private set; }

    public bool IsHandledBy(string departmentCode) => DepartmentCode == departmentCode || CoHandlerCodes.Contains(departmentCode);

    internal void Assign(DispatchOrder order, DateTimeOffset now)
    {
        DispatchKind = order.Kind;
        DepartmentCode = order.DepartmentCode;
        CoHandlerCodes = [.. (order.CoHandlers ?? []).Where(c => c != order.DepartmentCode).Distinct()];
        SupervisionLevel = order.Kind == Issues.DispatchKind.Supervise ? order.Level ?? Issues.SupervisionLevel.Office : null;
        Deadline = order.Deadline.ToUniversalTime();
        SignForDeadline = (order.SignForDeadline ?? order.Deadline).ToUniversalTime();
        SignForOverdueAt = null;
        Instructions = order.Instructions;
        DispatchedAt = now;
        SignedForAt = null;
        ReminderSentAt = null;
        OverdueAt = null;
        FirstMissedDeadline = null;
        LastMissedDeadline = null;
        Escalations = 0;
    }

    /// <summary>The unit keeps the issue and signs for it again, on the deadline that kept running.</summary>
    internal void SendBack(DateTimeOffset signForDeadline)
    {
        SignForDeadline = signForDeadline.ToUniversalTime();
        SignForOverdueAt = null;
        ReturnReason = null;
    }

    /// <summary>Nobody holds the issue any more (a retaliation report goes to the discipline commission).</summary>
    internal void Withdraw()
    {
        DepartmentCode = null;
        DispatchKind = null;
        CoHandlerCodes = [];
        SupervisionLevel = null;
        Deadline = null;
        SignForDeadline = null;
        SignForOverdueAt = null;
        Instructions = null;
        ReminderSentAt = null;
        ReturnReason = null;
    }

    internal void SignFor(DateTimeOffset now) => SignedForAt = now;

    internal void Return(string reason) => ReturnReason = reason;

    /// <summary>The deadline moves by the working days the clock stood still (waiting for material).</summary>
    internal void MoveDeadline(int stoppedWorkingDays, WorkingCalendar calendar)
    {
        if (stoppedWorkingDays > 0 && Deadline is { } deadline)
        {
            Deadline = EndOf(calendar.AddWorkingDays(DistrictClock.Today(deadline), stoppedWorkingDays));
        }
        ReminderSentAt = null;
    }

    internal void ExtendTo(DateTimeOffset until)
    {
        Deadline = until.ToUniversalTime();
        ReminderSentAt = null;
    }

    /// <summary>催办: once per deadline, a set time before it.</summary>
    internal bool NeedsReminder(DateTimeOffset now, TimeSpan before) =>
        Deadline is { } deadline && ReminderSentAt is null && now >= deadline - before && now <= deadline;

    internal void MarkReminded(DateTimeOffset now) => ReminderSentAt = now;

    /// <summary>Not signed for within the limit: flagged once, for a reminder to sign (催签).</summary>
    internal bool FlagSignForOverdue(DateTimeOffset now)
    {
        if (SignForDeadline is not { } limit || now <= limit || SignForOverdueAt is not null)
        {
            return false;
        }
        SignForOverdueAt = now;
        return true;
    }

    /// <summary>
    /// A missed deadline not yet escalated for: supervision rises one level (none → office →
    /// leadership → public notice, where it stays) with supervision's own deadline. Every deadline
    /// missed escalates, the ones set by an earlier escalation or an extension included.
    /// </summary>
    internal DateTimeOffset? Escalate(DateTimeOffset now, DateTimeOffset supervisionDeadline)
    {
        if (Deadline is not { } missed || now <= missed || LastMissedDeadline == missed)
        {
            return null;
        }
        OverdueAt ??= now;
        FirstMissedDeadline ??= missed;
        LastMissedDeadline = missed;
        Escalations++;
        SupervisionLevel = SupervisionLevel switch
        {
            null => Issues.SupervisionLevel.Office,
            Issues.SupervisionLevel.Office => Issues.SupervisionLevel.Leadership,
            _ => Issues.SupervisionLevel.PublicNotice,
        };
        DispatchKind = Issues.DispatchKind.Supervise;
        Deadline = supervisionDeadline.ToUniversalTime();
        ReminderSentAt = null;
        return missed;
    }

    public static DateTimeOffset EndOf(DateOnly day) => DistrictClock.StartOf(day.AddDays(1)).AddSeconds(-1).ToUniversalTime();
}
