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
/// The office corrects an issue's category, type or major flag until it is closed (T12), with the
/// reason on the history. Into <c>retaliation</c> it leaves every department's sight at once.
/// </summary>
public static class ReclassifyApi
{
    /// <summary>Fields left out keep their value; at least one must change.</summary>
    public sealed record ReclassifyRequest(string? Category, bool? Major, string? Type, string? Reason);

    public static IEndpointRouteBuilder MapReclassifyApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ticketing/issues/{id:guid}/reclassify", Reclassify).WithTags("Issues").WithName("ReclassifyIssue")
            .WithSummary("调整问题类别、类型或重大问题标记；调整为打击报复线索即从所有部门撤回 (T12)")
            .RequireRoles(Roles.Office)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem>> Reclassify(
        Guid id, ReclassifyRequest request, [AsParameters] IssueServices services, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var category = request.Category is null ? null : KebabEnum.Parse<IssueCategory>(errors, "category", request.Category, "问题类别");
        var type = request.Type is null ? null : KebabEnum.Parse<IssueType>(errors, "type", request.Type, "类型");
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > IssueLimits.ReasonLength)
        {
            errors["reason"] = [$"调整理由不能为空，且不超过 {IssueLimits.ReasonLength} 字。"];
        }
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var issue = await services.Db.Issues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        var (newCategory, newType, newMajor) = (category ?? issue.Category, type ?? issue.Type, request.Major ?? issue.Major);
        if (newCategory == issue.Category && newType == issue.Type && newMajor == issue.Major)
        {
            return InputProblems.Invalid("category", "类别、类型和重大问题标记都没有变化。");
        }

        var now = services.Time.GetUtcNow();
        var from = issue.Status;
        var heldBy = issue.Assignment.DepartmentCode;
        var reason = request.Reason!.Trim();
        issue.Reclassify(newCategory, newType, newMajor, reason, now);
        services.Db.Record(issue, services.User, IssueAction.Reclassify, from, Describe(issue, heldBy, reason), now);
        await services.Store.SaveAsync(cancellationToken);
        return TypedResults.Ok(IssueResponse.From(issue, services.User, services.Pseudonyms));
    }

    private static string Describe(Issue issue, string? heldBy, string reason)
    {
        var withdrawn = heldBy is not null && issue.Assignment.DepartmentCode is null ? $"已从 {heldBy} 撤回，移交区纪委区监委。" : "";
        var major = issue.Major ? "重大问题" : "一般问题";
        return $"调整为 {KebabEnum.Format(issue.Category)} / {KebabEnum.Format(issue.Type)} / {major}。{withdrawn}理由：{reason}";
    }
}
