using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Applications;

/// <summary>Art. 9.1 (R9): a supervisor applies in writing for adjustment or resignation; the office decides.</summary>
public static class ApplicationsApi
{
    public sealed record ApplicationRequest(string? Kind, string? Reason);
    public sealed record DecisionRequest(bool? Approved, string? Note);
    public sealed record ApplicationResponse(Guid Id, Guid SupervisorId, ApplicationKind Kind, string Reason, ApplicationStatus Status,
        DateTimeOffset FiledAt, DateTimeOffset? DecidedAt, string? DecisionNote)
    {
        public static ApplicationResponse From(SupervisorApplication a) =>
            new(a.Id, a.SupervisorId, a.Kind, a.Reason, a.Status, a.FiledAt, a.DecidedAt, a.DecisionNote);
    }

    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var own = app.MapGroup("/api/roster/supervisors/{id:guid}/applications").WithTags("Applications");
        own.MapPost("/", File).WithName("FileApplication").WithSummary("监督员书面申请调整或辞去 (R9，第九条第一项)")
            .RequireRoles(Roles.Supervisor).ProducesProblem(StatusCodes.Status409Conflict);
        own.MapGet("/", ListOwn).WithName("ListSupervisorApplications").WithSummary("某监督员的申请（办公室；本人）")
            .RequireRoles(Roles.Office, Roles.Supervisor);
        own.MapPost("/{applicationId:guid}/decision", Decide).WithName("DecideApplication")
            .WithSummary("审批申请：批准则聘任终止（已调整 / 已辞去）、停用登录，并请推荐单位另行推荐 (R9)")
            .RequireRoles(Roles.Office).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/roster/applications", ListAll).WithTags("Applications").WithName("ListApplications")
            .WithSummary("全部申请，可按状态筛选（办公室）").RequireRoles(Roles.Office);
        return app;
    }

    /// <summary>Only the supervisor themself applies; for anyone else the record does not exist.</summary>
    public static async Task<Results<Created<ApplicationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> File(
        Guid id, ApplicationRequest request, [AsParameters] RosterServices services)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = KebabEnum.Parse<ApplicationKind>(errors, "kind", request.Kind, "申请类型");
        var reason = InputText.Required(errors, "reason", request.Reason, 2000, "申请理由");
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        if (!services.User.Is(id))
        {
            return TypedResults.NotFound();
        }
        var supervisor = await services.Db.Supervisors.FirstOrDefaultAsync(s => s.Id == id, services.CancellationToken);
        if (supervisor is null)
        {
            return TypedResults.NotFound();
        }
        if (await services.Db.SupervisorApplications.AnyAsync(a => a.SupervisorId == id && a.Status == ApplicationStatus.Pending,
            services.CancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "已有待审批的申请",
                detail: "您已提交的申请尚未审批，请等待区营商环境办处理后再提出新的申请。", type: "https://jinning.gov.cn/problems/application-pending");
        }

        var application = SupervisorApplication.File(NewId.NextGuid(), supervisor, kind!.Value, reason!, services.Time.GetUtcNow());
        services.Db.SupervisorApplications.Add(application);
        await services.SaveAsync();
        return TypedResults.Created($"/api/roster/supervisors/{id}/applications/{application.Id}", ApplicationResponse.From(application));
    }

    public static async Task<Results<Ok<PagedList<ApplicationResponse>>, NotFound>> ListOwn(
        Guid id, [AsParameters] RosterServices services, int page = 1, int pageSize = 20)
    {
        if (!services.User.MaySee(id) || !await services.Db.Supervisors.AnyAsync(s => s.Id == id, services.CancellationToken))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await PageAsync(services.Db.SupervisorApplications.Where(a => a.SupervisorId == id), page, pageSize,
            services.CancellationToken));
    }

    public static async Task<Results<Ok<PagedList<ApplicationResponse>>, ValidationProblem>> ListAll(
        [AsParameters] RosterServices services, string? status = null, int page = 1, int pageSize = 20)
    {
        var query = services.Db.SupervisorApplications.AsQueryable();
        if (status is not null)
        {
            var errors = new Dictionary<string, string[]>();
            if (KebabEnum.Parse<ApplicationStatus>(errors, "status", status, "申请状态") is not { } wanted)
            {
                return InputProblems.Invalid(errors);
            }
            query = query.Where(a => a.Status == wanted);
        }
        return TypedResults.Ok(await PageAsync(query, page, pageSize, services.CancellationToken));
    }

    public static async Task<Results<Ok<ApplicationResponse>, NotFound, ValidationProblem>> Decide(
        Guid id, Guid applicationId, DecisionRequest request, [AsParameters] RosterServices services)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Approved is null) errors["approved"] = ["须说明是否批准（approved: true / false）。"];
        var note = InputText.Optional(errors, "note", request.Note, 2000, "审批意见");
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var application = await services.Db.SupervisorApplications
            .FirstOrDefaultAsync(a => a.Id == applicationId && a.SupervisorId == id, services.CancellationToken);
        var supervisor = await services.Db.Supervisors.FirstOrDefaultAsync(s => s.Id == id, services.CancellationToken);
        if (application is null || supervisor is null)
        {
            return TypedResults.NotFound();
        }

        var now = services.Time.GetUtcNow();
        if (request.Approved == true)
        {
            application.Approve(note, services.Actor, now);
            supervisor.EndOnApplication(application, now);
        }
        else
        {
            application.Refuse(note, services.Actor, now);
        }
        await services.SaveAsync();
        return TypedResults.Ok(ApplicationResponse.From(application));
    }

    private static async Task<PagedList<ApplicationResponse>> PageAsync(
        IQueryable<SupervisorApplication> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var paging = Paging.Of(page, pageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.AsNoTracking().OrderByDescending(a => a.FiledAt).ThenBy(a => a.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PagedList<ApplicationResponse>(items.Select(ApplicationResponse.From).ToList(), paging.Page, paging.PageSize, total);
    }
}
