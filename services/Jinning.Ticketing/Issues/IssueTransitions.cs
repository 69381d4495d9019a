namespace Jinning.Ticketing.Issues;

/// <summary>The issue state machine in one table: which action is legal in which status.</summary>
public static class IssueTransitions
{
    public const string Research = "research";
    public const string Dispatch = "dispatch";
    public const string Accept = "accept";
    public const string Return = "return";
    public const string Progress = "progress";
    public const string Rectify = "rectification";
    public const string Feedback = "feedback";
    public const string Acceptance = "acceptance";
    public const string Objection = "objection";

    private static readonly Dictionary<IssueStatus, string[]> Legal = new()
    {
        [IssueStatus.Registered] = [Research, Dispatch],
        [IssueStatus.Researching] = [Dispatch],
        [IssueStatus.Dispatched] = [Accept, Return],
        [IssueStatus.SignedFor] = [Progress, Rectify, Return],
        [IssueStatus.InProgress] = [Progress, Rectify, Return],
        // The office arbitrates a return by dispatching again, to the same unit or another.
        [IssueStatus.Returned] = [Dispatch],
        [IssueStatus.Rectified] = [Feedback],
        [IssueStatus.Reviewed] = [Feedback],
        [IssueStatus.FeedbackGiven] = [Acceptance, Objection],
        [IssueStatus.Reopened] = [Dispatch],
        [IssueStatus.Closed] = [],
        [IssueStatus.Merged] = [],
    };

    public static bool Allows(IssueStatus status, string action) => Legal[status].Contains(action);

    public static string Label(IssueStatus status) => status switch
    {
        IssueStatus.Registered => "已受理",
        IssueStatus.Researching => "研究中",
        IssueStatus.Dispatched => "已转办",
        IssueStatus.SignedFor => "已签收",
        IssueStatus.InProgress => "办理中",
        IssueStatus.Returned => "已退单",
        IssueStatus.Rectified => "已整改",
        IssueStatus.Reviewed => "已审核",
        IssueStatus.FeedbackGiven => "已反馈",
        IssueStatus.Reopened => "重办",
        IssueStatus.Closed => "已办结",
        IssueStatus.Merged => "已合并",
        _ => status.ToString(),
    };

    public static string ActionLabel(string action) => action switch
    {
        Research => "研究",
        Dispatch => "转办/交办/督办",
        Accept => "签收",
        Return => "退单",
        Progress => "报告进展",
        Rectify => "报告整改",
        Feedback => "反馈",
        Acceptance => "确认办结",
        Objection => "提出异议",
        _ => action,
    };
}
