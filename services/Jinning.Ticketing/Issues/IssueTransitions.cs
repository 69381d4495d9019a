namespace Jinning.Ticketing.Issues;

/// <summary>
/// Everything that can happen to an issue, as it appears on the history (kebab case). The first
/// group changes the status and is governed by <see cref="IssueTransitions"/>; the rest are recorded only.
/// </summary>
public enum IssueAction
{
    Research,
    Dispatch,
    Accept,
    Return,
    Progress,
    Rectification,
    Feedback,
    Acceptance,
    Objection,
    ReturnDecision,
    Extension,
    ExtensionDecision,
    MaterialRequest,
    MaterialSupplied,
    Review,
    Merge,
    Reclassify,
    Close,

    Report,
    Absorb,
    Attach,
    Expose,
    Remind,
    SignForOverdue,
    OverdueEscalated,
    ConfirmationTimedOut,
    ReporterUnreachable,
    DisciplineHandling,
}

/// <summary>The issue state machine in one table: which action is legal in which status.</summary>
public static class IssueTransitions
{
    /// <summary>The office may correct the classification of anything still open (T12).</summary>
    private static readonly IssueAction[] OpenToReclassify = [IssueAction.Reclassify];

    private static readonly Dictionary<IssueStatus, IssueAction[]> Legal = new()
    {
        [IssueStatus.Registered] = [IssueAction.Research, IssueAction.Dispatch, IssueAction.Merge, IssueAction.Close, .. OpenToReclassify],
        [IssueStatus.Researching] = [IssueAction.Dispatch, IssueAction.Merge, IssueAction.Close, .. OpenToReclassify],
        [IssueStatus.Dispatched] = [IssueAction.Accept, IssueAction.Return, .. OpenToReclassify],
        [IssueStatus.SignedFor] =
        [
            IssueAction.Progress, IssueAction.Rectification, IssueAction.Return, IssueAction.Extension, IssueAction.ExtensionDecision,
            IssueAction.MaterialRequest, .. OpenToReclassify,
        ],
        [IssueStatus.InProgress] =
        [
            IssueAction.Progress, IssueAction.Rectification, IssueAction.Return, IssueAction.Extension, IssueAction.ExtensionDecision,
            IssueAction.MaterialRequest, .. OpenToReclassify,
        ],
        [IssueStatus.WaitingForMaterial] = [IssueAction.MaterialSupplied, IssueAction.ExtensionDecision, .. OpenToReclassify],
        // The office arbitrates a return: send it back, or dispatch it elsewhere (also by a plain dispatch).
        [IssueStatus.Returned] = [IssueAction.ReturnDecision, IssueAction.Dispatch, .. OpenToReclassify],
        [IssueStatus.Rectified] = [IssueAction.Review, IssueAction.Feedback, .. OpenToReclassify],
        [IssueStatus.Reviewed] = [IssueAction.Feedback, .. OpenToReclassify],
        // Closing while the reporter may still answer is refused by the issue itself (T10).
        [IssueStatus.FeedbackGiven] = [IssueAction.Acceptance, IssueAction.Objection, IssueAction.Close, .. OpenToReclassify],
        // After an objection the office redoes the issue, or closes it with the objection on record.
        [IssueStatus.Reopened] = [IssueAction.Dispatch, IssueAction.Close, .. OpenToReclassify],
        [IssueStatus.Closed] = [],
        [IssueStatus.Merged] = [],
    };

    public static bool Allows(IssueStatus status, IssueAction action) => Legal[status].Contains(action);

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

    public static string Label(IssueAction action) => action switch
    {
        IssueAction.Research => "研究",
        IssueAction.Dispatch => "转办/交办/督办",
        IssueAction.Accept => "签收",
        IssueAction.Return => "退单",
        IssueAction.Progress => "报告进展",
        IssueAction.Rectification => "报告整改",
        IssueAction.Feedback => "反馈",
        IssueAction.Acceptance => "确认办结",
        IssueAction.Objection => "提出异议",
        IssueAction.ReturnDecision => "退单裁定",
        IssueAction.Extension => "申请延期",
        IssueAction.ExtensionDecision => "延期审批",
        IssueAction.MaterialRequest => "要求补充材料",
        IssueAction.MaterialSupplied => "补充材料",
        IssueAction.Review => "审核整改",
        IssueAction.Merge => "合并重复问题",
        IssueAction.Reclassify => "调整分类",
        IssueAction.Close => "办结",
        _ => action.ToString(),
    };

    public static string Label(IssueOutcome outcome) => outcome switch
    {
        IssueOutcome.Resolved => "已解决",
        IssueOutcome.Explained => "已解释说明",
        IssueOutcome.Unfounded => "不属实",
        IssueOutcome.NotAccepted => "不予受理",
        IssueOutcome.ReferredElsewhere => "转其他渠道办理",
        _ => outcome.ToString(),
    };

    public static string Label(Confirmation confirmation) => confirmation switch
    {
        Confirmation.Confirmed => "报告人确认",
        Confirmation.Objected => "报告人有异议",
        Confirmation.TimedOut => "超期未确认",
        Confirmation.NotApplicable => "无需确认",
        _ => confirmation.ToString(),
    };
}
