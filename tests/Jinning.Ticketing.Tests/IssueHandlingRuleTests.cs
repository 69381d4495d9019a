using Jinning.ServiceDefaults;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.Tests;

/// <summary>Extension, waiting for material, return arbitration, merge, co-handlers and the sign-for limit (T3, T4).</summary>
public sealed class IssueHandlingRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = Now.AddDays(10);
    private static readonly WorkingCalendar NoHolidays = new([], []);

    private static Issue NewIssue(Guid? reporter = null) => Issue.Report(Guid.NewGuid(), "WT-20261126-0001", "标题", "描述", IssueCategory.WindowService,
        IssueChannel.Web, IssueSource.Supervisor, null, null, false, reporter ?? Guid.NewGuid(), Now);

    private static Issue SignedFor(params string[] coHandlers)
    {
        var issue = NewIssue();
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", Deadline, Now.AddDays(1), CoHandlers: coHandlers), Now);
        issue.SignFor(Now);
        return issue;
    }

    [Fact]
    public void GrantedExtension_MovesTheDeadlineToTheOneGranted()
    {
        var issue = SignedFor();
        issue.RequestExtension(Deadline.AddDays(10), "需现场核查", Now.AddDays(1));
        Assert.Equal(ExtensionState.Requested, issue.Extension.State);
        Assert.Equal(Deadline, issue.Assignment.Deadline);

        issue.DecideExtension(grant: true, grantedUntil: Deadline.AddDays(5), null, Now.AddDays(2));

        Assert.Equal(ExtensionState.Granted, issue.Extension.State);
        Assert.Equal(Deadline.AddDays(5), issue.Assignment.Deadline);
        Assert.False(issue.EscalateIfOverdue(Deadline.AddHours(1), Deadline.AddDays(20), NoHolidays));
    }

    [Fact]
    public void RefusedExtension_KeepsTheDeadline()
    {
        var issue = SignedFor();
        issue.RequestExtension(Deadline.AddDays(10), "需现场核查", Now);
        issue.DecideExtension(grant: false, grantedUntil: null, null, Now);
        Assert.Equal(ExtensionState.Refused, issue.Extension.State);
        Assert.Equal(Deadline, issue.Assignment.Deadline);
    }

    [Fact]
    public void Extension_AfterTheDeadline_WhilePending_OrUndecidable_IsRefused()
    {
        var late = SignedFor();
        Assert.Throws<IllegalTransitionException>(() => late.RequestExtension(Deadline.AddDays(5), "晚了", Deadline.AddMinutes(1)));

        var pending = SignedFor();
        pending.RequestExtension(Deadline.AddDays(5), "第一次", Now);
        Assert.Throws<IllegalTransitionException>(() => pending.RequestExtension(Deadline.AddDays(6), "第二次", Now));

        var none = SignedFor();
        Assert.Throws<IllegalTransitionException>(() => none.DecideExtension(true, null, null, Now));

        var earlier = SignedFor();
        Assert.Throws<IllegalTransitionException>(() => earlier.RequestExtension(Deadline.AddDays(-1), "更早", Now));
    }

    [Fact]
    public void WaitingForMaterial_StopsTheClock_AndTheDeadlineMovesByTheWorkingDaysItStoodStill()
    {
        // National Day: 1–7 October off, Saturday 10 October worked.
        var calendar = new WorkingCalendar(Enumerable.Range(1, 7).Select(day => new DateOnly(2026, 10, day)), [new DateOnly(2026, 10, 10)]);
        var district = TimeSpan.FromHours(8);
        var issue = NewIssue();
        var dispatched = new DateTimeOffset(2026, 9, 28, 9, 0, 0, district);
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", new DateTimeOffset(2026, 10, 9, 23, 59, 59, district)), dispatched);
        issue.SignFor(dispatched);

        issue.RequestMaterial("营业执照复印件", new DateTimeOffset(2026, 9, 30, 10, 0, 0, district));
        Assert.False(issue.OnTheClock);
        Assert.False(issue.RemindIfDue(new DateTimeOffset(2026, 10, 9, 12, 0, 0, district), TimeSpan.FromDays(1)));
        Assert.False(issue.EscalateIfOverdue(new DateTimeOffset(2026, 10, 10, 9, 0, 0, district), Deadline.AddDays(20), calendar));

        issue.SupplyMaterial(new DateTimeOffset(2026, 10, 9, 9, 0, 0, district), calendar);

        // Stopped on 30 September and 8 October (the holidays were never working days): two working
        // days, so 9 October moves to the make-up Saturday 10 October and then Monday 12 October.
        Assert.Equal(IssueStatus.InProgress, issue.Status);
        Assert.Equal(new DateTimeOffset(2026, 10, 12, 23, 59, 59, district), issue.Assignment.Deadline!.Value.ToOffset(district));
        Assert.Null(issue.Material.ClockStoppedAt);
    }

    [Fact]
    public void MaterialSuppliedTheSameDay_LeavesTheDeadline()
    {
        var issue = SignedFor();
        issue.RequestMaterial("补充说明", Now);
        issue.SupplyMaterial(Now.AddHours(3), new WorkingCalendar([], []));
        Assert.Equal(Deadline, issue.Assignment.Deadline);
    }

    [Fact]
    public void DisputedReturn_KeepsTheClockRunning_SendBackKeepsTheDeadline()
    {
        var issue = SignedFor();
        issue.Return("不属于本单位职责", null, Now);
        Assert.True(issue.OnTheClock);

        issue.SendBack(Now.AddDays(1), null, Now.AddHours(5));

        Assert.Equal(IssueStatus.Dispatched, issue.Status);
        Assert.Equal("taxation", issue.Assignment.DepartmentCode);
        Assert.Equal(Deadline, issue.Assignment.Deadline);
    }

    [Fact]
    public void Redispatch_AfterReturn_GoesToTheNewUnitWithANewDeadline()
    {
        var issue = SignedFor();
        issue.Return("不属于本单位职责", null, Now);
        issue.Redispatch(new DispatchOrder(DispatchKind.Assign, "market-regulation", Deadline.AddDays(3)), Now.AddHours(1));
        Assert.Equal(IssueStatus.Dispatched, issue.Status);
        Assert.Equal("market-regulation", issue.Assignment.DepartmentCode);
        Assert.Equal(Deadline.AddDays(3), issue.Assignment.Deadline);
    }

    [Fact]
    public void MergedDuplicate_ClosesAndItsReporterJoinsTheSurvivor()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var third = Guid.NewGuid();
        var survivor = NewIssue(first);
        var duplicate = NewIssue(second);
        var another = NewIssue(third);

        duplicate.MergeInto(survivor, Now);
        another.MergeInto(survivor, Now);

        Assert.Equal(IssueStatus.Merged, duplicate.Status);
        Assert.Equal(IssueState.Closed, duplicate.State);
        Assert.Equal(survivor.Id, duplicate.MergedIntoId);
        Assert.Equal([first, second, third], survivor.AllReporters());
    }

    [Fact]
    public void Merge_IntoItself_OrIntoAClosedIssue_IsRefused()
    {
        var issue = NewIssue();
        Assert.Throws<IllegalTransitionException>(() => issue.MergeInto(issue, Now));

        var merged = NewIssue();
        merged.MergeInto(NewIssue(), Now);
        Assert.Throws<IllegalTransitionException>(() => NewIssue().MergeInto(merged, Now));
    }

    [Fact]
    public void CoHandlers_HandleTheIssueBesideTheLead_ButNotTwice()
    {
        var issue = NewIssue();
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", Deadline, CoHandlers: ["finance", "taxation", "finance"]), Now);
        Assert.Equal(["finance"], issue.Assignment.CoHandlerCodes);
        Assert.True(issue.IsHandledBy("finance"));
        Assert.True(issue.IsHandledBy("taxation"));
        Assert.False(issue.IsHandledBy("transport"));
    }

    [Fact]
    public void SignForLimit_IsFlaggedOnce_AndNotAfterSigning()
    {
        var issue = NewIssue();
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", Deadline, Now.AddDays(1)), Now);
        Assert.False(issue.FlagSignForOverdue(Now.AddHours(23)));
        Assert.True(issue.FlagSignForOverdue(Now.AddHours(25)));
        Assert.False(issue.FlagSignForOverdue(Now.AddHours(26)));

        var signed = NewIssue();
        signed.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", Deadline, Now.AddDays(1)), Now);
        signed.SignFor(Now.AddHours(2));
        Assert.False(signed.FlagSignForOverdue(Now.AddDays(2)));
    }

    [Fact]
    public void OverdueUnderSupervision_RisesALevel()
    {
        var issue = NewIssue();
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", Deadline), Now);
        Assert.True(issue.EscalateIfOverdue(Deadline.AddHours(1), Deadline.AddDays(7), NoHolidays));
        Assert.Equal(SupervisionLevel.Office, issue.Assignment.SupervisionLevel);

        // The supervision deadline passes too.
        var overdueAgain = NewIssue();
        overdueAgain.Dispatch(new DispatchOrder(DispatchKind.Supervise, "taxation", Deadline, Level: SupervisionLevel.Office), Now);
        Assert.True(overdueAgain.EscalateIfOverdue(Deadline.AddHours(1), Deadline.AddDays(7), NoHolidays));
        Assert.Equal(SupervisionLevel.Leadership, overdueAgain.Assignment.SupervisionLevel);
    }
}
