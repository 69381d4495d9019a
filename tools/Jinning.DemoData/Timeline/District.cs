namespace Jinning.DemoData.Timeline;

/// <summary>Dates and times as the district keeps them (UTC+8), as every service does.</summary>
public static class District
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) => Date(time.GetUtcNow());

    public static DateOnly Date(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static DateTimeOffset At(DateOnly day, int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), Offset);

    /// <summary>The half-year a day falls in, as the roster writes it: <c>2026-H2</c>.</summary>
    public static string HalfYear(DateOnly day) => $"{day.Year}-H{(day.Month <= 6 ? 1 : 2)}";

    public static string PreviousHalfYear(DateOnly day) => HalfYear(day.AddMonths(-6));

    /// <summary>The nearest working weekday on or before <paramref name="day"/>: offices meet on weekdays.</summary>
    public static DateOnly WeekdayOnOrBefore(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(-1),
        DayOfWeek.Sunday => day.AddDays(-2),
        _ => day,
    };

    public static DateOnly WeekdayOnOrAfter(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };
}
