using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Handling;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Cases;

/// <summary>Typical cases (T7, 发现一起、查处一起、曝光一起): exposed by the office, listed for the public without names.</summary>
public static class CasesApi
{
    public sealed record ExposeRequest(string? Title, string? Summary);
    public sealed record PublicCase(Guid Id, string Title, string Summary, IssueCategory Category, string? DepartmentCode, DateTimeOffset ExposedAt);

    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ticketing/issues/{id:guid}/expose", Expose).WithTags("Cases").WithName("ExposeCase")
            .WithSummary("将已办结的问题作为典型案例曝光，标题和摘要不得含个人信息 (T7)").RequireRoles(Roles.Office)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/public/cases", List).WithTags("Public").WithName("PublicCases").WithSummary("曝光的典型案例 (T7, P4)").AllowAnonymous();
        return app;
    }

    public static async Task<Results<Ok<PublicCase>, NotFound, ValidationProblem>> Expose(
        Guid id, ExposeRequest request, [AsParameters] IssueServices services, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200) errors["title"] = ["案例标题不能为空，且不超过 200 字。"];
        if (string.IsNullOrWhiteSpace(request.Summary) || request.Summary.Length > 5000) errors["summary"] = ["案例摘要不能为空，且不超过 5000 字。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var issue = await services.Db.Issues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        var now = services.Time.GetUtcNow();
        issue.Expose(request.Title!.Trim(), request.Summary!.Trim(), now);
        services.Db.Record(issue, services.User, IssueAction.Expose, issue.Status, request.Title, now);
        await services.Store.SaveAsync(cancellationToken);
        return TypedResults.Ok(ToPublic(issue));
    }

    public static async Task<Ok<PagedList<PublicCase>>> List(TicketingDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 20)
    {
        var paging = Paging.Of(page, pageSize);
        var query = db.Issues.AsNoTracking().Where(i => i.Case.ExposedAt != null);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(i => i.Case.ExposedAt).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<PublicCase>(items.Select(ToPublic).ToList(), paging.Page, paging.PageSize, total));
    }

    private static PublicCase ToPublic(Issue i) => new(i.Id, i.Case.Title!, i.Case.Summary!, i.Category, i.Assignment.DepartmentCode,
        i.Case.ExposedAt!.Value);
}
