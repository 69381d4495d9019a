using Jinning.ServiceDefaults;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.Tests;

/// <summary>T10, T12: which outcome may close an issue from which status, escalation step by step, and the retaliation rule.</summary>
public sealed class IssueOutcomeRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ConfirmationDue = Now.AddDays(7);
    private static readonly WorkingCalendar NoHolidays = new([], []);

    private static Issue NewIssue(IssueCategory category = IssueCategory.WindowService) => Issue.Report(Guid.NewGuid(), "WT-20261126-0001",
    "标题", "描述",
        category, IssueChannel.Web, IssueSource.Supervisor, null, null, false, Guid.NewGuid(), Now);

    /// <summary>An issue brought into <paramref name="status"/> through legal transitions.</summary>
    private static Issue In(IssueStatus status)
    {
        var issue = NewIssue();
        if (status == IssueStatus.Registered) return issue;
        if (status == IssueStatus.Researching)
        {
            issue.StartResearch(Now);
            return issue;
        }
        if (status == IssueStatus.Merged)
        {
            issue.MergeInto(NewIssue(), Now);
            return issue;
        }
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", Now.AddDays(10)), Now);
        if (status == IssueStatus.Dispatched) return issue;
        if (status == IssueStatus.Returned)
        {
            issue.Return("不属于本单位职责", null, Now);
            return issue;
        }
        issue.SignFor(Now);
        if (status == IssueStatus.SignedFor) return issue;
        if (status == IssueStatus.InProgress)
        {
            issue.PostProgress(Now);
            return issue;
        }
        if (status == IssueStatus.WaitingForMaterial)
        {
            issue.RequestMaterial("材料", Now);
            return issue;
        }
        issue.Rectify("已整改", [], Now);
        if (status == IssueStatus.Rectified) return issue;
        if (status == IssueStatus.Reviewed)
        {
            issue.Review(true, Now);
            return issue;
        }
        issue.GiveFeedback("已整改", ConfirmationDue, reporterSignInDisabled: false, Now);
        if (status == IssueStatus.FeedbackGiven) return issue;
        if (status == IssueStatus.Reopened)
        {
            issue.Object("未整改到位", Now);
            return issue;
        }
        issue.ConfirmFix(5, Now);
        return issue;
    }

    public static TheoryData<IssueStatus, IssueOutcome> EveryStatusAndOutcome()
    {
        var data = new TheoryData<IssueStatus, IssueOutcome>();
        foreach (var status in Enum.GetValues<IssueStatus>())
        {
            foreach (var outcome in Enum.GetValues<IssueOutcome>())
            {
                data.Add(status, outcome);
            }
        }
        return data;
    }

    /// <summary>The rules of API.md: what the office may close, with which outcome, while the reporter can still answer.</summary>
    [Theory]
    [MemberData(nameof(EveryStatusAndOutcome))]
    public void OfficeClose_WhileTheReporterCanStillAnswer_FollowsTheOutcomeRules(IssueStatus status, IssueOutcome outcome)
    {
        var issue = In(status);
        Assert.Equal(status, issue.Status);
        var outcomeBefore = issue.Outcome;
        Confirmation? expected = status switch
        {
            IssueStatus.Registered or IssueStatus.Researching when outcome != IssueOutcome.Resolved => Confirmation.NotApplicable,
            IssueStatus.Reopened => Confirmation.Objected,
            _ => null,
        };

        if (expected is null)
        {
            Assert.Throws<IllegalTransitionException>(() => issue.Close(outcome, "理由", reporterSignInDisabled: false, Now.AddHours(1)));
            Assert.Equal((status, outcomeBefore), (issue.Status, issue.Outcome));
            return;
        }
        issue.Close(outcome, "理由", reporterSignInDisabled: false, Now.AddHours(1));
        Assert.Equal((IssueStatus.Closed, IssueState.Closed), (issue.Status, issue.State));
        Assert.Equal((outcome, expected), (issue.Outcome, issue.Confirmation));
        Assert.Equal("理由", issue.CloseReason);
    }

    [Theory]
    [InlineData(IssueOutcome.Resolved)]
    [InlineData(IssueOutcome.Explained)]
    [InlineData(IssueOutcome.Unfounded)]
    [InlineData(IssueOutcome.NotAccepted)]
    [InlineData(IssueOutcome.ReferredElsewhere)]
    public void AfterFeedback_TheOfficeClosesWhenTheReporterCannotAnswer_OrAfterTheWait(IssueOutcome outcome)
    {
        var disabled = In(IssueStatus.FeedbackGiven);
        disabled.Close(outcome, "报告人聘期已满", reporterSignInDisabled: true, Now.AddHours(1));
        Assert.Equal((outcome, Confirmation.NotApplicable), (disabled.Outcome, disabled.Confirmation));

        var waited = In(IssueStatus.FeedbackGiven);
        Assert.Throws<IllegalTransitionException>(() => waited.Close(outcome, "未回复", reporterSignInDisabled: false, ConfirmationDue));
        waited.Close(outcome, "未回复", reporterSignInDisabled: false, ConfirmationDue.AddSeconds(1));
        Assert.Equal((outcome, Confirmation.TimedOut), (waited.Outcome, waited.Confirmation));
    }

    [Fact]
    public void TheClock_ClosesAnUnansweredFeedbackAsResolvedAndTimedOut_OnlyAfterTheWait()
    {
        var issue = In(IssueStatus.FeedbackGiven);
        Assert.False(issue.TimeOutConfirmation(ConfirmationDue));
        Assert.True(issue.TimeOutConfirmation(ConfirmationDue.AddMinutes(5)));
        Assert.Equal((IssueStatus.Closed, IssueOutcome.Resolved, Confirmation.TimedOut), (issue.Status, issue.Outcome, issue.Confirmation));
        Assert.Contains(issue.DomainEvents, e => e is IssueEvents.Closed);
    }

    [Fact]
    public void FeedbackToAReporterWhoseSignInIsDisabled_ClosesAtOnce()
    {
        var issue = In(IssueStatus.Rectified);
        issue.GiveFeedback("已整改", ConfirmationDue, reporterSignInDisabled: true, Now);
        Assert.Equal((IssueStatus.Closed, IssueOutcome.Resolved, Confirmation.NotApplicable), (issue.Status, issue.Outcome,
            issue.Confirmation));
        Assert.Equal([typeof(IssueEvents.FeedbackGiven), typeof(IssueEvents.Closed)],
            issue.DomainEvents.SkipWhile(e => e is not IssueEvents.FeedbackGiven).Select(e => e.GetType()));
    }

    [Fact]
    public void EveryMissedDeadline_EscalatesOneLevel_ExtensionsIncluded_AndThePublicLevelRaisesANotice()
    {
        var issue = NewIssue();
        var deadline = Now.AddDays(2);
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", deadline), Now);
        issue.SignFor(Now);

        Assert.True(issue.EscalateIfOverdue(deadline.AddMinutes(5), deadline.AddDays(7), NoHolidays));
        Assert.False(issue.EscalateIfOverdue(deadline.AddMinutes(10), deadline.AddDays(7), NoHolidays));
        Assert.Equal((SupervisionLevel.Office, 1), (issue.Assignment.SupervisionLevel, issue.Assignment.Escalations));

        // An extension of the supervision deadline, missed too.
        issue.RequestExtension(deadline.AddDays(10), "需现场核查", deadline.AddDays(1));
        issue.DecideExtension(true, null, null, deadline.AddDays(1));
        Assert.False(issue.EscalateIfOverdue(deadline.AddDays(8), deadline.AddDays(20), NoHolidays));
        Assert.True(issue.EscalateIfOverdue(deadline.AddDays(10).AddMinutes(5), deadline.AddDays(17), NoHolidays));
        Assert.Equal(SupervisionLevel.Leadership, issue.Assignment.SupervisionLevel);
        Assert.DoesNotContain(issue.DomainEvents, e => e is IssueEvents.PublicNoticeDue);

        Assert.True(issue.EscalateIfOverdue(deadline.AddDays(17).AddMinutes(5), deadline.AddDays(24), NoHolidays));
        Assert.Equal((SupervisionLevel.PublicNotice, 3), (issue.Assignment.SupervisionLevel, issue.Assignment.Escalations));
        var notice = Assert.Single(issue.DomainEvents.OfType<IssueEvents.PublicNoticeDue>());
        Assert.Equal(deadline, notice.FirstMissedDeadline);
        Assert.Equal(17, notice.LateDays);
    }

    [Fact]
    public void RetaliationReport_IsRefusedByEveryPathThatWouldReachADepartment()
    {
        var order = new DispatchOrder(DispatchKind.Transfer, "public-security", Now.AddDays(10));
        var fresh = NewIssue(IssueCategory.Retaliation);
        var refused = Assert.Throws<RetaliationNotDispatchableException>(() => fresh.Dispatch(order, Now));
        Assert.Equal("https://jinning.gov.cn/problems/retaliation-not-dispatchable", refused.ProblemType);
        Assert.Equal(IssueStatus.Registered, fresh.Status);
        Assert.Null(fresh.Assignment.DepartmentCode);

        // Dispatched as a window-service issue, returned, then found to be retaliation: neither ruling reaches a department.
        var returned = In(IssueStatus.Returned);
        returned.Reclassify(IssueCategory.Retaliation, IssueType.Problem, false, "实为打击报复", Now);
        Assert.Equal(IssueStatus.Researching, returned.Status);
        Assert.Null(returned.Assignment.DepartmentCode);
        Assert.Throws<RetaliationNotDispatchableException>(() => returned.Dispatch(order, Now));
        Assert.DoesNotContain(returned.DomainEvents.SkipWhile(e => e is not IssueEvents.Reclassified), e => e is IReachesDepartments);
    }

    [Fact]
    public void DisciplineStages_OnlyMoveForward_AndOnlyOnRetaliationReports()
    {
        Assert.Throws<IllegalTransitionException>(() => NewIssue().RecordDisciplineStage(DisciplineStage.Received, Now));

        var issue = NewIssue(IssueCategory.Retaliation);
        issue.RecordDisciplineStage(DisciplineStage.Received, Now);
        issue.RecordDisciplineStage(DisciplineStage.Investigating, Now);
        issue.RecordDisciplineStage(DisciplineStage.Investigating, Now);
        issue.RecordDisciplineStage(DisciplineStage.Substantiated, Now);
        issue.RecordDisciplineStage(DisciplineStage.Unsubstantiated, Now);
        Assert.Throws<IllegalTransitionException>(() => issue.RecordDisciplineStage(DisciplineStage.Investigating, Now));
        issue.RecordDisciplineStage(DisciplineStage.Concluded, Now);
        Assert.Throws<IllegalTransitionException>(() => issue.RecordDisciplineStage(DisciplineStage.Concluded, Now));
        Assert.Equal(
            [DisciplineStage.Received, DisciplineStage.Investigating, DisciplineStage.Substantiated, DisciplineStage.Unsubstantiated,
            DisciplineStage.Concluded],
            issue.DomainEvents.OfType<IssueEvents.DisciplineStageChanged>().Select(e => e.Stage));
    }
}
