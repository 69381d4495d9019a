using Jinning.ServiceDefaults;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.Dispatch;

/// <summary>
/// Default handling time per dispatch kind, in working days on the official calendar, as the
/// district's complaint-response rules set it; the office may give an earlier deadline.
/// A deadline is the end of its day in the district (23:59:59 +08:00).
/// </summary>
public static class DeadlineRules
{
    public static int WorkingDaysFor(DispatchKind kind) => kind switch
    {
        DispatchKind.Transfer => 15,
        DispatchKind.Assign => 10,
        DispatchKind.Supervise => 5,
        _ => 15,
    };

    /// <summary>签收时限: a department signs for (or returns) an issue by the end of the next working day.</summary>
    public const int SignForWorkingDays = 1;

    public static DateTimeOffset DefaultDeadline(DispatchKind kind, DateTimeOffset dispatchedAt, WorkingCalendar calendar) =>
        EndOfWorkingDay(dispatchedAt, WorkingDaysFor(kind), calendar);

    public static DateTimeOffset SignForDeadline(DateTimeOffset dispatchedAt, WorkingCalendar calendar) =>
        EndOfWorkingDay(dispatchedAt, SignForWorkingDays, calendar);

    /// <summary>The reporter confirms or objects by the end of the fifth working day after the feedback (T10).</summary>
    public static DateTimeOffset ConfirmationDue(DateTimeOffset feedbackAt, WorkingCalendar calendar) =>
        EndOfWorkingDay(feedbackAt, IssueFeedback.ConfirmationWorkingDays, calendar);

    private static DateTimeOffset EndOfWorkingDay(DateTimeOffset from, int workingDays, WorkingCalendar calendar)
    {
        var due = calendar.AddWorkingDays(DistrictClock.Today(from), workingDays);
        return DistrictClock.StartOf(due.AddDays(1)).AddSeconds(-1);
    }
}
