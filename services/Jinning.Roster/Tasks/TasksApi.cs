using System.Security.Claims;
using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.Roster.Data;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Tasks;

public static class TasksApi
{
    public sealed record TaskRequest(string? Kind, string? Title, string? Description, DateOnly? DueOn, IReadOnlyList<Guid>? AssignedSupervisorIds);
    public sealed record ResultRequest(string? Result);
    public sealed record TaskResponse(Guid Id, SupervisionTaskKind Kind, string Title, string Description, DateOnly? DueOn,
        IReadOnlyList<Guid> AssignedSupervisorIds, IReadOnlyList<TaskResult> Results);

    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/roster/tasks").WithTags("Tasks");
        tasks.MapPost("/", Assign).WithName("AssignSupervisionTask").WithSummary("委托专项、重点监督，明察暗访，投诉核查 (D4)").RequireRoles(Roles.Office);
        tasks.MapPost("/{id:guid}/result", SubmitResult).WithName("SubmitTaskResult").WithSummary("受托监督员报告结果 (D4)").RequireRoles(Roles.Supervisor);
        return app;
    }

    public static async Task<Results<Created<TaskResponse>, ValidationProblem>> Assign(
        TaskRequest request, RosterDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = KebabEnum.Parse<SupervisionTaskKind>(errors, "kind", request.Kind, "任务类型");
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200) errors["title"] = ["任务名称不能为空，且不超过 200 字。"];
        if (string.IsNullOrWhiteSpace(request.Description) || request.Description.Length > 5000) errors["description"] = ["任务要求不能为空，且不超过 5000 字。"];
        var assigned = (request.AssignedSupervisorIds ?? []).Distinct().ToList();
        var active = await db.Supervisors.CountAsync(s => assigned.Contains(s.Id) && s.Status == SupervisorStatus.Active, cancellationToken);
        if (assigned.Count == 0 || active != assigned.Count) errors["assignedSupervisorIds"] = ["须委托给至少一名在聘监督员。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var task = new SupervisionTask
        {
            Id = NewId.NextGuid(), Kind = kind!.Value, Title = request.Title!.Trim(), Description = request.Description!.Trim(),
            DueOn = request.DueOn, AssignedSupervisorIds = assigned, AssignedAt = time.GetUtcNow(),
        };
        db.SupervisionTasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/roster/tasks/{task.Id}", ToResponse(task));
    }

    /// <summary>Only a supervisor the task was assigned to may report on it; for anyone else it does not exist.</summary>
    public static async Task<Results<Ok<TaskResponse>, NotFound, ValidationProblem>> SubmitResult(
        Guid id, ResultRequest request, ClaimsPrincipal user, RosterDbContext db, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Result) || request.Result.Length > 10000)
        {
            return InputProblems.Invalid("result", "结果不能为空，且不超过 10000 字。");
        }
        var supervisorId = user.SupervisorId();
        var task = await db.SupervisionTasks.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null || supervisorId is null || !task.AssignedSupervisorIds.Contains(supervisorId.Value))
        {
            return TypedResults.NotFound();
        }
        if (task.Results.All(r => r.SupervisorId != supervisorId))
        {
            outbox.Publish(new TaskResultReported
            {
                TaskId = task.Id, SupervisorId = supervisorId.Value, Year = DistrictClock.Today(task.AssignedAt).Year, OccurredAt = time.GetUtcNow(),
            });
        }
        task.Results = [.. task.Results.Where(r => r.SupervisorId != supervisorId), new TaskResult(supervisorId.Value, request.Result.Trim(), time.GetUtcNow())];
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(task));
    }

    private static TaskResponse ToResponse(SupervisionTask t) => new(t.Id, t.Kind, t.Title, t.Description, t.DueOn, t.AssignedSupervisorIds, t.Results);
}
