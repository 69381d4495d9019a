namespace Jinning.Ticketing.Issues;

/// <summary>Something that happened to an issue, recorded by the issue itself (eShop's <c>AddDomainEvent</c>).</summary>
public interface IIssueEvent
{
    DateTimeOffset At { get; }
}

/// <summary>
/// An event a department hears of (its routing key, its inbox). Retaliation reports never raise one:
/// <see cref="RetaliationRule"/> refuses it in the issue, whatever path asked for it.
/// </summary>
public interface IReachesDepartments : IIssueEvent;

/// <summary>
/// What issues record; <see cref="IssueStore"/> turns each into the contract messages it stands for,
/// reading the issue as it is saved. Anything that changes between raising and saving is carried here.
/// </summary>
public static class IssueEvents
{
    public sealed record Registered(DateTimeOffset At) : IIssueEvent;

    /// <summary>Announced to the lead unit and each co-handler; <paramref name="Instructions"/> overrides the order's.</summary>
    /// <param name="MissedDeadline">Set when the clock re-dispatched it as supervision: the deadline it missed, which names the
    /// transfer's message.</param>
    public sealed record Dispatched(DateTimeOffset At, string? Instructions = null, DateTimeOffset? MissedDeadline = null)
        : IReachesDepartments;

    public sealed record SignedFor(DateTimeOffset At) : IIssueEvent;

    public sealed record Returned(DateTimeOffset At, string Reason, string? Note) : IIssueEvent;

    public sealed record Rectified(DateTimeOffset At) : IIssueEvent;

    public sealed record FeedbackGiven(DateTimeOffset At) : IIssueEvent;

    public sealed record Closed(DateTimeOffset At) : IIssueEvent;

    public sealed record Reopened(DateTimeOffset At, string Reason) : IIssueEvent;

    public sealed record Merged(DateTimeOffset At, Guid IntoIssueId, string IntoTrackingNumber) : IIssueEvent;

    public sealed record ReminderDue(DateTimeOffset At, DateTimeOffset Deadline, string Reason) : IReachesDepartments;

    /// <summary>A deadline was missed: supervision rose to <paramref name="Level"/>; the <paramref name="Escalations"/>th time.</summary>
    public sealed record Escalated(DateTimeOffset At, DateTimeOffset MissedDeadline, SupervisionLevel Level,
        int Escalations) : IReachesDepartments;

    /// <summary>A deadline was missed at the public-notice level (T13): how late since the first deadline missed.</summary>
    public sealed record PublicNoticeDue(DateTimeOffset At, DateTimeOffset FirstMissedDeadline, int LateWorkingDays,
        int LateDays) : IReachesDepartments;

    public sealed record ExtensionRequested(DateTimeOffset At, DateTimeOffset Deadline) : IIssueEvent;

    public sealed record ExtensionDecided(DateTimeOffset At, bool Granted, string? Note) : IReachesDepartments;

    public sealed record Exposed(DateTimeOffset At) : IIssueEvent;

    public sealed record Reclassified(DateTimeOffset At, IssueCategory PreviousCategory, IssueType PreviousType, bool PreviousMajor,
        string? WithdrawnFrom, string Reason) : IIssueEvent;

    public sealed record DisciplineStageChanged(DateTimeOffset At, DisciplineStage Stage) : IIssueEvent;

    /// <summary>The issue was opened for one department of a forwarded suggestion report (D5).</summary>
    public sealed record SuggestionOpened(DateTimeOffset At, Guid SubmissionId, string DepartmentCode) : IIssueEvent;
}

/// <summary>
/// The rule of Art. 8.3 and T6/T12, in one place: a retaliation report never reaches a department —
/// not by dispatch, reminder, escalation or notice, and not in a department's list or view.
/// </summary>
public static class RetaliationRule
{
    public static bool MayReachDepartments(IssueCategory category) => category != IssueCategory.Retaliation;

    /// <summary>The same rule for queries: what departments may ever see.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Issue, bool>> VisibleToDepartments =
        issue => issue.Category != IssueCategory.Retaliation;
}

public sealed class RetaliationNotDispatchableException() : Jinning.ServiceDefaults.IllegalTransitionException(
    "对义务监督员故意刁难、打击报复的反映由区纪委区监委处理，不能转办、交办或督办给任何部门，也不会通知任何部门。")
{
    public override string ProblemType => "https://jinning.gov.cn/problems/retaliation-not-dispatchable";

    public override string ProblemTitle => "打击报复线索不能转办给部门";
}

/// <summary>Holds the events an aggregate raised until the one place that saves it takes them.</summary>
public abstract class Entity
{
    private readonly List<IIssueEvent> _domainEvents = [];

    public IReadOnlyList<IIssueEvent> DomainEvents => _domainEvents;

    protected void AddDomainEvent(IIssueEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
