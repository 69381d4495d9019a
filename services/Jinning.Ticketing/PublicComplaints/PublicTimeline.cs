using Jinning.ServiceDefaults;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.PublicComplaints;

/// <summary>One milestone of an issue, as its reporter or complainant reads it.</summary>
public sealed record TimelineEntry(DateTimeOffset At, IssueStatus Status, string Text);

/// <summary>
/// The history as a complainant or the reporting supervisor may read it (T5, T13): milestones in
/// plain words; internal steps (reminders, extensions, reclassification, attachments, who did what)
/// are left out.
/// </summary>
public static class PublicTimeline
{
    private static readonly Dictionary<string, IssueAction> Actions = Enum.GetValues<IssueAction>().ToDictionary(a => KebabEnum.Format(a));
    private static readonly Dictionary<string, IssueStatus> Statuses = Enum.GetValues<IssueStatus>().ToDictionary(s => KebabEnum.Format(s));

    /// <summary>
    /// The milestones of <paramref name="history"/> in order; <paramref name="noun"/> names the issue
    /// for its reader (投诉 for a complainant, 问题 or 建议 for a supervisor).
    /// </summary>
    public static List<TimelineEntry> Of(Issue issue, IEnumerable<IssueHistoryEntry> history, string noun) => history
        .Select(entry => (Entry: entry, Text: Text(entry.Action, issue, noun)))
        .Where(step => step.Text is not null)
        .Select(step => new TimelineEntry(step.Entry.At, Statuses[step.Entry.ToStatus], step.Text!))
        .ToList();

    private static string? Text(string action, Issue issue, string noun) =>
        Actions.TryGetValue(action, out var known) ? Text(known, issue, noun) : null;

    private static string? Text(IssueAction action, Issue issue, string noun) => action switch
    {
        IssueAction.Report => $"{noun}已受理。",
        IssueAction.Research => "正在研究处理意见。",
        IssueAction.Dispatch or IssueAction.ReturnDecision => "已交由责任单位办理。",
        IssueAction.Accept => "责任单位已签收，正在办理。",
        IssueAction.OverdueEscalated => "已督促责任单位加快办理。",
        IssueAction.Rectification => "责任单位已报告办理情况。",
        IssueAction.Feedback => "已反馈办理结果。",
        IssueAction.Acceptance => $"已回访确认，{noun}办结。",
        IssueAction.Objection => "已记录您的意见，重新办理。",
        IssueAction.Merge => $"与同一事项的{noun}合并办理。",
        IssueAction.Close or IssueAction.ConfirmationTimedOut => Closed(issue, noun),
        _ => null,
    };

    private static string Closed(Issue issue, string noun) => issue.Outcome is { } outcome
        ? $"{noun}已办结：{IssueTransitions.Label(outcome)}。"
        : $"{noun}已办结。";
}
