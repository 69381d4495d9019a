using Jinning.Roster.Applications;
using Jinning.Roster.Declarations;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;

namespace Jinning.Roster.Tests;

/// <summary>The application and declaration state machines, every status × every action, against their tables.</summary>
public sealed class ApplicationAndDeclarationTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    private static Supervisor Serving() => Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "张三", "united-front", "legal", false, null,
        "JN-2026-0001", new DateOnly(2026, 3, 1));

    private static SupervisorApplication Application(ApplicationStatus status)
    {
        var application = SupervisorApplication.File(Guid.NewGuid(), Serving(), ApplicationKind.Resignation, "理由", Now);
        if (status == ApplicationStatus.Approved) application.Approve(null, "office", Now);
        if (status == ApplicationStatus.Refused) application.Refuse(null, "office", Now);
        Assert.Equal(status, application.Status);
        return application;
    }

    private static Declaration Declaration(DeclarationStatus status)
    {
        var kind = status == DeclarationStatus.Recorded ? DeclarationKind.Gift : DeclarationKind.PublicStatement;
        var declaration = Declarations.Declaration.File(Guid.NewGuid(), Serving(), kind, "事项", "情况", null, null, null, Now);
        if (status == DeclarationStatus.Approved) declaration.Approve(null, "office", Now);
        if (status == DeclarationStatus.Refused) declaration.Refuse(null, "office", Now);
        Assert.Equal(status, declaration.Status);
        return declaration;
    }

    public static TheoryData<ApplicationStatus, string> EveryApplicationStatusAndAction()
    {
        var data = new TheoryData<ApplicationStatus, string>();
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var action in ApplicationTransitions.Actions)
            {
                data.Add(status, action);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryApplicationStatusAndAction))]
    public void Application_IsDecidedOnlyWhilePending(ApplicationStatus status, string action)
    {
        var application = Application(status);
        var legal = status == ApplicationStatus.Pending;
        Assert.Equal(legal, ApplicationTransitions.Allows(status, action));
        Action act = action == ApplicationTransitions.Approve
            ? () => application.Approve(null, "office", Now)
            : () => application.Refuse(null, "office", Now);
        if (legal)
        {
            act();
            Assert.NotEqual(status, application.Status);
        }
        else
        {
            Assert.Throws<IllegalTransitionException>(act);
        }
    }

    public static TheoryData<DeclarationStatus, string> EveryDeclarationStatusAndAction()
    {
        var data = new TheoryData<DeclarationStatus, string>();
        foreach (var status in Enum.GetValues<DeclarationStatus>())
        {
            foreach (var action in DeclarationTransitions.Actions)
            {
                data.Add(status, action);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryDeclarationStatusAndAction))]
    public void Declaration_IsDecidedOnlyWhileAPublicStatementIsPending(DeclarationStatus status, string action)
    {
        var declaration = Declaration(status);
        var legal = status == DeclarationStatus.Pending;
        Assert.Equal(legal, DeclarationTransitions.Allows(status, action));
        Action act = action == DeclarationTransitions.Approve
            ? () => declaration.Approve(null, "office", Now)
            : () => declaration.Refuse(null, "office", Now);
        if (legal)
        {
            act();
            Assert.NotEqual(status, declaration.Status);
        }
        else
        {
            Assert.Throws<IllegalTransitionException>(act);
        }
    }

    [Fact]
    public void OnlyAServingSupervisorApplies()
    {
        var dismissed = Serving();
        dismissed.Record(SupervisorActionKind.Dismissal, SupervisorReason.IllegalActivity, null, new DateOnly(2026, 11, 1), "office", Now);
        Assert.Throws<IllegalTransitionException>(() =>
            SupervisorApplication.File(Guid.NewGuid(), dismissed, ApplicationKind.Adjustment, "理由", Now));
        Assert.Throws<IllegalTransitionException>(() =>
            Declarations.Declaration.File(Guid.NewGuid(), dismissed, DeclarationKind.Gift, "事项", "情况", null, null, null, Now));
    }
}
