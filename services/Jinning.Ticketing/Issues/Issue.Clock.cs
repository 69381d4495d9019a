using Jinning.ServiceDefaults;
using Jinning.Ticketing.Calendar;

namespace Jinning.Ticketing.Issues;

/// <summary>What the deadline clock does to an issue (T4): reminders, the sign-for limit, escalation on every missed deadline, public
/// notices (T13).</summary>
public sealed partial class Issue
{
    /// <summary>催办: once per deadline, a set time before it.</summary>
    public bool RemindIfDue(DateTimeOffset now, TimeSpan before)
    {
        if (!OnTheClock || !Assignment.NeedsReminder(now, before))
        {
            return false;
        }
        Assignment.MarkReminded(now);
        Raise(new IssueEvents.ReminderDue(now, Assignment.Deadline!.Value, "deadline"));
        return true;
    }

    /// <summary>Not signed for within the limit: flagged once, for a reminder to sign (催签).</summary>
    public bool FlagSignForOverdue(DateTimeOffset now)
    {
        if (Status != IssueStatus.Dispatched || !Assignment.FlagSignForOverdue(now))
        {
            return false;
        }
        UpdatedAt = now;
        Raise(new IssueEvents.ReminderDue(now, Assignment.SignForDeadline!.Value, "sign-for"));
        return true;
    }

    /// <summary>
    /// Past the deadline and not rectified: supervision (督办) rises one level by itself, with its own
    /// deadline, for every deadline missed. At the public-notice level each miss is made public (T13).
    /// </summary>
    public bool EscalateIfOverdue(DateTimeOffset now, DateTimeOffset supervisionDeadline, WorkingCalendar calendar)
    {
        if (!OnTheClock || Assignment.Escalate(now, supervisionDeadline) is not { } missed)
        {
            return false;
        }
        UpdatedAt = now;
        Raise(new IssueEvents.Escalated(now, missed, Assignment.SupervisionLevel!.Value, Assignment.Escalations));
        Raise(new IssueEvents.Dispatched(now, "逾期未办结，转为督办。", missed));
        if (Assignment.SupervisionLevel == SupervisionLevel.PublicNotice)
        {
            var firstMissed = Assignment.FirstMissedDeadline!.Value;
            // Whole days since the first deadline was missed: the working days on the official calendar, and all days.
            var lateWorkingDays = calendar.WorkingDaysBetween(DistrictClock.Today(firstMissed).AddDays(1), DistrictClock.Today(now));
            var lateDays = (int)Math.Floor((now - firstMissed).TotalDays);
            Raise(new IssueEvents.PublicNoticeDue(now, firstMissed, lateWorkingDays, lateDays));
        }
        return true;
    }
}
