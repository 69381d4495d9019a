using Jinning.ServiceDefaults;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.Tests;

public sealed class IssueTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));

    private static Issue NewIssue() => Issue.Report(Guid.NewGuid(), "WT-20261126-0001", "标题", "描述", IssueCategory.WindowService,
        IssueChannel.Web, IssueSource.Supervisor, null, null, false, Guid.NewGuid(), Now);

    [Fact]
    public void NewIssue_IsRegisteredAndOpen()
    {
        var issue = NewIssue();
        Assert.Equal(IssueStatus.Registered, issue.Status);
        Assert.Equal(IssueState.Open, issue.State);
    }

    [Fact]
    public void Research_ThenDispatch_SetsDepartmentAndDeadline()
    {
        var issue = NewIssue();
        issue.StartResearch(Now);
        issue.Dispatch(new DispatchOrder(DispatchKind.Assign, "taxation", Now.AddDays(10), Instructions: "按时办结"), Now);

        Assert.Equal(IssueStatus.Dispatched, issue.Status);
        Assert.Equal("taxation", issue.Assignment.DepartmentCode);
        Assert.Equal(Now.AddDays(10), issue.Assignment.Deadline);
    }

    [Fact]
    public void Dispatch_Twice_IsRefused()
    {
        var issue = NewIssue();
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", Now.AddDays(10)), Now);
        Assert.Throws<IllegalTransitionException>(() => issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "finance", Now.AddDays(10)), Now));
    }

    [Fact]
    public void Research_AfterDispatch_IsRefused()
    {
        var issue = NewIssue();
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", Now.AddDays(10)), Now);
        Assert.Throws<IllegalTransitionException>(() => issue.StartResearch(Now));
    }

    [Fact]
    public void EveryStatus_HasARowInTheTransitionTable()
    {
        foreach (var status in Enum.GetValues<IssueStatus>())
        {
            // Throws KeyNotFoundException if a status was added without deciding its transitions.
            _ = IssueTransitions.Allows(status, IssueAction.Dispatch);
        }
    }
}
