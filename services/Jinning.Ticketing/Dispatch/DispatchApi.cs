using System.Security.Claims;
using Jinning.Messaging.Outbox;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Dispatch;

/// <summary>The office researches an issue, dispatches it to the responsible units, and arbitrates returns (T3, T4, T9).</summary>
public static class DispatchApi
{
    public sealed record DispatchResponse(Guid Id, IssueStatus Status, string DepartmentCode, DispatchKind Kind, DateTimeOffset Deadline,
        DateTimeOffset? SignForDeadline, IReadOnlyList<string> CoHandlers, SupervisionLevel? Level);

    /// <summary><c>send-back</c>: the return is unfounded; <c>redispatch</c>: dispatch to <see cref="Dispatch"/>'s unit.</summary>
    public sealed record ReturnDecisionRequest(string? Decision, string? Note, DispatchRequest? Dispatch);

    public static IEndpointRouteBuilder MapDispatchApi(this IEndpointRouteBuilder app)
    {
        var issue = app.MapGroup("/api/ticketing/issues/{id:guid}").WithTags("Dispatch").RequireRoles(Roles.Office);
        issue.MapPost("/research", Research).WithName("ResearchIssue").WithSummary("研究 (T3)");
        issue.MapPost("/dispatch", Dispatch).WithName("DispatchIssue").WithSummary("转办、交办或督办给牵头单位及协办单位 (T3, T9)");
        issue.MapPost("/return/decision", DecideReturn).WithName("DecideReturn").WithSummary("裁定退单：退回原单位继续办理，或改派 (T4)");
        return app;
    }

    public static async Task<Results<Ok<IssueResponse>, NotFound>> Research(
        Guid id, ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var issue = await db.Issues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        issue.StartResearch(now);
        db.Record(issue, user, IssueTransitions.Research, IssueStatus.Registered, null, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(IssueResponse.From(issue, user));
    }

    public static async Task<Results<Ok<DispatchResponse>, NotFound, ValidationProblem>> Dispatch(
        Guid id, DispatchRequest request, ClaimsPrincipal user, TicketingDbContext db, DispatchPlanner planner, IOutbox outbox,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (order, errors) = await planner.PlanAsync(request, now, cancellationToken);
        if (order is null)
        {
            return InputProblems.Invalid(errors);
        }
        var issue = await db.Issues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        var from = issue.Status;
        issue.Dispatch(order, now);
        db.Record(issue, user, IssueTransitions.Dispatch, from, Describe(order), now);
        outbox.AnnounceTransfer(issue, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Respond(issue));
    }

    public static async Task<Results<Ok<DispatchResponse>, NotFound, ValidationProblem>> DecideReturn(
        Guid id, ReturnDecisionRequest request, ClaimsPrincipal user, TicketingDbContext db, DispatchPlanner planner, IOutbox outbox,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (request.Decision is not ("send-back" or "redispatch"))
        {
            return InputProblems.Invalid("decision", "裁定须为 send-back（退回原单位）或 redispatch（改派）。");
        }
        if (request.Note?.Length > 2000)
        {
            return InputProblems.Invalid("note", "裁定说明不超过 2000 字。");
        }
        DispatchOrder? order = null;
        if (request.Decision == "redispatch")
        {
            (order, var errors) = await planner.PlanAsync(request.Dispatch ?? new DispatchRequest(null, null, null, null), now, cancellationToken);
            if (order is null)
            {
                return InputProblems.Invalid(errors.ToDictionary(e => $"dispatch.{e.Key}", e => e.Value));
            }
        }
        var issue = await db.Issues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        var from = issue.Status;
        if (order is null)
        {
            var calendar = await db.WorkingCalendarAsync(now, cancellationToken);
            issue.SendBack(DeadlineRules.SignForDeadline(now, calendar), now);
            db.Record(issue, user, IssueTransitions.ReturnDecision, from, $"退单理由不成立，退回 {issue.DepartmentCode} 继续办理。{request.Note}", now);
            outbox.AnnounceTransfer(issue, now, $"退单不予支持，请继续办理。{request.Note}".Trim());
        }
        else
        {
            issue.Redispatch(order, now);
            db.Record(issue, user, IssueTransitions.ReturnDecision, from, $"退单成立，改派：{Describe(order)} {request.Note}".Trim(), now);
            outbox.AnnounceTransfer(issue, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Respond(issue));
    }

    private static DispatchResponse Respond(Issue issue) => new(issue.Id, issue.Status, issue.DepartmentCode!, issue.DispatchKind!.Value,
        issue.Deadline!.Value, issue.SignForDeadline, issue.CoHandlerCodes, issue.SupervisionLevel);

    private static string Describe(DispatchOrder order) =>
        $"{KebabEnum.Format(order.Kind)} → {order.DepartmentCode}"
        + (order.CoHandlers is { Count: > 0 } co ? $"（协办：{string.Join("、", co)}）" : "")
        + (order.Level is { } level ? $"，督办层级 {KebabEnum.Format(level)}" : "")
        + $"：{order.Instructions}";
}
