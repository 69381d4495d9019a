using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;

namespace Jinning.Roster.Tests;

public sealed class SupervisorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));

    private static Supervisor Appointed() => Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "张三", "federation-commerce", "enterprise",
        true, null, "JN-2026-0001", new DateOnly(2026, 11, 26));

    [Fact]
    public void Term_LastsTwoYears() => Assert.Equal(new DateOnly(2028, 11, 25), Appointed().TermEnd);

    [Fact]
    public void Term_StartingOnALeapDay_EndsTheDayBeforeItsAnniversary() =>
        Assert.Equal(new DateOnly(2030, 2, 27), Supervisor.TermEndFor(new DateOnly(2028, 2, 29)));

    [Theory]
    [InlineData(SupervisorActionKind.Adjustment, SupervisorStatus.Active)]
    [InlineData(SupervisorActionKind.Criticism, SupervisorStatus.Active)]
    [InlineData(SupervisorActionKind.ReminderTalk, SupervisorStatus.Active)]
    [InlineData(SupervisorActionKind.Termination, SupervisorStatus.Dismissed)]
    [InlineData(SupervisorActionKind.Dismissal, SupervisorStatus.Dismissed)]
    public void Action_IsOnTheFile_AndOnlyTerminationAndDismissalEndService(SupervisorActionKind kind, SupervisorStatus expected)
    {
        var supervisor = Appointed();
        supervisor.Record(kind, SupervisorReason.DisciplineViolation, "说明", new DateOnly(2026, 12, 1), "office", Now);

        Assert.Equal(expected, supervisor.Status);
        Assert.Single(supervisor.Actions);
    }

    [Fact]
    public void Action_OnADismissedSupervisor_IsRefused()
    {
        var supervisor = Appointed();
        supervisor.Record(SupervisorActionKind.Dismissal, SupervisorReason.IllegalActivity, null, new DateOnly(2026, 12, 1), "office", Now);
        Assert.Throws<IllegalTransitionException>(() =>
            supervisor.Record(SupervisorActionKind.Criticism, SupervisorReason.DisciplineViolation, null, new DateOnly(2026, 12, 2), "office", Now));
    }
}
