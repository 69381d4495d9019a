using Jinning.Contracts.V1;
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

/// <summary>The office researches an issue and dispatches it to the responsible department (T3, T9).</summary>
public static class DispatchApi
{
    public sealed record DispatchRequest(string? Kind, string? DepartmentCode, DateTimeOffset? Deadline, string? Instructions);
    public sealed record DispatchResponse(Guid Id, IssueStatus Status, string DepartmentCode, DispatchKind Kind, DateTimeOffset Deadline);

    public static IEndpointRouteBuilder MapDispatchApi(this IEndpointRouteBuilder app)
    {
        var issue = app.MapGroup("/api/ticketing/issues/{id:guid}").WithTags("Dispatch").RequireRoles(Roles.Office);
        issue.MapPost("/research", Research).WithName("ResearchIssue").WithSummary("研究 (T3)");
        issue.MapPost("/dispatch", Dispatch).WithName("DispatchIssue").WithSummary("转办、交办或督办给责任单位 (T3, T9)");
        return app;
    }

    public static async Task<Results<Ok<IssueResponse>, NotFound>> Research(
        Guid id, System.Security.Claims.ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken cancellationToken)
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
        Guid id, DispatchRequest request, System.Security.Claims.ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        var kind = KebabEnum.Parse<DispatchKind>(errors, "kind", request.Kind, "办理方式");
        var department = request.DepartmentCode is null ? null
            : await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Code == request.DepartmentCode && d.Active, cancellationToken);
        if (department is null) errors["departmentCode"] = ["责任单位不存在或已停用。"];
        if (request.Deadline <= now) errors["deadline"] = ["办理时限须晚于现在。"];
        if (request.Instructions?.Length > 2000) errors["instructions"] = ["办理要求不超过 2000 字。"];
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "请求参数有误");
        }

        var issue = await db.Issues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        var years = await db.CalendarYears.AsNoTracking().Where(c => c.Year >= now.Year && c.Year <= now.Year + 1).ToListAsync(cancellationToken);
        var deadline = request.Deadline ?? DeadlineRules.DefaultDeadline(kind!.Value, now, WorkingCalendar.From(years));
        var from = issue.Status;
        issue.Dispatch(kind!.Value, department!.Code, deadline, request.Instructions, now);
        db.Record(issue, user, IssueTransitions.Dispatch, from, $"{KebabEnum.Format(kind.Value)} → {department.Code}：{request.Instructions}", now);

        outbox.Publish(new IssueTransferred
        {
            IssueId = issue.Id,
            TrackingNumber = issue.TrackingNumber,
            Kind = KebabEnum.Format(kind.Value),
            DepartmentCode = department.Code,
            Category = KebabEnum.Format(issue.Category),
            Major = issue.Major,
            Title = issue.Title,
            Description = issue.Description,
            Place = issue.Place,
            Deadline = deadline,
            Instructions = issue.Instructions,
            OccurredAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new DispatchResponse(issue.Id, issue.Status, department.Code, kind.Value, deadline));
    }
}
