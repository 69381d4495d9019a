using Jinning.ServiceDefaults;
using Jinning.Ticketing.Calendar;

namespace Jinning.Ticketing.Issues;

/// <summary>Research, dispatch and the department's handling (T3, T4), review, merge and exposure (T5, T7).</summary>
public sealed partial class Issue
{
    /// <summary>The office studies the issue before dispatching it (研究).</summary>
    public void StartResearch(DateTimeOffset now) => Move(IssueAction.Research, IssueStatus.Researching, now);

    /// <summary>Transfer, assign or supervise: the lead unit, with any co-handlers, is now responsible, on the clock (T3, T4).</summary>
    public void Dispatch(DispatchOrder order, DateTimeOffset now) => AssignTo(IssueAction.Dispatch, order, now);

    /// <summary>The office rules on a return by sending the issue to another unit (or the same one anew).</summary>
    public void Redispatch(DispatchOrder order, DateTimeOffset now) => AssignTo(IssueAction.ReturnDecision, order, now);

    private void AssignTo(IssueAction action, DispatchOrder order, DateTimeOffset now)
    {
        Check(action);
        Raise(new IssueEvents.Dispatched(now));
        Move(action, IssueStatus.Dispatched, now);
        Assignment.Assign(order, now);
        Extension.Clear();
    }

    /// <summary>
    /// The office rules a return unfounded: the same unit keeps it and signs for it again, on the
    /// deadline that kept running while the return was disputed.
    /// </summary>
    public void SendBack(DateTimeOffset signForDeadline, string? note, DateTimeOffset now)
    {
        Check(IssueAction.ReturnDecision);
        Raise(new IssueEvents.Dispatched(now, $"退单不予支持，请继续办理。{note}".Trim()));
        Move(IssueAction.ReturnDecision, IssueStatus.Dispatched, now);
        Assignment.SendBack(signForDeadline);
    }

    /// <summary>签收: the department takes the issue on.</summary>
    public void SignFor(DateTimeOffset now)
    {
        Move(IssueAction.Accept, IssueStatus.SignedFor, now);
        Assignment.SignFor(now);
        Raise(new IssueEvents.SignedFor(now));
    }

    /// <summary>退单: the department says it is not theirs; the office must arbitrate, and the clock keeps running.</summary>
    public void Return(string reason, string? note, DateTimeOffset now)
    {
        Move(IssueAction.Return, IssueStatus.Returned, now);
        Assignment.Return(reason);
        Raise(new IssueEvents.Returned(now, reason, note));
    }

    public void PostProgress(DateTimeOffset now) => Move(IssueAction.Progress, IssueStatus.InProgress, now);

    /// <summary>A co-handler reports its part; the lead unit's status does not change.</summary>
    public void PostCoHandlerProgress(DateTimeOffset now)
    {
        if (!OnTheClock && Status != IssueStatus.WaitingForMaterial)
        {
            throw new IllegalTransitionException($"问题当前状态为“{IssueTransitions.Label(Status)}”，协办单位不能报告进展。");
        }
        UpdatedAt = now;
    }

    /// <summary>The department asks for material (补充材料); the clock stops until it arrives (T4).</summary>
    public void RequestMaterial(string request, DateTimeOffset now)
    {
        Move(IssueAction.MaterialRequest, IssueStatus.WaitingForMaterial, now);
        Material.Stop(request, now);
    }

    /// <summary>The material arrived: the clock runs again, and the deadline moves by the working days it stood still.</summary>
    public void SupplyMaterial(DateTimeOffset now, WorkingCalendar calendar)
    {
        Move(IssueAction.MaterialSupplied, IssueStatus.InProgress, now);
        Assignment.MoveDeadline(Material.Resume(now, calendar), calendar);
    }

    /// <summary>延期: asked by the department before the deadline, for a later one.</summary>
    public void RequestExtension(DateTimeOffset until, string reason, DateTimeOffset now)
    {
        Move(IssueAction.Extension, Status, now);
        Extension.Request(until, reason, Assignment.Deadline, now);
        Raise(new IssueEvents.ExtensionRequested(now, Assignment.Deadline!.Value));
    }

    /// <summary>The office grants (possibly a shorter extension than asked) or refuses; a grant moves the deadline.</summary>
    public void DecideExtension(bool grant, DateTimeOffset? grantedUntil, string? note, DateTimeOffset now)
    {
        Extension.EnsurePending();
        Move(IssueAction.ExtensionDecision, Status, now);
        if (Extension.Decide(grant, grantedUntil, Assignment.Deadline) is { } until)
        {
            Assignment.ExtendTo(until);
        }
        Raise(new IssueEvents.ExtensionDecided(now, grant, note));
    }

    /// <summary>审核: the office checks the rectification; if it falls short the department redoes it, on the same clock.</summary>
    public void Review(bool approved, DateTimeOffset now)
    {
        var next = IssueStatus.InProgress;
        if (approved)
        {
            next = IssueStatus.Reviewed;
        }
        Move(IssueAction.Review, next, now);
    }

    /// <summary>A duplicate is merged into <paramref name="target"/>, whose outcome its reporters get.</summary>
    public void MergeInto(Issue target, DateTimeOffset now)
    {
        if (target.Id == Id || target.State == IssueState.Closed)
        {
            throw new IllegalTransitionException("只能并入另一件未办结的问题。");
        }
        Move(IssueAction.Merge, IssueStatus.Merged, now);
        MergedIntoId = target.Id;
        ClosedAt = now;
        foreach (var reporter in AllReporters().Where(r => !target.AllReporters().Contains(r)).ToList())
        {
            target.MergedReporterSupervisorIds.Add(reporter);
        }
        target.UpdatedAt = now;
        Raise(new IssueEvents.Merged(now, target.Id, target.TrackingNumber));
    }

    /// <summary>整改: the department reports what it fixed, with evidence.</summary>
    public void Rectify(string summary, IReadOnlyList<string> evidence, DateTimeOffset now)
    {
        Move(IssueAction.Rectification, IssueStatus.Rectified, now);
        Rectification.Report(summary, evidence, now);
        Raise(new IssueEvents.Rectified(now));
    }

    /// <summary>曝光 (T7): only closed issues, and only once.</summary>
    public void Expose(string title, string summary, DateTimeOffset now)
    {
        if (Status != IssueStatus.Closed)
        {
            throw new IllegalTransitionException("只有已办结确认的问题才能作为典型案例曝光。");
        }
        Case.Expose(title, summary, now);
        UpdatedAt = now;
        Raise(new IssueEvents.Exposed(now));
    }
}
