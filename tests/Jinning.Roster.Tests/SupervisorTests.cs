using Jinning.Contracts.V1;
using Jinning.Roster.Applications;
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
    [InlineData(SupervisorActionKind.Adjustment, SupervisorStatus.Adjusted)]
    [InlineData(SupervisorActionKind.Criticism, SupervisorStatus.Active)]
    [InlineData(SupervisorActionKind.ReminderTalk, SupervisorStatus.Active)]
    [InlineData(SupervisorActionKind.Termination, SupervisorStatus.Dismissed)]
    [InlineData(SupervisorActionKind.Dismissal, SupervisorStatus.Dismissed)]
    public void Action_IsOnTheFile_AndTellsTheSupervisor_AndOnlyCriticismAndRemindersLeaveTheAppointmentRunning(
        SupervisorActionKind kind, SupervisorStatus expected)
    {
        var supervisor = Appointed();
        var action = supervisor.Record(kind, SupervisorReason.DisciplineViolation, "说明", new DateOnly(2026, 12, 1), "office", Now);

        Assert.Equal(expected, supervisor.Status);
        Assert.Single(supervisor.Actions);
        var told = Assert.Single(supervisor.RaisedEvents().OfType<SupervisorActionRecorded>());
        Assert.Equal(action.Id, told.ActionId);
        Assert.Equal(KebabEnum.Format(kind), told.Kind);
    }

    [Fact]
    public void Adjustment_EndsTheAppointment_AndAsksTheNominatingUnitForAReplacement()
    {
        var supervisor = Appointed();
        supervisor.Record(SupervisorActionKind.Adjustment, SupervisorReason.HealthOrWork, null, new DateOnly(2026, 12, 1), "office", Now);

        var ended = Assert.Single(supervisor.RaisedEvents().OfType<SupervisorServiceEnded>());
        Assert.Equal("adjusted", ended.Status);
        var replacement = Assert.Single(supervisor.RaisedEvents().OfType<ReplacementRequested>());
        Assert.Equal("federation-commerce", replacement.NominatingUnit);
        Assert.Empty(supervisor.RaisedEvents().OfType<SupervisorDismissed>());
    }

    [Fact]
    public void Termination_ReferredToDiscipline_TellsTheCommission_AndTheUnitHearsOfTheDismissal()
    {
        var supervisor = Appointed();
        supervisor.Record(SupervisorActionKind.Termination, SupervisorReason.DisciplineViolation, "收受礼品", new DateOnly(2026, 12, 1),
            "office", Now,
            referToDiscipline: true);

        Assert.True(Assert.Single(supervisor.Actions).ReferredToDiscipline);
        Assert.Equal("termination", Assert.Single(supervisor.RaisedEvents().OfType<AccountabilityReferred>()).ActionKind);
        Assert.Equal("federation-commerce", Assert.Single(supervisor.RaisedEvents().OfType<SupervisorDismissed>()).NominatingUnit);
    }

    [Fact]
    public void Criticism_CannotBeReferredToDiscipline() =>
        Assert.Throws<ArgumentException>(() => Appointed()
            .Record(SupervisorActionKind.Criticism, SupervisorReason.DisciplineViolation, null,
            new DateOnly(2026, 12, 1), "office", Now, referToDiscipline: true));

    [Fact]
    public void Action_OnADismissedSupervisor_IsRefused()
    {
        var supervisor = Appointed();
        supervisor.Record(SupervisorActionKind.Dismissal, SupervisorReason.IllegalActivity, null, new DateOnly(2026, 12, 1), "office", Now);
        Assert.Throws<IllegalTransitionException>(() =>
            supervisor.Record(SupervisorActionKind.Criticism, SupervisorReason.DisciplineViolation, null, new DateOnly(2026, 12, 2), "office", Now));
    }
}

