using Jinning.Roster.Duties;
using Jinning.Roster.Supervisors;

namespace Jinning.Roster.Tests;

/// <summary>D1: who owes the half-year work and what their status is, across period boundaries.</summary>
public sealed class HalfYearDutyTests
{
    private static readonly HalfYear H2 = new(2026, 2);

    private static Supervisor AppointedOn(DateOnly day) => Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "张三", "united-front",
        "legal", false, null, "JN-2026-0001", day);

    [Theory]
    [InlineData("2026-H1", 2026, 1, "2026-01-01", "2026-06-30")]
    [InlineData("2026-H2", 2026, 2, "2026-07-01", "2026-12-31")]
    public void Period_ParsesAndSpansItsHalfYear(string text, int year, int half, string start, string end)
    {
        Assert.True(HalfYear.TryParse(text, out var period));
        Assert.Equal(new HalfYear(year, half), period);
        Assert.Equal(DateOnly.Parse(start), period.Value.Start);
        Assert.Equal(DateOnly.Parse(end), period.Value.End);
        Assert.Equal(text, period.Value.ToString());
    }

    [Theory]
    [InlineData("2026-H3")]
    [InlineData("2026H1")]
    [InlineData("1999-H1")]
    [InlineData("")]
    public void Period_RejectsOtherText(string text) => Assert.False(HalfYear.TryParse(text, out _));

    [Fact]
    public void Period_OfTheLastAndFirstDays_AcrossTheBoundary()
    {
        Assert.Equal(new HalfYear(2026, 1), HalfYear.Of(new DateOnly(2026, 6, 30)));
        Assert.Equal(new HalfYear(2026, 2), HalfYear.Of(new DateOnly(2026, 7, 1)));
        Assert.Equal(new HalfYear(2027, 1), new HalfYear(2026, 2).Next);
    }

    [Fact]
    public void SupervisorAppointedBeforeThePeriod_OwesIt() => Assert.True(HalfYearObligation.Owes(AppointedOn(new DateOnly(2026, 3, 1)), H2));

    [Fact]
    public void SupervisorAppointedMidPeriod_OwesIt() => Assert.True(HalfYearObligation.Owes(AppointedOn(new DateOnly(2026, 9, 15)), H2));

    [Fact]
    public void SupervisorAppointedInThePeriodsLastMonth_StartsWithTheNextPeriod()
    {
        var newcomer = AppointedOn(new DateOnly(2026, 12, 10));
        Assert.False(HalfYearObligation.Owes(newcomer, H2));
        Assert.True(HalfYearObligation.Owes(newcomer, H2.Next));
    }

    [Fact]
    public void SupervisorWhoseTermEndsBeforeThePeriodEnds_DoesNotOweIt()
    {
        var leaving = AppointedOn(new DateOnly(2024, 10, 1)); // last day 2026-09-30
        Assert.True(HalfYearObligation.Owes(leaving, new HalfYear(2026, 1)));
        Assert.False(HalfYearObligation.Owes(leaving, H2));
    }

    [Fact]
    public void SupervisorDismissedDuringThePeriod_DoesNotOweIt_ButOwedThePreviousOne()
    {
        var dismissed = AppointedOn(new DateOnly(2026, 1, 5));
        dismissed.Record(SupervisorActionKind.Dismissal, SupervisorReason.IllegalActivity, null, new DateOnly(2026, 8, 1), "office",
            new DateTimeOffset(2026, 8, 1, 2, 0, 0, TimeSpan.Zero));
        Assert.False(HalfYearObligation.Owes(dismissed, H2));
        Assert.True(HalfYearObligation.Owes(dismissed, new HalfYear(2026, 1)));
    }

    [Theory]
    [InlineData(null, "2026-12-20", DutyStatus.Due)]
    [InlineData(null, "2026-12-31", DutyStatus.Due)]
    [InlineData(null, "2027-01-01", DutyStatus.Overdue)]
    [InlineData("2026-12-31", "2027-01-05", DutyStatus.Submitted)]
    [InlineData("2027-01-01", "2027-01-05", DutyStatus.Late)]
    public void Status_AcrossThePeriodsEnd(string? submittedOn, string today, DutyStatus expected) =>
        Assert.Equal(expected, HalfYearObligation.StatusOf(H2, submittedOn is null ? null : DateOnly.Parse(submittedOn), DateOnly.Parse(today)));
}
