namespace Jinning.Web.Components.Pages.Office;

/// <summary>
/// One year of the official calendar being edited: each day is an ordinary day (a working day, or a
/// weekend's rest), a public holiday, or a weekend day worked in exchange (调休上班). Clicking a day
/// moves it on to the next kind.
/// </summary>
public sealed class CalendarDays(int year, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
{
    public enum Kind { Ordinary, Holiday, MakeUp }

    private readonly HashSet<DateOnly> _holidays = [.. holidays];
    private readonly HashSet<DateOnly> _makeUps = [.. makeUpWorkdays];

    public int Year { get; } = year;

    public IReadOnlyList<DateOnly> Holidays => _holidays.Order().ToList();

    public IReadOnlyList<DateOnly> MakeUpWorkdays => _makeUps.Order().ToList();

    public Kind Of(DateOnly day) => _holidays.Contains(day) ? Kind.Holiday : _makeUps.Contains(day) ? Kind.MakeUp : Kind.Ordinary;

    /// <summary>Ordinary → holiday → make-up working day → ordinary.</summary>
    public Kind Toggle(DateOnly day)
    {
        switch (Of(day))
        {
            case Kind.Ordinary:
                _holidays.Add(day);
                return Kind.Holiday;
            case Kind.Holiday:
                _holidays.Remove(day);
                _makeUps.Add(day);
                return Kind.MakeUp;
            default:
                _makeUps.Remove(day);
                return Kind.Ordinary;
        }
    }

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Consecutive days as ranges in words: 10月1日至10月7日、10月10日.</summary>
    public static string Ranges(IReadOnlyList<DateOnly> days)
    {
        if (days.Count == 0)
        {
            return "无";
        }
        var ranges = new List<string>();
        var start = days[0];
        var previous = days[0];
        foreach (var day in days.Skip(1).Append(DateOnly.MaxValue))
        {
            if (day != DateOnly.MaxValue && day == previous.AddDays(1))
            {
                previous = day;
                continue;
            }
            ranges.Add(start == previous ? Name(start) : $"{Name(start)}至{Name(previous)}");
            start = previous = day;
        }
        return string.Join("、", ranges);
    }

    public static string Name(DateOnly day) => $"{day.Month}月{day.Day}日";

    public static string Weekday(DateOnly day) => "日一二三四五六"[(int)day.DayOfWeek].ToString();
}
