namespace Jinning.Roster.Meetings;

/// <summary>
/// Art. 4.3: the office holds at least one symposium with the supervisors a year. Only a symposium
/// held (its minutes recorded) counts; the office is warned from October of the year on, when there
/// is still time to hold one, and for every past year without one.
/// </summary>
public static class SymposiumRule
{
    public const int WarnFromMonth = 10;

    public static string? Warning(int year, DateOnly today, bool held, bool scheduled)
    {
        if (held || year > today.Year || (year == today.Year && today.Month < WarnFromMonth))
        {
            return null;
        }
        return scheduled
            ? $"{year} 年的义务监督员工作座谈会已安排，但尚未登记召开（会议纪要）；制度第四条第三项要求每年至少召开一次。"
            : $"{year} 年尚未召开义务监督员工作座谈会（制度第四条第三项要求每年至少召开一次）。";
    }
}
