using Jinning.ServiceDefaults;

namespace Jinning.Web.Vocabulary;

/// <summary>Days as a date picker gives them, turned into the instants the API counts in: a deadline is the end of its day in Jinning.</summary>
public static class DistrictDays
{
    public static DateTimeOffset EndOf(DateTime day) =>
        new DateTimeOffset(day.Year, day.Month, day.Day, 0, 0, 0, DistrictClock.Offset).AddDays(1).AddSeconds(-1);

    /// <summary>The district day of <paramref name="at"/>, for a date picker.</summary>
    public static DateTime DayOf(DateTimeOffset at) => at.ToOffset(DistrictClock.Offset).Date;
}
