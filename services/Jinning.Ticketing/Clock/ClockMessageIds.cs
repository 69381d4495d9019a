using Jinning.Messaging.Outbox;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.Clock;

/// <summary>
/// The message IDs of what the deadline clock publishes, from (issue, kind, the deadline that fell due) and never from the
/// moment an instance noticed: two clocks that both act publish one message. Null for what people do.
/// </summary>
public static class ClockMessageIds
{
    public static Guid Reminder(Issue issue, IssueEvents.ReminderDue due) =>
        DeterministicMessageId.For(issue.Id, $"reminder:{due.Reason}", due.Deadline);

    public static Guid Overdue(Issue issue, IssueEvents.Escalated escalated) =>
        DeterministicMessageId.For(issue.Id, $"overdue:{escalated.Escalations}", escalated.MissedDeadline);

    public static Guid PublicNotice(Issue issue, IssueEvents.PublicNoticeDue due) =>
        DeterministicMessageId.For(issue.Id, $"public-notice:{issue.Assignment.Escalations}",
            issue.Assignment.LastMissedDeadline ?? due.FirstMissedDeadline);

    /// <summary>The supervision transfer an escalation sends each department; a dispatch by the office gets a new ID.</summary>
    public static Guid? SupervisionTransfer(Issue issue, IssueEvents.Dispatched dispatched, string departmentCode) =>
        dispatched.MissedDeadline is { } missed
            ? DeterministicMessageId.For(issue.Id, $"supervision-transfer:{issue.Assignment.Escalations}:{departmentCode}", missed)
            : null;

    /// <summary>The clock closes a feedback nobody confirmed in time; any other close is someone's act.</summary>
    public static Guid? ConfirmationTimedOut(Issue issue) =>
        issue.Confirmation == Confirmation.TimedOut && issue.Feedback.ConfirmationDueAt is { } due
            ? DeterministicMessageId.For(issue.Id, "confirmation-timed-out", due)
            : null;
}
