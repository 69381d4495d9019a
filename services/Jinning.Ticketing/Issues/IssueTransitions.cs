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
    public const string ReturnDecision = "return-decision";
    public const string Extension = "extension";
    public const string ExtensionDecision = "extension-decision";
    public const string RequestMaterial = "material-request";
    public const string SupplyMaterial = "material-supplied";
    public const string Review = "review";
    public const string Merge = "merge";

    private static readonly Dictionary<IssueStatus, string[]> Legal = new()
    {
        [IssueStatus.Registered] = [Research, Dispatch, Merge],
        [IssueStatus.Researching] = [Dispatch, Merge],
        [IssueStatus.Dispatched] = [Accept, Return],
        [IssueStatus.SignedFor] = [Progress, Rectify, Return, Extension, ExtensionDecision, RequestMaterial],
        [IssueStatus.InProgress] = [Progress, Rectify, Return, Extension, ExtensionDecision, RequestMaterial],
        [IssueStatus.WaitingForMaterial] = [SupplyMaterial, ExtensionDecision],
        // The office arbitrates a return: send it back, or dispatch it elsewhere (also by a plain dispatch).
        [IssueStatus.Returned] = [ReturnDecision, Dispatch],
        [IssueStatus.Rectified] = [Review, Feedback],
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
        IssueStatus.WaitingForMaterial => "待补充材料",
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
        ReturnDecision => "退单裁定",
        Extension => "申请延期",
        ExtensionDecision => "延期审批",
        RequestMaterial => "要求补充材料",
        SupplyMaterial => "补充材料",
        Review => "审核整改",
        Merge => "合并重复问题",
        _ => action,
    };
}
