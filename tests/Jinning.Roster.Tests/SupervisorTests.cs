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

public sealed class ReappointmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);

    private static Supervisor EndedTerm()
    {
        var supervisor = Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "张三", "federation-commerce", "enterprise", true, null,
            "JN-2024-0001", new DateOnly(2024, 12, 1));
        Assert.IsType<TermNotice.Ended>(supervisor.ReviewTerm(new DateOnly(2026, 12, 1), Now));
        return supervisor;
    }

    [Fact]
    public void Reappoint_AfterTheTermEnded_StartsANewTermOnTheSameFile()
    {
        var supervisor = EndedTerm();
        var id = supervisor.Id;

        supervisor.Reappoint("JN-2026-0042", new DateOnly(2026, 12, 10));

        Assert.Equal(id, supervisor.Id);
        Assert.Equal(SupervisorStatus.Active, supervisor.Status);
        Assert.Equal("JN-2026-0042", supervisor.CertificateNumber);
        Assert.Equal(new DateOnly(2028, 12, 9), supervisor.TermEnd);
        Assert.Equal([new PastTerm("JN-2024-0001", new DateOnly(2024, 12, 1), new DateOnly(2026, 11, 30))], supervisor.PastTerms);
        Assert.Null(supervisor.ReviewTerm(new DateOnly(2026, 12, 11), Now));
    }

    [Fact]
    public void Reappoint_WhileServingOrAfterDismissal_IsRefused()
    {
        var serving = Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "李四", "united-front", "legal", false, null, "JN-2026-0002", new DateOnly(2026, 1, 1));
        Assert.Throws<Jinning.ServiceDefaults.IllegalTransitionException>(() => serving.Reappoint("JN-2026-0003", new DateOnly(2026, 6, 1)));

        serving.Record(SupervisorActionKind.Dismissal, SupervisorReason.IllegalActivity, null, new DateOnly(2026, 6, 1), "office", Now);
        Assert.Throws<Jinning.ServiceDefaults.IllegalTransitionException>(() => serving.Reappoint("JN-2026-0003", new DateOnly(2028, 6, 1)));
    }
}
