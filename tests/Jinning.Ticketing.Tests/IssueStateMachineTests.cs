using Jinning.ServiceDefaults;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.Tests;

/// <summary>Every action in every status: legal exactly where the transition table says (T3–T5).</summary>
public sealed class IssueStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, Action<Issue>> Actions = new()
    {
        [IssueTransitions.Research] = i => i.StartResearch(Now),
        [IssueTransitions.Dispatch] = i => i.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", Now.AddDays(10)), Now),
        [IssueTransitions.Accept] = i => i.SignFor(Now),
        [IssueTransitions.Return] = i => i.Return("不属于本单位职责", Now),
        [IssueTransitions.Progress] = i => i.PostProgress(Now),
        [IssueTransitions.Rectify] = i => i.Rectify("已整改", ["照片"], Now),
        [IssueTransitions.Feedback] = i => i.GiveFeedback("已办结", Now),
        [IssueTransitions.Acceptance] = i => i.ConfirmFix(5, Now),
        [IssueTransitions.Objection] = i => i.Object("未整改到位", Now),
        [IssueTransitions.ReturnDecision] = i => i.SendBack(Now.AddDays(1), Now),
        [IssueTransitions.Extension] = i => i.RequestExtension(Now.AddDays(20), "需现场核查", Now),
        [IssueTransitions.RequestMaterial] = i => i.RequestMaterial("营业执照复印件", Now),
        [IssueTransitions.SupplyMaterial] = i => i.SupplyMaterial(Now, new Jinning.Ticketing.Calendar.WorkingCalendar([], [])),
        [IssueTransitions.Review] = i => i.Review(true, Now),
        [IssueTransitions.Merge] = i => i.MergeInto(NewIssue(), Now),
    };

    /// <summary>The path that brings a new issue into each status through legal transitions.</summary>
    private static readonly Dictionary<IssueStatus, string[]> PathTo = new()
    {
        [IssueStatus.Registered] = [],
        [IssueStatus.Researching] = [IssueTransitions.Research],
        [IssueStatus.Dispatched] = [IssueTransitions.Dispatch],
        [IssueStatus.SignedFor] = [IssueTransitions.Dispatch, IssueTransitions.Accept],
        [IssueStatus.InProgress] = [IssueTransitions.Dispatch, IssueTransitions.Accept, IssueTransitions.Progress],
        [IssueStatus.WaitingForMaterial] = [IssueTransitions.Dispatch, IssueTransitions.Accept, IssueTransitions.RequestMaterial],
        [IssueStatus.Returned] = [IssueTransitions.Dispatch, IssueTransitions.Return],
        [IssueStatus.Reviewed] = [IssueTransitions.Dispatch, IssueTransitions.Accept, IssueTransitions.Rectify, IssueTransitions.Review],
        [IssueStatus.Merged] = [IssueTransitions.Merge],
        [IssueStatus.Rectified] = [IssueTransitions.Dispatch, IssueTransitions.Accept, IssueTransitions.Rectify],
        [IssueStatus.FeedbackGiven] = [IssueTransitions.Dispatch, IssueTransitions.Accept, IssueTransitions.Rectify, IssueTransitions.Feedback],
        [IssueStatus.Closed] = [IssueTransitions.Dispatch, IssueTransitions.Accept, IssueTransitions.Rectify, IssueTransitions.Feedback, IssueTransitions.Acceptance],
        [IssueStatus.Reopened] = [IssueTransitions.Dispatch, IssueTransitions.Accept, IssueTransitions.Rectify, IssueTransitions.Feedback, IssueTransitions.Objection],
    };

    private static readonly HashSet<(IssueStatus, string)> Legal =
    [
        (IssueStatus.Registered, IssueTransitions.Research), (IssueStatus.Registered, IssueTransitions.Dispatch), (IssueStatus.Registered, IssueTransitions.Merge),
        (IssueStatus.Researching, IssueTransitions.Dispatch), (IssueStatus.Researching, IssueTransitions.Merge),
        (IssueStatus.Dispatched, IssueTransitions.Accept), (IssueStatus.Dispatched, IssueTransitions.Return),
        (IssueStatus.SignedFor, IssueTransitions.Progress), (IssueStatus.SignedFor, IssueTransitions.Rectify), (IssueStatus.SignedFor, IssueTransitions.Return),
        (IssueStatus.SignedFor, IssueTransitions.Extension), (IssueStatus.SignedFor, IssueTransitions.RequestMaterial),
        (IssueStatus.InProgress, IssueTransitions.Progress), (IssueStatus.InProgress, IssueTransitions.Rectify), (IssueStatus.InProgress, IssueTransitions.Return),
        (IssueStatus.InProgress, IssueTransitions.Extension), (IssueStatus.InProgress, IssueTransitions.RequestMaterial),
        (IssueStatus.WaitingForMaterial, IssueTransitions.SupplyMaterial),
        (IssueStatus.Returned, IssueTransitions.Dispatch), (IssueStatus.Returned, IssueTransitions.ReturnDecision),
        (IssueStatus.Rectified, IssueTransitions.Feedback), (IssueStatus.Rectified, IssueTransitions.Review),
        (IssueStatus.Reviewed, IssueTransitions.Feedback),
        (IssueStatus.FeedbackGiven, IssueTransitions.Acceptance), (IssueStatus.FeedbackGiven, IssueTransitions.Objection),
        (IssueStatus.Reopened, IssueTransitions.Dispatch),
    ];

    private static Issue NewIssue() => Issue.Report(Guid.NewGuid(), "WT-20261126-0009", "标题", "描述", IssueCategory.WindowService, IssueChannel.Web,
        IssueSource.Supervisor, null, null, false, Guid.NewGuid(), Now);

    public static TheoryData<IssueStatus, string, bool> Cases()
    {
        var data = new TheoryData<IssueStatus, string, bool>();
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
    public void Action_IsLegalExactlyWhereTheTableSays(IssueStatus status, string action, bool legal)
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
        Assert.Equal(5, issue.Rating);
    }
}
