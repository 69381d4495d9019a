using Jinning.Roster.Supervisors;

namespace Jinning.Roster.Duties;

public enum DutyStatus
{
    /// <summary>Owed, not handed in, the period is not over.</summary>
    Due,
    /// <summary>Handed in by the end of the period.</summary>
    Submitted,
    /// <summary>Handed in after the period ended.</summary>
    Late,
    /// <summary>Not handed in, and the period is over.</summary>
    Overdue,
}

/// <summary>
/// Who owes the half-year ledger and suggestion report (D1, Art. 6.4–6.5). The work falls due at the
/// end of the period, so it is owed by every supervisor still serving on its last day. Someone
/// appointed in the last <see cref="NewcomerGraceDays"/> days of a period starts with the next one.
/// </summary>
public static class HalfYearObligation
{
    public const int NewcomerGraceDays = 30;

    public static bool Owes(Supervisor supervisor, HalfYear period) =>
        supervisor.TermStart <= period.End.AddDays(-NewcomerGraceDays) && supervisor.LastDayOfService() >= period.End;

    public static DutyStatus StatusOf(HalfYear period, DateOnly? submittedOn, DateOnly today) => submittedOn switch
    {
        { } on when on <= period.End => DutyStatus.Submitted,
        not null => DutyStatus.Late,
        null when today > period.End => DutyStatus.Overdue,
        _ => DutyStatus.Due,
    };
}
