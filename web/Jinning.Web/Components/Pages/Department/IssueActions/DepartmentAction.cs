using Jinning.Web.Api;

namespace Jinning.Web.Components.Pages.Department.IssueActions;

public enum DepartmentAction
{
    SignFor,
    Rectify,
    Progress,
    Extension,
    MaterialRequest,
    Return,
}

/// <summary>
/// What a department may do with an issue in its status, mirroring ticketing's transition table: the lead unit signs for,
/// handles, rectifies, asks for time or material, or returns it; a co-handler only reports its part.
/// </summary>
public static class DepartmentActions
{
    public static bool IsLead(IssueView issue, string? departmentCode) => issue.DepartmentCode == departmentCode;

    public static IReadOnlyList<DepartmentAction> For(IssueView issue, string? departmentCode)
    {
        if (!IsLead(issue, departmentCode))
        {
            return issue.Status is "dispatched" or "signed-for" or "in-progress" or "returned" or "waiting-for-material"
                ? [DepartmentAction.Progress]
                : [];
        }
        List<DepartmentAction> actions = issue.Status switch
        {
            "dispatched" => [DepartmentAction.SignFor, DepartmentAction.Return],
            "signed-for" or "in-progress" =>
                [DepartmentAction.Rectify, DepartmentAction.Progress, DepartmentAction.Extension, DepartmentAction.MaterialRequest,
                    DepartmentAction.Return],
            _ => [],
        };
        // One extension request at a time, and only before the deadline passes.
        if (issue.Extension == "requested")
        {
            actions.Remove(DepartmentAction.Extension);
        }
        return actions;
    }

    public static string Label(DepartmentAction action) => action switch
    {
        DepartmentAction.SignFor => "签收",
        DepartmentAction.Rectify => "报告整改",
        DepartmentAction.Progress => "报告进展",
        DepartmentAction.Extension => "申请延期",
        DepartmentAction.MaterialRequest => "要求补充材料",
        DepartmentAction.Return => "退单",
        _ => action.ToString(),
    };
}