/// <summary>
/// The supervisor's state machine: every status × every action, legal exactly where <see cref="SupervisorTransitions"/> says.
/// </summary>
public sealed class SupervisorStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly AppointedOn = new(2024, 12, 1);

    /// <summary>Brings a fresh supervisor into <paramref name="status"/> through legal transitions only.</summary>
    private static Supervisor In(SupervisorStatus status)
    {
        var supervisor = Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "张三", "united-front", "legal", false, null, "JN-2024-0001",
            AppointedOn);
        switch (status)
        {
            case SupervisorStatus.Active: break;
            case SupervisorStatus.TermEnded: supervisor.ReviewTerm(new DateOnly(2026, 12, 1), Now); break;
            case SupervisorStatus.Dismissed: Record(supervisor, SupervisorActionKind.Dismissal); break;
            case SupervisorStatus.Adjusted: Record(supervisor, SupervisorActionKind.Adjustment); break;
            case SupervisorStatus.Resigned: supervisor.EndOnApplication(Approved(supervisor, ApplicationKind.Resignation), Now); break;
        }
        Assert.Equal(status, supervisor.Status);
        return supervisor;
    }

    private static void Record(Supervisor supervisor, SupervisorActionKind kind) =>
        supervisor.Record(kind, SupervisorReason.DisciplineViolation, null, new DateOnly(2025, 6, 1), "office",
            new DateTimeOffset(2025, 6, 1, 2, 0, 0, TimeSpan.Zero));

    private static SupervisorApplication Approved(Supervisor supervisor, ApplicationKind kind)
    {
        var application = SupervisorApplication.File(Guid.NewGuid(), supervisor, kind, "工作调动",
            new DateTimeOffset(2025, 5, 1, 2, 0, 0, TimeSpan.Zero));
        application.Approve(null, "office", new DateTimeOffset(2025, 6, 1, 2, 0, 0, TimeSpan.Zero));
        return application;
    }

    private static readonly Dictionary<string, Action<Supervisor>> Actions = new()
    {
        // The calendar leaves alone a term that is not running: that is how it refuses.
        [SupervisorTransitions.EndTerm] = s => _ = s.ReviewTerm(new DateOnly(2026, 12, 1), Now) as TermNotice.Ended
            ?? throw new IllegalTransitionException("not running"),
        [SupervisorTransitions.Admonish] = s => Record(s, SupervisorActionKind.ReminderTalk),
        [SupervisorTransitions.Dismiss] = s => Record(s, SupervisorActionKind.Termination),
        [SupervisorTransitions.Adjust] = s => Record(s, SupervisorActionKind.Adjustment),
        [SupervisorTransitions.Resign] = s => s.EndOnApplication(Approved(s, ApplicationKind.Resignation), Now),
        [SupervisorTransitions.Apply] = s => SupervisorApplication.File(Guid.NewGuid(), s, ApplicationKind.Adjustment, "理由", Now),
        [SupervisorTransitions.Reappoint] = s => s.Reappoint(Guid.NewGuid(), "JN-2026-0099", new DateOnly(2026, 12, 10), "hash", Now),
    };

    public static TheoryData<SupervisorStatus, string, bool> EveryStatusAndAction()
    {
        var legal = new HashSet<(SupervisorStatus, string)>
        {
            (SupervisorStatus.Active, SupervisorTransitions.EndTerm),
            (SupervisorStatus.Active, SupervisorTransitions.Admonish),
            (SupervisorStatus.Active, SupervisorTransitions.Dismiss),
            (SupervisorStatus.Active, SupervisorTransitions.Adjust),
            (SupervisorStatus.Active, SupervisorTransitions.Resign),
            (SupervisorStatus.Active, SupervisorTransitions.Apply),
            (SupervisorStatus.TermEnded, SupervisorTransitions.Reappoint),
            (SupervisorStatus.Adjusted, SupervisorTransitions.Reappoint),
            (SupervisorStatus.Resigned, SupervisorTransitions.Reappoint),
        };
        var data = new TheoryData<SupervisorStatus, string, bool>();
        foreach (var status in Enum.GetValues<SupervisorStatus>())
        {
            foreach (var action in SupervisorTransitions.Actions)
            {
                data.Add(status, action, legal.Contains((status, action)));
            }
        }
        return data;
    }

    [Fact]
    public void EveryActionOfTheTable_IsExercised() => Assert.Equal(SupervisorTransitions.Actions.Order(), Actions.Keys.Order());

    [Theory]
    [MemberData(nameof(EveryStatusAndAction))]
    public void Transition_IsAllowedExactlyWhereTheTableSays(SupervisorStatus status, string action, bool legal)
    {
        var supervisor = In(status);
        Assert.Equal(legal, SupervisorTransitions.Allows(status, action));
        if (legal)
        {
            Actions[action](supervisor);
        }
        else
        {
            Assert.Throws<IllegalTransitionException>(() => Actions[action](supervisor));
        }
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
    public void Reappoint_AfterTheTermEnded_StartsANewTermOnTheSameFile_AndAnnouncesTheFreshNomination()
    {
        var supervisor = EndedTerm();
        var id = supervisor.Id;
        var freshNomination = Guid.NewGuid();

        supervisor.Reappoint(freshNomination, "JN-2026-0042", new DateOnly(2026, 12, 10), "hash", Now);

        Assert.Equal(id, supervisor.Id);
        Assert.Equal(SupervisorStatus.Active, supervisor.Status);
        Assert.Equal("JN-2026-0042", supervisor.CertificateNumber);
        Assert.Equal(new DateOnly(2028, 12, 9), supervisor.TermEnd);
        Assert.Equal(
            [new PastTerm("JN-2024-0001", new DateOnly(2024, 12, 1), new DateOnly(2026, 11, 30), SupervisorStatus.TermEnded,
            new DateOnly(2026, 11, 30))],
            supervisor.PastTerms);
        Assert.Equal(freshNomination, Assert.Single(supervisor.RaisedEvents().OfType<SupervisorAppointed>()).NominationId);
        Assert.Null(supervisor.ReviewTerm(new DateOnly(2026, 12, 11), Now));
    }

    [Fact]
    public void Reappoint_AfterAResignation_KeepsHowTheEarlierTermEnded()
    {
        var supervisor = Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "王五", "united-front", "legal", false, null, "JN-2025-0001",
            new DateOnly(2025, 1, 10));
        var application = SupervisorApplication.File(Guid.NewGuid(), supervisor, ApplicationKind.Resignation, "出国", Now.AddMonths(-6));
        application.Approve(null, "office", Now.AddMonths(-5));
        supervisor.EndOnApplication(application, Now.AddMonths(-5));

        Assert.Throws<IllegalTransitionException>(() => supervisor.Reappoint(Guid.NewGuid(), "JN-2026-0050", supervisor.LastDayOfService(),
            "hash", Now));
        supervisor.Reappoint(Guid.NewGuid(), "JN-2026-0050", new DateOnly(2026, 12, 10), "hash", Now);

        var past = Assert.Single(supervisor.PastTerms);
        Assert.Equal(SupervisorStatus.Resigned, past.EndedAs);
        Assert.True(past.EndedOn < past.TermEnd);
    }

    [Fact]
    public void Reappoint_WhileServingOrAfterDismissal_IsRefused()
    {
        var serving = Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "李四", "united-front", "legal", false, null, "JN-2026-0002", new DateOnly(2026, 1, 1));
        Assert.Throws<IllegalTransitionException>(() => serving.Reappoint(Guid.NewGuid(), "JN-2026-0003", new DateOnly(2026, 6, 1), "hash",
            Now));

        serving.Record(SupervisorActionKind.Dismissal, SupervisorReason.IllegalActivity, null, new DateOnly(2026, 6, 1), "office", Now);
        Assert.Throws<IllegalTransitionException>(() => serving.Reappoint(Guid.NewGuid(), "JN-2026-0003", new DateOnly(2028, 6, 1), "hash",
            Now));
    }
}
