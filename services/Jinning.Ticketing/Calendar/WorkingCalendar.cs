namespace Jinning.Ticketing.Calendar;

/// <summary>
/// Counts working days: Monday to Friday, minus public holidays, plus make-up working days. Pure,
/// so deadline rules are unit-tested without a database.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];
    private readonly HashSet<DateOnly> _makeUpWorkdays = [.. makeUpWorkdays];

    public static WorkingCalendar From(IEnumerable<CalendarYear> years)
    {
        var list = years.ToList();
        return new WorkingCalendar(list.SelectMany(y => y.Holidays), list.SelectMany(y => y.MakeUpWorkdays));
    }

    public bool IsWorkingDay(DateOnly day) =>
        _makeUpWorkdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>Working days in [<paramref name="from"/>, <paramref name="until"/>): the first counts, the last does not.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly until)
    {
        var count = 0;
        for (var day = from; day < until; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The day on which <paramref name="workingDays"/> full working days after <paramref name="start"/> have passed.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }
        return day;
    }
}
