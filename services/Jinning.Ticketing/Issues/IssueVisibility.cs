using System.Security.Claims;
using Jinning.ServiceDefaults.Authentication;

namespace Jinning.Ticketing.Issues;

/// <summary>
/// Who sees which issue (T6, T8): the office all; a supervisor their own reports and those their
/// duplicate was merged into; a department only what it leads or co-handles, and never a retaliation
/// report (<see cref="RetaliationRule"/>); the discipline commission only retaliation reports.
/// </summary>
public static class IssueVisibility
{
    public static IQueryable<Issue> VisibleTo(this IQueryable<Issue> issues, ClaimsPrincipal user)
    {
        if (user.IsOffice())
        {
            return issues;
        }
        if (user.IsInRole(Roles.Supervisor) && user.SupervisorId() is { } supervisorId)
        {
            return issues.Where(i => i.ReporterSupervisorId == supervisorId || i.MergedReporterSupervisorIds.Contains(supervisorId));
        }
        if (user.IsInRole(Roles.Discipline))
        {
            return issues.Where(i => i.Category == IssueCategory.Retaliation);
        }
        if (user.IsInRole(Roles.Department) && user.DepartmentCode() is { } department)
        {
            return issues.Where(RetaliationRule.VisibleToDepartments)
                .Where(i => i.Assignment.DepartmentCode == department || i.Assignment.CoHandlerCodes.Contains(department));
        }
        return issues.Where(_ => false);
    }
}
