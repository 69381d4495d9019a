using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Dispatch;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.Tests;

public sealed class WorkingCalendarTests
{
    // October 2026: National Day holiday Thu 1 – Wed 7, Saturday 10 a make-up working day.
    private static readonly WorkingCalendar October = new(
        Enumerable.Range(1, 7).Select(day => new DateOnly(2026, 10, day)),
        [new DateOnly(2026, 10, 10)]);

    [Theory]
    [InlineData("2026-09-30", true)]   // Wednesday
    [InlineData("2026-10-01", false)]  // holiday
    [InlineData("2026-10-05", false)]  // holiday on a Monday
    [InlineData("2026-10-08", true)]   // Thursday after the holiday
    [InlineData("2026-10-10", true)]   // make-up working Saturday
    [InlineData("2026-10-11", false)]  // ordinary Sunday
    public void IsWorkingDay_FollowsWeekendsHolidaysAndMakeUpDays(string day, bool working) =>
        Assert.Equal(working, October.IsWorkingDay(DateOnly.Parse(day)));

    [Fact]
    public void AddWorkingDays_SkipsTheHolidayAndCountsTheMakeUpSaturday()
    {
        // From Wed 30 Sep: Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
        Assert.Equal(new DateOnly(2026, 10, 13), October.AddWorkingDays(new DateOnly(2026, 9, 30), 5));
    }

    [Fact]
    public void AddWorkingDays_OnAPlainCalendar_SkipsWeekendsOnly()
    {
        var plain = new WorkingCalendar([], []);
        Assert.Equal(new DateOnly(2026, 11, 30), plain.AddWorkingDays(new DateOnly(2026, 11, 26), 2)); // Thu → Fri, Mon
    }

    [Theory]
    [InlineData(DispatchKind.Transfer, 15)]
    [InlineData(DispatchKind.Assign, 10)]
    [InlineData(DispatchKind.Supervise, 5)]
    public void DefaultDeadline_IsTheEndOfTheLastWorkingDayInTheDistrict(DispatchKind kind, int workingDays)
    {
        var dispatchedAt = new DateTimeOffset(2026, 9, 30, 9, 0, 0, TimeSpan.FromHours(8));

        var deadline = DeadlineRules.DefaultDeadline(kind, dispatchedAt, October);

        var expectedDay = October.AddWorkingDays(new DateOnly(2026, 9, 30), workingDays);
        Assert.Equal(new DateTimeOffset(expectedDay.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(8)), deadline);
    }
}
