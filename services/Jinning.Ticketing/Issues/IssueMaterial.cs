using Jinning.ServiceDefaults;
using Jinning.Ticketing.Calendar;

namespace Jinning.Ticketing.Issues;

/// <summary>补充材料 (T4): what the department waits for, and since when the clock stands still.</summary>
public sealed class IssueMaterial
{
    /// <summary>When the clock stopped; the deadline moves by the stopped working days.</summary>
    public DateTimeOffset? ClockStoppedAt { get; private set; }
    public string? Request { get; private set; }

    internal void Stop(string request, DateTimeOffset now)
    {
        Request = request;
        ClockStoppedAt = now;
    }

    /// <summary>The working days it stood still: each from the day it stopped up to (not including) today.</summary>
    internal int Resume(DateTimeOffset now, WorkingCalendar calendar)
    {
        var stoppedDays = ClockStoppedAt is { } stopped ? calendar.WorkingDaysBetween(DistrictClock.Today(stopped),
            DistrictClock.Today(now)) : 0;
        Clear();
        return stoppedDays;
    }

    internal void Clear()
    {
        ClockStoppedAt = null;
        Request = null;
    }
}
