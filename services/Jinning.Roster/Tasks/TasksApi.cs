using System.Text.RegularExpressions;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Tasks;

/// <summary>
/// Commissioned supervision (D4, D5): assigned to named supervisors, who are told, list and read their tasks, and report results.
/// </summary>
public static partial class TasksApi
{
    public sealed record TaskRequest(string? Kind, string? Title, string? Description, DateOnly? DueOn,
        IReadOnlyList<Guid>? AssignedSupervisorIds,
        Guid? VerifiesIssueId, string? VerifiesTrackingNumber);
    public sealed record ResultRequest(string? Result);
    /// <summary>A supervisor sees only their own result among <see cref="Results"/>.</summary>
    public sealed record TaskResponse(Guid Id, SupervisionTaskKind Kind, string Title, string Description, DateOnly? DueOn,
        IReadOnlyList<Guid> AssignedSupervisorIds, IReadOnlyList<TaskResult> Results, DateTimeOffset AssignedAt, Guid? VerifiesIssueId,
        string? VerifiesTrackingNumber);

    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/roster/tasks").WithTags("Tasks");
        tasks.MapPost("/", Assign).WithName("AssignSupervisionTask").WithSummary("委托专项、重点监督，明察暗访，投诉核查；通知每位受托监督员 (D4)")
            .RequireRoles(Roles.Office);
        tasks.MapGet("/", List).WithName("ListSupervisionTasks").WithSummary("受托监督任务（办公室：全部；监督员：委托给本人的）(D4, D5)")
            .RequireRoles(Roles.Office, Roles.Supervisor);
        tasks.MapGet("/{id:guid}", Get).WithName("GetSupervisionTask").WithSummary("查看受托监督任务（办公室；受托监督员）(D4, D5)")
            .RequireRoles(Roles.Office, Roles.Supervisor);
        tasks.MapPost("/{id:guid}/result", SubmitResult).WithName("SubmitTaskResult").WithSummary("受托监督员报告结果 (D4)").RequireRoles(Roles.Supervisor);
        return app;
    }

    public static async Task<Results<Created<TaskResponse>, ValidationProblem>> Assign(
        TaskRequest request, [AsParameters] RosterServices services)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = KebabEnum.Parse<SupervisionTaskKind>(errors, "kind", request.Kind, "任务类型");
        var title = InputText.Required(errors, "title", request.Title, 200, "任务名称");
        var description = InputText.Required(errors, "description", request.Description, 5000, "任务要求");
        if (request.DueOn is { Year: < 2000 or > 2100 }) errors["dueOn"] = ["完成期限无效。"];
        var verifies = request.VerifiesIssueId is not null || request.VerifiesTrackingNumber is not null;
        if (verifies && kind is not null and not SupervisionTaskKind.ComplaintVerification)
            errors["verifiesIssueId"] = ["只有投诉举报信息核查任务可以指明所核查的问题。"];
        if (request.VerifiesTrackingNumber is { } tracking && !TrackingNumber().IsMatch(tracking))
            errors["verifiesTrackingNumber"] = ["问题编号格式如 WT-20261126-0001。"];
        var assigned = (request.AssignedSupervisorIds ?? []).Distinct().ToList();
        var active = await services.Db.Supervisors.CountAsync(s => assigned.Contains(s.Id) && s.Status == SupervisorStatus.Active,
            services.CancellationToken);
        if (assigned.Count == 0 || active != assigned.Count) errors["assignedSupervisorIds"] = ["须委托给至少一名在聘监督员。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var task = SupervisionTask.Assign(NewId.NextGuid(), kind!.Value, title!, description!, request.DueOn, assigned,
            request.VerifiesIssueId,
            request.VerifiesTrackingNumber, services.Time.GetUtcNow());
        services.Db.SupervisionTasks.Add(task);
        await services.SaveAsync();
        return TypedResults.Created($"/api/roster/tasks/{task.Id}", ToResponse(task, null));
    }

    public static async Task<Ok<PagedList<TaskResponse>>> List([AsParameters] RosterServices services, int page = 1, int pageSize = 20)
    {
        var query = services.Db.SupervisionTasks.AsNoTracking();
        var reader = services.User.IsOffice() ? (Guid?)null : services.User.SupervisorId() ?? Guid.Empty;
        if (reader is { } assignee)
        {
            query = query.Where(t => t.AssignedSupervisorIds.Contains(assignee));
        }
        var paging = Paging.Of(page, pageSize);
        var total = await query.CountAsync(services.CancellationToken);
        var tasks = await query.OrderByDescending(t => t.AssignedAt).ThenBy(t => t.Id).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(services.CancellationToken);
        return TypedResults.Ok(new PagedList<TaskResponse>(tasks.Select(t => ToResponse(t, reader)).ToList(), paging.Page, paging.PageSize,
            total));
    }

    /// <summary>A supervisor reads only tasks assigned to them; for anyone else they do not exist.</summary>
    public static async Task<Results<Ok<TaskResponse>, NotFound>> Get(Guid id, [AsParameters] RosterServices services)
    {
        var task = await services.Db.SupervisionTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, services.CancellationToken);
        var reader = services.User.IsOffice() ? (Guid?)null : services.User.SupervisorId() ?? Guid.Empty;
        if (task is null || (reader is { } assignee && !task.IsAssignedTo(assignee)))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(ToResponse(task, reader));
    }

    /// <summary>Only a supervisor the task was assigned to may report on it; for anyone else it does not exist.</summary>
    public static async Task<Results<Ok<TaskResponse>, NotFound, ValidationProblem>> SubmitResult(
        Guid id, ResultRequest request, [AsParameters] RosterServices services)
    {
        var errors = new Dictionary<string, string[]>();
        if (InputText.Required(errors, "result", request.Result, 10000, "结果") is not { } result)
        {
            return InputProblems.Invalid(errors);
        }
        var supervisorId = services.User.SupervisorId();
        var task = await services.Db.SupervisionTasks.FirstOrDefaultAsync(t => t.Id == id, services.CancellationToken);
        if (task is null || supervisorId is null || !task.IsAssignedTo(supervisorId.Value))
        {
            return TypedResults.NotFound();
        }
        task.Report(supervisorId.Value, result, services.Time.GetUtcNow());
        await services.SaveAsync();
        return TypedResults.Ok(ToResponse(task, supervisorId));
    }

    private static TaskResponse ToResponse(SupervisionTask t, Guid? reader) => new(t.Id, t.Kind, t.Title, t.Description, t.DueOn,
        t.AssignedSupervisorIds, reader is { } own ? t.Results.Where(r => r.SupervisorId == own).ToList() : t.Results, t.AssignedAt,
        t.VerifiesIssueId, t.VerifiesTrackingNumber);

    [GeneratedRegex(@"^WT-[0-9]{8}-[0-9]{4,6}\z")]
    private static partial Regex TrackingNumber();
}
