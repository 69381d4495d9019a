using System.Security.Claims;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Confidentiality;
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

/// <summary>What a handler that changes an issue needs, bundled for <c>[AsParameters]</c> (eShop <c>OrderServices</c>).</summary>
public sealed class IssueServices(TicketingDbContext db, IssueStore store, TimeProvider time, ClaimsPrincipal user,
    ReporterPseudonyms pseudonyms)
{
    public TicketingDbContext Db { get; } = db;
    public IssueStore Store { get; } = store;
    public TimeProvider Time { get; } = time;
    public ClaimsPrincipal User { get; } = user;
    public ReporterPseudonyms Pseudonyms { get; } = pseudonyms;
}

/// <summary>
/// One change of an issue: load it as the caller may see it (404 otherwise: a department only its
/// own, a supervisor only their report), check the caller may make it (403), apply the transition
/// (409 if illegal), record history, save through <see cref="IssueStore"/> — the change, its
/// history and its events in one transaction — and answer with the issue as the caller may see it.
/// </summary>
public static class IssueChange
{
    public static Task<IssueChangeResult> ApplyAsync(
        Guid id, IssueServices services, IssueAction action, string? note, Actor actor, Action<Issue, DateTimeOffset> change,
        CancellationToken cancellationToken) =>
        ApplyAsync(id, services, action, note, actor, (issue, now) =>
        {
            change(issue, now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>For a change that first looks something up about the issue (its reporter's sign-in, the calendar).</summary>
    public static async Task<IssueChangeResult> ApplyAsync(
        Guid id, IssueServices services, IssueAction action, string? note, Actor actor, Func<Issue, DateTimeOffset, Task> change,
        CancellationToken cancellationToken)
    {
        var user = services.User;
        var issue = await services.Db.Issues.VisibleTo(user).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        if (Refusal(issue, user, action, actor) is { } refused)
        {
            return refused;
        }
        var now = services.Time.GetUtcNow();
        var from = issue.Status;
        await change(issue, now);
        services.Db.Record(issue, user, action, from, note, now);
        await services.Store.SaveAsync(cancellationToken);
        return TypedResults.Ok(IssueResponse.From(issue, user, services.Pseudonyms));
    }

    private static ProblemHttpResult? Refusal(Issue issue, ClaimsPrincipal user, IssueAction action, Actor actor)
    {
        if (actor == Actor.LeadUnit && user.IsInRole(Roles.Department) && user.DepartmentCode() != issue.Assignment.DepartmentCode)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "只有牵头单位可以执行此操作",
                detail: $"协办单位只能报告进展；{IssueTransitions.Label(action)}由牵头单位 {issue.Assignment.DepartmentCode} 办理。",
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
        return null;
    }
}

/// <summary>Checks of free text at the edge, each answering a validation problem naming its field (or nothing when fine).</summary>
public static class Input
{
    public static ValidationProblem? Required(string? value, string field, string label, int maxLength) =>
        string.IsNullOrWhiteSpace(value) || value.Length > maxLength
            ? InputProblems.Invalid(field, $"{label}不能为空，且不超过 {maxLength} 字。")
            : null;

    public static ValidationProblem? Optional(string? value, string field, string label, int maxLength) =>
        value?.Length > maxLength ? InputProblems.Invalid(field, $"{label}不超过 {maxLength} 字。") : null;
}
