using Jinning.ServiceDefaults;

namespace Jinning.Ticketing.Issues;

/// <summary>Feedback, the reporter's answer, and every way an issue ends with an outcome and a confirmation (T5, T10).</summary>
public sealed partial class Issue
{
    /// <summary>
    /// 反馈: the office reports the result back; the reporter has until <paramref name="confirmationDueAt"/>
    /// to answer. A reporter whose sign-in is disabled never can, so the issue closes at once (T10).
    /// </summary>
    public void GiveFeedback(string message, DateTimeOffset confirmationDueAt, bool reporterSignInDisabled, DateTimeOffset now)
    {
        Move(IssueAction.Feedback, IssueStatus.FeedbackGiven, now);
        Feedback.Give(message, now, confirmationDueAt);
        Raise(new IssueEvents.FeedbackGiven(now));
        if (reporterSignInDisabled)
        {
            CloseForUnreachableReporter(now);
        }
    }

    /// <summary>回访: the reporter confirms the fix and rates it; the issue is closed as resolved.</summary>
    public void ConfirmFix(int rating, DateTimeOffset now)
    {
        Check(IssueAction.Acceptance);
        Feedback.Rate(rating);
        Finish(IssueOutcome.Resolved, Issues.Confirmation.Confirmed, null, now);
    }

    /// <summary>The reporter objects: the issue reopens for redo (重办) or a higher level.</summary>
    public void Object(string reason, DateTimeOffset now)
    {
        Move(IssueAction.Objection, IssueStatus.Reopened, now);
        Feedback.Object(reason);
        Raise(new IssueEvents.Reopened(now, reason));
    }

    /// <summary>
    /// The office closes with an outcome (T10). Before any handling (registered, researching) every
    /// outcome but resolved; after feedback only when the reporter cannot answer or has not for five
    /// working days; after an objection, with the objection on record.
    /// </summary>
    public void Close(IssueOutcome outcome, string reason, bool reporterSignInDisabled, DateTimeOffset now)
    {
        Check(IssueAction.Close);
        Finish(outcome, ConfirmationOnClosing(outcome, reporterSignInDisabled, now), reason, now);
    }

    private Confirmation ConfirmationOnClosing(IssueOutcome outcome, bool reporterSignInDisabled, DateTimeOffset now)
    {
        if (Status is IssueStatus.Registered or IssueStatus.Researching)
        {
            if (outcome == IssueOutcome.Resolved)
            {
                throw new IllegalTransitionException("尚未交办理的问题不能以“已解决”办结；可选已解释说明、不属实、不予受理或转其他渠道办理。");
            }
            return Issues.Confirmation.NotApplicable;
        }
        if (Status == IssueStatus.Reopened)
        {
            return Issues.Confirmation.Objected;
        }
        if (Feedback.WaitIsOver(now))
        {
            return Issues.Confirmation.TimedOut;
        }
        if (reporterSignInDisabled && ReporterSupervisorId is not null)
        {
            return Issues.Confirmation.NotApplicable;
        }
        throw new IllegalTransitionException(
            $"已反馈的问题须等待报告人确认：满 {IssueFeedback.ConfirmationWorkingDays} 个工作日未确认，或报告人已无法登录时，方可由办公室办结。");
    }

    /// <summary>The clock closes a feedback nobody answered within five working days (T10).</summary>
    public bool TimeOutConfirmation(DateTimeOffset now)
    {
        if (Status != IssueStatus.FeedbackGiven || !Feedback.WaitIsOver(now))
        {
            return false;
        }
        Finish(IssueOutcome.Resolved, Issues.Confirmation.TimedOut, null, now);
        return true;
    }

    /// <summary>The reporter's sign-in was disabled (term ended, dismissed): nobody can confirm, so a waiting feedback closes.</summary>
    public bool CloseForUnreachableReporter(DateTimeOffset now)
    {
        if (Status != IssueStatus.FeedbackGiven)
        {
            return false;
        }
        Finish(IssueOutcome.Resolved, Issues.Confirmation.NotApplicable, null, now);
        return true;
    }

    private void Finish(IssueOutcome outcome, Confirmation confirmation, string? reason, DateTimeOffset now)
    {
        Status = IssueStatus.Closed;
        UpdatedAt = now;
        ClosedAt = now;
        Outcome = outcome;
        Confirmation = confirmation;
        CloseReason = reason;
        Raise(new IssueEvents.Closed(now));
    }
}
