using System.Security.Claims;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Closing;
using Jinning.Ticketing.Confidentiality;
using Jinning.Ticketing.Data;
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
            .WithSummary("报告问题、建议或亮点；办公室登记热线、信箱投诉，或代监督员登记其线下反映 (T1, T2, T11)")
            .RequireRoles(Roles.Supervisor, Roles.Office)
            .ProducesProblem(StatusCodes.Status403Forbidden);
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

    public static async Task<Results<Created<IssueResponse>, ValidationProblem, ProblemHttpResult>> ReportIssue(
        ReportIssueRequest request, ClaimsPrincipal user, IssueIntake intake, TicketingDbContext db, ReporterPseudonyms pseudonyms,
        CancellationToken cancellationToken)
    {
        var office = user.IsOffice();
        var errors = request.Validate(office ? null : user.SupervisorId(), office, out var valid);
        if (valid is null)
        {
            return InputProblems.Invalid(errors);
        }
        if (request.OnBehalfOfSupervisorId is { } onBehalf && await db.IsSignInDisabledAsync(onBehalf, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "监督员已不在任",
                detail: "该监督员的登录已停用（聘期届满或已解聘），不能再以其名义登记问题；可作为热线或信箱投诉登记。",
                type: "https://jinning.gov.cn/problems/reporter-inactive");
        }
        var note = request.OnBehalfOfSupervisorId is null ? null : $"办公室代监督员登记，反映渠道：{KebabEnum.Format(valid.Channel)}。";
        var (issue, queryCode) = await intake.RegisterAsync(valid, user, note, cancellationToken);
        return TypedResults.Created($"/api/ticketing/issues/{issue.Id}", IssueResponse.From(issue, user, pseudonyms) with { QueryCode = queryCode });
    }

    /// <summary>An issue the caller may not see answers 404, exactly like one that does not exist.</summary>
    public static async Task<Results<Ok<IssueResponse>, NotFound>> GetIssue(
        Guid id, ClaimsPrincipal user, TicketingDbContext db, ReporterPseudonyms pseudonyms, CancellationToken cancellationToken)
    {
        var issue = await db.Issues.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(IssueResponse.From(issue, user, pseudonyms));
    }

    /// <summary>
    /// The caller's issues, newest first, narrowed by any of: rich <c>status</c>, plain <c>state</c>,
    /// <c>category</c>, <c>type</c>, lead <c>departmentCode</c>, <c>major</c>, <c>overdue</c>, and
    /// <c>q</c> (tracking number or title); for the office's desk also <c>signForOverdue</c> (dispatched and
    /// not signed for by the sign-for limit) and <c>dueOn</c> (a department still holds it and its deadline
    /// falls on that district day) and <c>awaiting</c> (dispatch, feedback or confirmation), see <see cref="DeskFilters"/>.
    /// <c>sort=deadline</c> puts the nearest deadline first (<c>-deadline</c> the latest), issues without one last.
    /// </summary>
    public static async Task<Results<Ok<PagedList<IssueResponse>>, ValidationProblem>> ListIssues(
        ClaimsPrincipal user, TicketingDbContext db, ReporterPseudonyms pseudonyms, TimeProvider time, CancellationToken cancellationToken,
        int page = 1, int pageSize = 20,
        string? status = null, string? state = null, string? category = null, string? departmentCode = null, bool? major = null,
        bool? overdue = null, string? q = null, string? type = null, string? sort = null, bool? signForOverdue = null,
        DateOnly? dueOn = null, string? awaiting = null)
    {
        var errors = new Dictionary<string, string[]>();
        var wantedStatus = status is null ? null : KebabEnum.Parse<IssueStatus>(errors, "status", status, "状态");
        var wantedState = state is null ? null : KebabEnum.Parse<IssueState>(errors, "state", state, "办结状态");
        var wantedCategory = category is null ? null : KebabEnum.Parse<IssueCategory>(errors, "category", category, "问题类别");
        var wantedType = type is null ? null : KebabEnum.Parse<IssueType>(errors, "type", type, "类型");
        if (q?.Length > 100) errors["q"] = ["搜索词不超过 100 个字符。"];
        var queue = awaiting is null ? null : DeskFilters.Queues.GetValueOrDefault(awaiting);
        if (awaiting is not null && queue is null) errors["awaiting"] = ["待办类别无效，可选值：dispatch、feedback、confirmation。"];
        if (departmentCode?.Length > 40) errors["departmentCode"] = ["单位代码不超过 40 个字符。"];
        if (sort is not (null or "reported" or "deadline" or "-deadline"))
        {
            errors["sort"] = ["排序须为 reported（最新登记在前）、deadline（办理时限最近在前）或 -deadline。"];
        }
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
        if (wantedType is { } t) query = query.Where(i => i.Type == t);
        if (departmentCode is not null) query = query.Where(i => i.Assignment.DepartmentCode == departmentCode);
        if (major is { } m) query = query.Where(i => i.Major == m);
        if (overdue == true) query = query.Where(i => i.Assignment.OverdueAt != null);
        if (overdue == false) query = query.Where(i => i.Assignment.OverdueAt == null);
        query = query.SignForOverdue(signForOverdue, time.GetUtcNow()).DueOn(dueOn).Awaiting(queue);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(i => i.TrackingNumber == q.Trim() || i.Title.Contains(q.Trim()));
        var ordered = Sorted(query, sort);
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<IssueResponse>(items.Select(i => IssueResponse.From(i, user, pseudonyms)).ToList(), paging.Page, paging.PageSize, total));
    }

    private static IOrderedQueryable<Issue> Sorted(IQueryable<Issue> query, string? sort) => sort switch
    {
        "deadline" => query.OrderBy(i => i.Assignment.Deadline == null).ThenBy(i => i.Assignment.Deadline).ThenBy(i => i.Id),
        "-deadline" => query.OrderBy(i => i.Assignment.Deadline == null).ThenByDescending(i => i.Assignment.Deadline).ThenBy(i => i.Id),
        _ => query.OrderByDescending(i => i.ReportedAt).ThenBy(i => i.Id),
    };
}
