using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.Messaging.Persistence;
using System.Security.Claims;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Confidentiality;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.History;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Issues;

public static class IssuesApi
{
    public static IEndpointRouteBuilder MapIssuesApi(this IEndpointRouteBuilder app)
    {
        var issues = app.MapGroup("/api/ticketing/issues").WithTags("Issues");

        issues.MapPost("/", ReportIssue)
            .WithName("ReportIssue")
            .WithSummary("报告问题 (T1, T2)")
            .RequireRoles(Roles.Supervisor, Roles.Office);
        issues.MapGet("/{id:guid}", GetIssue)
            .WithName("GetIssue")
            .WithSummary("查看问题")
            .RequireRoles(Roles.All);
        issues.MapGet("/", ListIssues)
            .WithName("ListIssues")
            .WithSummary("问题列表")
            .RequireRoles(Roles.All);
        return app;
    }

    public static async Task<Results<Created<IssueResponse>, ValidationProblem>> ReportIssue(
        ReportIssueRequest request, ClaimsPrincipal user, IssueIntake intake, CancellationToken cancellationToken)
    {
        var errors = request.Validate(user.IsOffice(), out var valid);
        if (valid is null)
        {
            return InputProblems.Invalid(errors);
        }
        var issue = await intake.RegisterAsync(valid, user.IsOffice() ? null : user.SupervisorId(), user, complainantContact: null, cancellationToken);
        return TypedResults.Created($"/api/ticketing/issues/{issue.Id}", IssueResponse.From(issue, user));
    }

    /// <summary>An issue the caller may not see answers 404, exactly like one that does not exist.</summary>
    public static async Task<Results<Ok<IssueResponse>, NotFound>> GetIssue(Guid id, ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var issue = await db.Issues.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        db.LogIdentityViews([issue], user, "GET /api/ticketing/issues/{id}", time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(IssueResponse.From(issue, user));
    }

    /// <summary>
    /// The caller's issues, newest first, narrowed by any of: rich <c>status</c>, plain <c>state</c>,
    /// <c>category</c>, lead <c>departmentCode</c>, <c>major</c>, <c>overdue</c>, and <c>q</c> (tracking number or title).
    /// </summary>
    public static async Task<Results<Ok<PagedList<IssueResponse>>, ValidationProblem>> ListIssues(
        ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken cancellationToken, int page = 1, int pageSize = 20,
        string? status = null, string? state = null, string? category = null, string? departmentCode = null, bool? major = null, bool? overdue = null, string? q = null)
    {
        var errors = new Dictionary<string, string[]>();
        var wantedStatus = status is null ? null : KebabEnum.Parse<IssueStatus>(errors, "status", status, "状态");
        var wantedState = state is null ? null : KebabEnum.Parse<IssueState>(errors, "state", state, "办结状态");
        var wantedCategory = category is null ? null : KebabEnum.Parse<IssueCategory>(errors, "category", category, "问题类别");
        if (q?.Length > 100) errors["q"] = ["搜索词不超过 100 个字符。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var paging = Paging.Of(page, pageSize);
        var query = db.Issues.AsNoTracking().VisibleTo(user);
        if (wantedStatus is { } s) query = query.Where(i => i.Status == s);
        if (wantedState == IssueState.Closed) query = query.Where(i => i.Status == IssueStatus.Closed || i.Status == IssueStatus.Merged);
        if (wantedState == IssueState.Open) query = query.Where(i => i.Status != IssueStatus.Closed && i.Status != IssueStatus.Merged);
        if (wantedCategory is { } c) query = query.Where(i => i.Category == c);
        if (departmentCode is not null) query = query.Where(i => i.DepartmentCode == departmentCode);
        if (major is { } m) query = query.Where(i => i.Major == m);
        if (overdue is { } o) query = o ? query.Where(i => i.OverdueAt != null) : query.Where(i => i.OverdueAt == null);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(i => i.TrackingNumber == q.Trim() || i.Title.Contains(q.Trim()));
        var ordered = query.OrderByDescending(i => i.ReportedAt).ThenBy(i => i.Id);
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        db.LogIdentityViews(items, user, "GET /api/ticketing/issues", time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<IssueResponse>(items.Select(i => IssueResponse.From(i, user)).ToList(), paging.Page, paging.PageSize, total));
    }
}
