using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Declarations;

/// <summary>
/// Art. 7 (R8): a supervisor declares gifts, conflicts of interest and public statements; the office reads them and decides on statements.
/// </summary>
public static class DeclarationsApi
{
    public const decimal MaxGiftValue = 100_000_000m;

    public sealed record DeclarationRequest(string? Kind, string? Summary, string? Details, DateOnly? OccurredOn, string? Counterparty,
        decimal? EstimatedValue);
    public sealed record DecisionRequest(bool? Approved, string? Note);
    public sealed record DeclarationResponse(Guid Id, Guid SupervisorId, DeclarationKind Kind, string Summary, string Details,
        DateOnly? OccurredOn, string? Counterparty, decimal? EstimatedValue, DeclarationStatus Status, bool NeedsApproval,
        DateTimeOffset FiledAt, DateTimeOffset? DecidedAt,
        string? DecisionNote)
    {
        public static DeclarationResponse From(Declaration d) => new(d.Id, d.SupervisorId, d.Kind, d.Summary, d.Details, d.OccurredOn,
            d.Counterparty,
            d.EstimatedValue, d.Status, d.NeedsApproval, d.FiledAt, d.DecidedAt, d.DecisionNote);
    }

    public static IEndpointRouteBuilder MapDeclarationsApi(this IEndpointRouteBuilder app)
    {
        var declarations = app.MapGroup("/api/roster/supervisors/{id:guid}/declarations").WithTags("Declarations");
        declarations.MapPost("/", File).WithName("FileDeclaration")
            .WithSummary("申报：受赠礼品、利益冲突、以监督员身份发表言论（后者须经区营商环境办同意）(R8，第七条)")
            .RequireRoles(Roles.Supervisor).ProducesProblem(StatusCodes.Status409Conflict);
        declarations.MapGet("/", ListOwn).WithName("ListSupervisorDeclarations").WithSummary("某监督员的申报（办公室；本人）")
            .RequireRoles(Roles.Office, Roles.Supervisor);
        declarations.MapGet("/{declarationId:guid}", Get).WithName("GetDeclaration").WithSummary("查看申报（办公室；本人）")
            .RequireRoles(Roles.Office, Roles.Supervisor);
        declarations.MapPost("/{declarationId:guid}/decision", Decide).WithName("DecideDeclaration")
            .WithSummary("同意或不同意以监督员身份发表言论 (R8，第七条第五项)").RequireRoles(Roles.Office).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/roster/declarations", ListAll).WithTags("Declarations").WithName("ListDeclarations")
            .WithSummary("全部申报，可按状态、类型筛选（办公室）").RequireRoles(Roles.Office);
        return app;
    }

    public static async Task<Results<Created<DeclarationResponse>, NotFound, ValidationProblem>> File(
        Guid id, DeclarationRequest request, [AsParameters] RosterServices services)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = KebabEnum.Parse<DeclarationKind>(errors, "kind", request.Kind, "申报类型");
        var summary = InputText.Required(errors, "summary", request.Summary, 200, "申报事项");
        var details = InputText.Required(errors, "details", request.Details, 5000, "具体情况");
        var counterparty = InputText.Optional(errors, "counterparty", request.Counterparty, 200, "相关单位或人员");
        if (request.OccurredOn is { Year: < 2000 or > 2100 }) errors["occurredOn"] = ["日期无效。"];
        if (request.EstimatedValue is { } value && (kind != DeclarationKind.Gift || value < 0 || value > MaxGiftValue))
            errors["estimatedValue"] = [$"估值只用于礼品申报，单位为元，0 至 {MaxGiftValue:N0}。"];
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

        var declaration = Declaration.File(NewId.NextGuid(), supervisor, kind!.Value, summary!, details!, request.OccurredOn, counterparty,
            request.EstimatedValue is { } yuan ? decimal.Round(yuan, 2) : null, services.Time.GetUtcNow());
        services.Db.Declarations.Add(declaration);
        await services.SaveAsync();
        return TypedResults.Created($"/api/roster/supervisors/{id}/declarations/{declaration.Id}", DeclarationResponse.From(declaration));
    }

    public static async Task<Results<Ok<PagedList<DeclarationResponse>>, NotFound>> ListOwn(
        Guid id, [AsParameters] RosterServices services, int page = 1, int pageSize = 20)
    {
        if (!services.User.MaySee(id) || !await services.Db.Supervisors.AnyAsync(s => s.Id == id, services.CancellationToken))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await PageAsync(services.Db.Declarations.Where(d => d.SupervisorId == id), page, pageSize,
            services.CancellationToken));
    }

    public static async Task<Results<Ok<DeclarationResponse>, NotFound>> Get(
        Guid id, Guid declarationId, [AsParameters] RosterServices services)
    {
        if (!services.User.MaySee(id))
        {
            return TypedResults.NotFound();
        }
        var declaration = await services.Db.Declarations.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == declarationId && d.SupervisorId == id, services.CancellationToken);
        return declaration is null ? TypedResults.NotFound() : TypedResults.Ok(DeclarationResponse.From(declaration));
    }

    public static async Task<Results<Ok<PagedList<DeclarationResponse>>, ValidationProblem>> ListAll(
        [AsParameters] RosterServices services, string? status = null, string? kind = null, int page = 1, int pageSize = 20)
    {
        var errors = new Dictionary<string, string[]>();
        var wantedStatus = status is null ? null : KebabEnum.Parse<DeclarationStatus>(errors, "status", status, "申报状态");
        var wantedKind = kind is null ? null : KebabEnum.Parse<DeclarationKind>(errors, "kind", kind, "申报类型");
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var query = services.Db.Declarations.AsQueryable();
        if (wantedStatus is { } s)
        {
            query = query.Where(d => d.Status == s);
        }
        if (wantedKind is { } k)
        {
            query = query.Where(d => d.Kind == k);
        }
        return TypedResults.Ok(await PageAsync(query, page, pageSize, services.CancellationToken));
    }

    public static async Task<Results<Ok<DeclarationResponse>, NotFound, ValidationProblem>> Decide(
        Guid id, Guid declarationId, DecisionRequest request, [AsParameters] RosterServices services)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Approved is null) errors["approved"] = ["须说明是否同意（approved: true / false）。"];
        var note = InputText.Optional(errors, "note", request.Note, 2000, "意见");
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var declaration = await services.Db.Declarations.FirstOrDefaultAsync(d => d.Id == declarationId && d.SupervisorId == id,
            services.CancellationToken);
        if (declaration is null)
        {
            return TypedResults.NotFound();
        }

        var now = services.Time.GetUtcNow();
        if (request.Approved == true)
        {
            declaration.Approve(note, services.Actor, now);
        }
        else
        {
            declaration.Refuse(note, services.Actor, now);
        }
        await services.SaveAsync();
        return TypedResults.Ok(DeclarationResponse.From(declaration));
    }

    private static async Task<PagedList<DeclarationResponse>> PageAsync(IQueryable<Declaration> query, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var paging = Paging.Of(page, pageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.AsNoTracking().OrderByDescending(d => d.FiledAt).ThenBy(d => d.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PagedList<DeclarationResponse>(items.Select(DeclarationResponse.From).ToList(), paging.Page, paging.PageSize, total);
    }
}
