using Jinning.ServiceDefaults;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.Tests;

/// <summary>Every action in every status: legal exactly where the transition table says (T3–T5).</summary>
public sealed class IssueStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<IssueAction, Action<Issue>> Actions = new()
    {
        [IssueAction.Research] = i => i.StartResearch(Now),
        [IssueAction.Dispatch] = i => i.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", Now.AddDays(10)), Now),
        [IssueAction.Accept] = i => i.SignFor(Now),
        [IssueAction.Return] = i => i.Return("不属于本单位职责", null, Now),
        [IssueAction.Progress] = i => i.PostProgress(Now),
        [IssueAction.Rectification] = i => i.Rectify("已整改", ["照片"], Now),
        [IssueAction.Feedback] = i => i.GiveFeedback("已办结", Now.AddDays(7), reporterSignInDisabled: false, Now),
        [IssueAction.Acceptance] = i => i.ConfirmFix(5, Now),
        [IssueAction.Objection] = i => i.Object("未整改到位", Now),
        [IssueAction.ReturnDecision] = i => i.SendBack(Now.AddDays(1), null, Now),
        [IssueAction.Extension] = i => i.RequestExtension(Now.AddDays(20), "需现场核查", Now),
        [IssueAction.MaterialRequest] = i => i.RequestMaterial("营业执照复印件", Now),
        [IssueAction.MaterialSupplied] = i => i.SupplyMaterial(Now, new Jinning.Ticketing.Calendar.WorkingCalendar([], [])),
        [IssueAction.Review] = i => i.Review(true, Now),
        [IssueAction.Merge] = i => i.MergeInto(NewIssue(), Now),
        [IssueAction.Reclassify] = i => i.Reclassify(IssueCategory.Other, IssueType.Suggestion, true, "应为建议", Now),
        // After feedback, closing waits for the reporter; one whose sign-in is disabled cannot answer.
        [IssueAction.Close] = i => i.Close(IssueOutcome.Explained, "已向报告人解释", reporterSignInDisabled: true, Now),
    };

    /// <summary>The path that brings a new issue into each status through legal transitions.</summary>
    private static readonly Dictionary<IssueStatus, IssueAction[]> PathTo = new()
    {
        [IssueStatus.Registered] = [],
        [IssueStatus.Researching] = [IssueAction.Research],
        [IssueStatus.Dispatched] = [IssueAction.Dispatch],
        [IssueStatus.SignedFor] = [IssueAction.Dispatch, IssueAction.Accept],
        [IssueStatus.InProgress] = [IssueAction.Dispatch, IssueAction.Accept, IssueAction.Progress],
        [IssueStatus.WaitingForMaterial] = [IssueAction.Dispatch, IssueAction.Accept, IssueAction.MaterialRequest],
        [IssueStatus.Returned] = [IssueAction.Dispatch, IssueAction.Return],
        [IssueStatus.Reviewed] = [IssueAction.Dispatch, IssueAction.Accept, IssueAction.Rectification, IssueAction.Review],
        [IssueStatus.Merged] = [IssueAction.Merge],
        [IssueStatus.Rectified] = [IssueAction.Dispatch, IssueAction.Accept, IssueAction.Rectification],
        [IssueStatus.FeedbackGiven] = [IssueAction.Dispatch, IssueAction.Accept, IssueAction.Rectification, IssueAction.Feedback],
        [IssueStatus.Closed] = [IssueAction.Dispatch, IssueAction.Accept, IssueAction.Rectification, IssueAction.Feedback,
        IssueAction.Acceptance],
        [IssueStatus.Reopened] = [IssueAction.Dispatch, IssueAction.Accept, IssueAction.Rectification, IssueAction.Feedback,
        IssueAction.Objection],
    };

    private static readonly HashSet<(IssueStatus, IssueAction)> Legal =
    [
        (IssueStatus.Registered, IssueAction.Research), (IssueStatus.Registered, IssueAction.Dispatch), (IssueStatus.Registered,
        IssueAction.Merge),
        (IssueStatus.Researching, IssueAction.Dispatch), (IssueStatus.Researching, IssueAction.Merge),
        (IssueStatus.Dispatched, IssueAction.Accept), (IssueStatus.Dispatched, IssueAction.Return),
        (IssueStatus.SignedFor, IssueAction.Progress), (IssueStatus.SignedFor, IssueAction.Rectification), (IssueStatus.SignedFor,
        IssueAction.Return),
        (IssueStatus.SignedFor, IssueAction.Extension), (IssueStatus.SignedFor, IssueAction.MaterialRequest),
        (IssueStatus.InProgress, IssueAction.Progress), (IssueStatus.InProgress, IssueAction.Rectification), (IssueStatus.InProgress,
        IssueAction.Return),
        (IssueStatus.InProgress, IssueAction.Extension), (IssueStatus.InProgress, IssueAction.MaterialRequest),
        (IssueStatus.WaitingForMaterial, IssueAction.MaterialSupplied),
        (IssueStatus.Returned, IssueAction.Dispatch), (IssueStatus.Returned, IssueAction.ReturnDecision),
        (IssueStatus.Rectified, IssueAction.Feedback), (IssueStatus.Rectified, IssueAction.Review),
        (IssueStatus.Reviewed, IssueAction.Feedback),
        (IssueStatus.FeedbackGiven, IssueAction.Acceptance), (IssueStatus.FeedbackGiven, IssueAction.Objection),
        (IssueStatus.Reopened, IssueAction.Dispatch),
        (IssueStatus.Registered, IssueAction.Close), (IssueStatus.Researching, IssueAction.Close), (IssueStatus.FeedbackGiven,
        IssueAction.Close),
        (IssueStatus.Reopened, IssueAction.Close),
        .. Enum.GetValues<IssueStatus>().Where(s => s is not (IssueStatus.Closed or IssueStatus.Merged)).Select(s => (s,
        IssueAction.Reclassify)),
    ];

    private static Issue NewIssue() => Issue.Report(Guid.NewGuid(), "WT-20261126-0009", "标题", "描述", IssueCategory.WindowService, IssueChannel.Web,
        IssueSource.Supervisor, null, null, false, Guid.NewGuid(), Now);

    public static TheoryData<IssueStatus, IssueAction, bool> Cases()
    {
        var data = new TheoryData<IssueStatus, IssueAction, bool>();
        foreach (var status in PathTo.Keys)
        {
            foreach (var action in Actions.Keys)
            {
                data.Add(status, action, Legal.Contains((status, action)));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Action_IsLegalExactlyWhereTheTableSays(IssueStatus status, IssueAction action, bool legal)
    {
        var issue = NewIssue();
        foreach (var step in PathTo[status])
        {
            Actions[step](issue);
        }
        Assert.Equal(status, issue.Status);

        if (legal)
        {
            Actions[action](issue);
        }
        else
        {
            Assert.Throws<IllegalTransitionException>(() => Actions[action](issue));
            Assert.Equal(status, issue.Status);
        }
    }

    [Fact]
    public void ConfirmingTheFix_ClosesThePlainState()
    {
        var issue = Issue.Report(Guid.NewGuid(), "WT-20261126-0002", "标题", "描述", IssueCategory.Other, IssueChannel.Web,
            IssueSource.Supervisor, null, null, false, Guid.NewGuid(), Now);
        foreach (var step in PathTo[IssueStatus.Closed])
        {
            Actions[step](issue);
        }
        Assert.Equal(IssueState.Closed, issue.State);
        Assert.Equal(5, issue.Feedback.Rating);
        Assert.Equal((IssueOutcome.Resolved, Confirmation.Confirmed), (issue.Outcome, issue.Confirmation));
    }
}
