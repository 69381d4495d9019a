using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Handling;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Mvc;

namespace Jinning.Ticketing.Closing;

/// <summary>
/// The office closes an issue with an outcome (T10): before any handling as explained, unfounded,
/// not accepted or referred elsewhere; after feedback when the reporter cannot or did not answer;
/// after an objection with the objection on record. Anything else is 409.
/// </summary>
public static class CloseApi
{
    public sealed record CloseRequest(string? Outcome, string? Reason);

    public static IEndpointRouteBuilder MapCloseApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ticketing/issues/{id:guid}/close", Close).WithTags("Handling").WithName("CloseIssue")
            .WithSummary("办公室以办理结果办结问题：已解决、已解释说明、不属实、不予受理、转其他渠道办理 (T10)")
            .RequireRoles(Roles.Office)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<IssueChangeResult> Close(Guid id, CloseRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var outcome = KebabEnum.Parse<IssueOutcome>(errors, "outcome", request.Outcome, "办理结果");
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > IssueLimits.ReasonLength)
        {
            errors["reason"] = [$"办结理由不能为空，且不超过 {IssueLimits.ReasonLength} 字。"];
        }
        if (outcome is not { } closedAs || errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var reason = request.Reason!.Trim();
        return await IssueChange.ApplyAsync(id, services, IssueAction.Close, $"{IssueTransitions.Label(closedAs)}：{reason}", Actor.Any,
            async (issue, now) => issue.Close(closedAs, reason, await services.Db.IsSignInDisabledAsync(issue.ReporterSupervisorId, ct),
                now), ct);
    }
}
