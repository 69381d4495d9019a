using Jinning.ServiceDefaults;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.PublicComplaints;

/// <summary>
/// The history as a complainant may read it (T13): milestones in plain words; internal steps
/// (reminders, extensions, reclassification, attachments, who did what) are left out.
/// </summary>
public static class PublicTimeline
{
    private static readonly Dictionary<string, IssueAction> Actions = Enum.GetValues<IssueAction>().ToDictionary(a => KebabEnum.Format(a));
    private static readonly Dictionary<string, IssueStatus> Statuses = Enum.GetValues<IssueStatus>().ToDictionary(s => KebabEnum.Format(s));

    public static string? Text(string action, Issue issue) => Actions.TryGetValue(action, out var known) ? Text(known, issue) : null;

    public static IssueStatus Status(string status) => Statuses[status];

    private static string? Text(IssueAction action, Issue issue) => action switch
    {
        IssueAction.Report => "投诉已受理。",
        IssueAction.Research => "正在研究处理意见。",
        IssueAction.Dispatch or IssueAction.ReturnDecision => "已交由责任单位办理。",
        IssueAction.Accept => "责任单位已签收，正在办理。",
        IssueAction.OverdueEscalated => "已督促责任单位加快办理。",
        IssueAction.Rectification => "责任单位已报告办理情况。",
        IssueAction.Feedback => "已反馈办理结果。",
        IssueAction.Acceptance => "已回访确认，投诉办结。",
        IssueAction.Objection => "已记录您的意见，重新办理。",
        IssueAction.Merge => "与同一事项的投诉合并办理。",
        IssueAction.Close or IssueAction.ConfirmationTimedOut => Closed(issue),
        _ => null,
    };

    private static string Closed(Issue issue) => issue.Outcome is { } outcome
        ? $"投诉已办结：{IssueTransitions.Label(outcome)}。"
        : "投诉已办结。";
}
