using Jinning.Web.Api;

namespace Jinning.Web.Components.Pages.Office.IssueActions;

public enum OfficeAction
{
    Research,
    Dispatch,
    ReturnDecision,
    ExtensionDecision,
    MaterialSupplied,
    Review,
    Feedback,
    Callback,
    Close,
    Merge,
    Reclassify,
    Expose,
}

/// <summary>
/// The office's actions each status allows, mirroring ticketing's transition table (<c>Issues/IssueTransitions.cs</c>), in the
/// order the office usually takes them; the API still decides.
/// </summary>
public static class OfficeActions
{
    public static IReadOnlyList<OfficeAction> For(IssueView issue)
    {
        var retaliation = issue.Category == "retaliation";
        List<OfficeAction> actions = issue.Status switch
        {
            "registered" => [OfficeAction.Research, OfficeAction.Dispatch, OfficeAction.Merge, OfficeAction.Close],
            "researching" => [OfficeAction.Dispatch, OfficeAction.Merge, OfficeAction.Close],
            "signed-for" or "in-progress" => [OfficeAction.ExtensionDecision],
            "waiting-for-material" => [OfficeAction.MaterialSupplied, OfficeAction.ExtensionDecision],
            "returned" => [OfficeAction.ReturnDecision],
            "rectified" => [OfficeAction.Review, OfficeAction.Feedback],
            "reviewed" => [OfficeAction.Feedback],
            "feedback-given" => [OfficeAction.Callback, OfficeAction.Close],
            "reopened" => [OfficeAction.Dispatch, OfficeAction.Close],
            "closed" => [OfficeAction.Expose],
            _ => [],
        };
        if (issue.State == "open")
        {
            actions.Add(OfficeAction.Reclassify);
        }
        // A retaliation report is never dispatched (the API answers 409); the commission handles it.
        actions.RemoveAll(action => action switch
        {
            OfficeAction.Dispatch or OfficeAction.ReturnDecision => retaliation,
            OfficeAction.ExtensionDecision => issue.Extension != "requested",
            // Only complaints are called back by the office; a supervisor answers for themself on the phone.
            OfficeAction.Callback => issue.ReporterSupervisorId is not null || issue.Source == "supervisor",
            OfficeAction.Expose => issue.ExposedAt is not null,
            _ => false,
        });
        return actions;
    }

    public static string Label(OfficeAction action, IssueView issue) => action switch
    {
        OfficeAction.Research => "开始研究",
        OfficeAction.Dispatch => issue.Status == "reopened" ? "重新交办" : "转办",
        OfficeAction.ReturnDecision => "裁定退单",
        OfficeAction.ExtensionDecision => "审批延期",
        OfficeAction.MaterialSupplied => "材料已补充",
        OfficeAction.Review => "审核整改",
        OfficeAction.Feedback => "反馈结果",
        OfficeAction.Callback => "登记回访",
        OfficeAction.Close => "办结",
        OfficeAction.Merge => "合并重复问题",
        OfficeAction.Reclassify => "调整分类",
        OfficeAction.Expose => "曝光为典型案例",
        _ => action.ToString(),
    };
}
