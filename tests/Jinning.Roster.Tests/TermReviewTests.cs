using Jinning.Roster.Supervisors;

namespace Jinning.Roster.Tests;

/// <summary>The term rule itself, without a database: which notice a given day brings.</summary>
public sealed class TermReviewTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    private static Supervisor EndingOn(DateOnly termEnd) => Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "张三", "united-front",
        "legal", false, null, "JN-2024-0001", termEnd.AddDays(1).AddYears(-2));

    [Fact]
    public void Review_AfterADowntimeInsideTheWarningWindow_SendsOnlyTheWarningThatAppliesNow()
    {
        var supervisor = EndingOn(new DateOnly(2026, 11, 30));

        var notice = supervisor.ReviewTerm(new DateOnly(2026, 11, 10), Now);

        Assert.Equal(new TermNotice.Ending(30, 20), notice);
        Assert.Null(supervisor.ReviewTerm(new DateOnly(2026, 11, 11), Now));
    }

    [Fact]
    public void Review_OfAnEndedTerm_GivesNothingMore()
    {
        var supervisor = EndingOn(new DateOnly(2026, 11, 30));
        Assert.IsType<TermNotice.Ended>(supervisor.ReviewTerm(new DateOnly(2026, 12, 1), Now));
        Assert.Null(supervisor.ReviewTerm(new DateOnly(2026, 12, 2), Now));
    }
}
