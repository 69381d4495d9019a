using Jinning.ServiceDefaults;
using Jinning.Ticketing.Confidentiality;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Handling;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Dispatch;

/// <summary>
/// The office researches an issue, dispatches it to the responsible units, and arbitrates returns
/// (T3, T4, T9). A retaliation report is never dispatched: the issue itself refuses (409,
/// <c>retaliation-not-dispatchable</c>), whichever of these routes asks.
/// </summary>
public static class DispatchApi
{
    public sealed record DispatchResponse(Guid Id, IssueStatus Status, string DepartmentCode, DispatchKind Kind, DateTimeOffset Deadline,
        DateTimeOffset? SignForDeadline, IReadOnlyList<string> CoHandlers, SupervisionLevel? Level);

    /// <summary><c>send-back</c>: the return is unfounded; <c>redispatch</c>: dispatch to <see cref="Dispatch"/>'s unit.</summary>
    public sealed record ReturnDecisionRequest(string? Decision, string? Note, DispatchRequest? Dispatch);

    public static IEndpointRouteBuilder MapDispatchApi(this IEndpointRouteBuilder app)
    {
        var issue = app.MapGroup("/api/ticketing/issues/{id:guid}").WithTags("Dispatch").RequireRoles(Roles.Office)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        issue.MapPost("/research", Research).WithName("ResearchIssue").WithSummary("研究 (T3)");
        issue.MapPost("/dispatch", Dispatch).WithName("DispatchIssue")
            .WithSummary("转办、交办或督办给牵头单位及协办单位；打击报复线索不能转办 (T3, T6, T9)");
        issue.MapPost("/return/decision", DecideReturn).WithName("DecideReturn").WithSummary("裁定退单：退回原单位继续办理，或改派 (T4)");
        app.MapDefaultDeadlinesApi();
        return app;
    }

    public static async Task<Results<Ok<IssueResponse>, NotFound>> Research(Guid id, [AsParameters] IssueServices services,
        CancellationToken cancellationToken)
    {
        var issue = await services.Db.Issues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        var now = services.Time.GetUtcNow();
        var from = issue.Status;
        issue.StartResearch(now);
        services.Db.Record(issue, services.User, IssueAction.Research, from, null, now);
        await services.Store.SaveAsync(cancellationToken);
        return TypedResults.Ok(IssueResponse.From(issue, services.User, services.Pseudonyms));
    }

    public static async Task<Results<Ok<DispatchResponse>, NotFound, ValidationProblem>> Dispatch(
        Guid id, DispatchRequest request, [AsParameters] IssueServices services, DispatchPlanner planner,
            CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var (order, errors) = await planner.PlanAsync(request, now, cancellationToken);
        if (order is null)
        {
            return InputProblems.Invalid(errors);
        }
        var issue = await services.Db.Issues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        var from = issue.Status;
        issue.Dispatch(order, now);
        services.Db.Record(issue, services.User, IssueAction.Dispatch, from, Describe(order), now);
        await services.Store.SaveAsync(cancellationToken);
        return TypedResults.Ok(Respond(issue));
    }

    public static async Task<Results<Ok<DispatchResponse>, NotFound, ValidationProblem>> DecideReturn(
        Guid id, ReturnDecisionRequest request, [AsParameters] IssueServices services, DispatchPlanner planner,
            CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        if (request.Decision is not ("send-back" or "redispatch"))
        {
            return InputProblems.Invalid("decision", "裁定须为 send-back（退回原单位）或 redispatch（改派）。");
        }
        if (Input.Optional(request.Note, "note", "裁定说明", 2000) is { } invalidNote)
        {
            return invalidNote;
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
        var issue = await services.Db.Issues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        var from = issue.Status;
        if (order is null)
        {
            var calendar = await services.Db.WorkingCalendarAsync(now, cancellationToken);
            issue.SendBack(DeadlineRules.SignForDeadline(now, calendar), request.Note, now);
            services.Db.Record(issue, services.User, IssueAction.ReturnDecision, from,
                $"退单理由不成立，退回 {issue.Assignment.DepartmentCode} 继续办理。{request.Note}", now);
        }
        else
        {
            issue.Redispatch(order, now);
            services.Db.Record(issue, services.User, IssueAction.ReturnDecision, from, $"退单成立，改派：{Describe(order)} {request.Note}".Trim(),
                now);
        }
        await services.Store.SaveAsync(cancellationToken);
        return TypedResults.Ok(Respond(issue));
    }

    private static DispatchResponse Respond(Issue issue) => new(issue.Id, issue.Status, issue.Assignment.DepartmentCode!,
        issue.Assignment.DispatchKind!.Value, issue.Assignment.Deadline!.Value, issue.Assignment.SignForDeadline,
        issue.Assignment.CoHandlerCodes,
        issue.Assignment.SupervisionLevel);

    public static string Describe(DispatchOrder order)
    {
        var coHandlers = order.CoHandlers is { Count: > 0 } co ? $"（协办：{string.Join("、", co)}）" : "";
        var level = order.Level is { } supervision ? $"，督办层级 {KebabEnum.Format(supervision)}" : "";
        return $"{KebabEnum.Format(order.Kind)} → {order.DepartmentCode}{coHandlers}{level}：{order.Instructions}";
    }
}
