using Jinning.ServiceDefaults;
using Jinning.Ticketing.Confidentiality;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Handling;
using Jinning.Ticketing.History;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Issues;

/// <summary>
/// Merges a duplicate into the issue that is handled (T3): the duplicate closes as merged, and its
/// reporter joins the surviving issue's reporters, who all get its feedback and outcome.
/// </summary>
public static class MergeApi
{
    public sealed record MergeRequest(Guid? IntoIssueId, string? Note);

    public static IEndpointRouteBuilder MapMergeApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/ticketing/issues/{id:guid}").WithTags("Dispatch")
            .MapPost("/merge", Merge).WithName("MergeIssue").WithSummary("将重复问题并入另一件问题 (T3)").RequireRoles(Roles.Office)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem>> Merge(
        Guid id, MergeRequest request, [AsParameters] IssueServices services, CancellationToken cancellationToken)
    {
        if (request.IntoIssueId is not { } intoId)
        {
            return InputProblems.Invalid("intoIssueId", "须注明并入哪一件问题。");
        }
        if (Input.Optional(request.Note, "note", "合并说明", 2000) is { } invalidNote)
        {
            return invalidNote;
        }
        var issues = await services.Db.Issues.Where(i => i.Id == id || i.Id == intoId).ToListAsync(cancellationToken);
        var duplicate = issues.FirstOrDefault(i => i.Id == id);
        var target = issues.FirstOrDefault(i => i.Id == intoId);
        if (duplicate is null)
        {
            return TypedResults.NotFound();
        }
        if (target is null)
        {
            return InputProblems.Invalid("intoIssueId", "要并入的问题不存在。");
        }
        var now = services.Time.GetUtcNow();
        var from = duplicate.Status;
        duplicate.MergeInto(target, now);
        services.Db.Record(duplicate, services.User, IssueAction.Merge, from, $"并入 {target.TrackingNumber}。{request.Note}".Trim(), now);
        services.Db.Record(target, services.User, IssueAction.Absorb, target.Status, $"{duplicate.TrackingNumber} 作为重复问题并入。", now);
        await services.Store.SaveAsync(cancellationToken);
        return TypedResults.Ok(IssueResponse.From(duplicate, services.User, services.Pseudonyms));
    }
}
