using System.Security.Claims;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Handling;

/// <summary>Who may act on an issue they can see.</summary>
public enum Actor
{
    /// <summary>Anyone the route's roles admit.</summary>
    Any,
    /// <summary>Of departments, only the lead unit (牵头单位): co-handlers only report progress.</summary>
    LeadUnit,
    /// <summary>
    /// The supervisor who reported it (not reporters of merged duplicates); for a complaint from the
    /// hotline, mailbox or public, the office, which calls the complainant back (回访).
    /// </summary>
    Reporter,
}

/// <summary>
/// One change of an issue: load it as the caller may see it (404 otherwise: a department only its
/// own, a supervisor only their report), check the caller may make it (403), apply the transition
/// (409 if illegal), record history, commit — the change, its history and its events in one transaction.
/// </summary>
public static class IssueChange
{
    public static async Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        Guid id, ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, string action, string? note, Actor actor,
        Action<Issue, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var issue = await db.Issues.VisibleTo(user).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        if (actor == Actor.LeadUnit && user.IsInRole(Roles.Department) && user.DepartmentCode() != issue.DepartmentCode)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "只有牵头单位可以执行此操作",
                detail: $"协办单位只能报告进展；{IssueTransitions.ActionLabel(action)}由牵头单位 {issue.DepartmentCode} 办理。",
                type: "https://jinning.gov.cn/problems/lead-unit-only");
        }
        if (actor == Actor.Reporter && user.IsOffice() && issue.ReporterSupervisorId is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "由报告的监督员确认",
                detail: "监督员报告的问题由其本人回访确认或提出异议；办公室代为回访只适用于热线、信箱和群众投诉。",
                type: "https://jinning.gov.cn/problems/reporter-only");
        }
        if (actor == Actor.Reporter && user.IsInRole(Roles.Supervisor) && user.SupervisorId() != issue.ReporterSupervisorId)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "只有报告人可以执行此操作",
                detail: "该问题由其他监督员报告，您的重复报告已并入；办理结果会同时反馈给您。",
                type: "https://jinning.gov.cn/problems/reporter-only");
        }
        var now = time.GetUtcNow();
        var from = issue.Status;
        change(issue, now);
        db.Record(issue, user, action, from, note, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(IssueResponse.From(issue, user));
    }

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>>? Required(string? value, string field, string label, int maxLength) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= maxLength
            ? null
            : Invalid(field, $"{label}不能为空，且不超过 {maxLength} 字。");

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Invalid(string field, string message) =>
        Task.FromResult<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>>(
            InputProblems.Invalid(field, message));
}
