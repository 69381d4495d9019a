using System.Security.Claims;
using Jinning.Roster.Data;
using Jinning.Roster.Nominations;
using Jinning.Roster.Vetting;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Supervisors;

public static class SupervisorsApi
{
    public sealed record SupervisorResponse(
        Guid Id, string Name, string CertificateNumber, string NominatingUnit, string Background, bool SmallOrMediumEnterprise,
        DateOnly TermStart, DateOnly TermEnd, SupervisorStatus Status, IReadOnlyList<SupervisorAction> Actions, IReadOnlyList<PastTerm> PastTerms)
    {
        public static SupervisorResponse From(Supervisor s) => new(
            s.Id, s.Name, s.CertificateNumber, s.NominatingUnit, s.Background, s.SmallOrMediumEnterprise, s.TermStart, s.TermEnd, s.Status, s.Actions, s.PastTerms);
    }

    public sealed record ReappointRequest(Guid? NominationId, DateOnly? AppointedOn);
    public sealed record ActionRequest(string? Kind, string? ReasonCode, string? Note, DateOnly? On, bool? ReferToDiscipline);

    public static IEndpointRouteBuilder MapSupervisorsApi(this IEndpointRouteBuilder app)
    {
        var supervisors = app.MapGroup("/api/roster/supervisors").WithTags("Supervisors");
        supervisors.MapGet("/", List).WithName("ListSupervisors").WithSummary("监督员名册").RequireRoles(Roles.Office);
        supervisors.MapGet("/{id:guid}", Get).WithName("GetSupervisor")
            .WithSummary("监督员信息（办公室；本人；区纪委区监委查看打击报复线索的报告人）")
            .RequireRoles(Roles.Office, Roles.Supervisor, Roles.Discipline);
        supervisors.MapPost("/{id:guid}/reappoint", Reappoint).WithName("ReappointSupervisor")
            .WithSummary("续聘：依据同一人经重新推荐、审核并审定的推荐，在同一档案开始新的两年聘期，颁发新聘书 (R4, R9)")
            .RequireRoles(Roles.Office).ProducesProblem(StatusCodes.Status409Conflict);
        supervisors.MapPost("/{id:guid}/actions", RecordAction).WithName("RecordSupervisorAction")
            .WithSummary("调整、批评教育、提醒谈话、终止资格、解聘；终止或解聘可移交区纪委区监委追究责任 (R5)")
            .RequireRoles(Roles.Office).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <param name="status">As the API writes it: <c>active</c>, <c>term-ended</c>, <c>dismissed</c>, <c>adjusted</c>, <c>resigned</c>.</param>
    public static async Task<Results<Ok<PagedList<SupervisorResponse>>, ValidationProblem>> List(
        RosterDbContext db, CancellationToken cancellationToken, string? status = null, int page = 1, int pageSize = 20)
    {
        var paging = Paging.Of(page, pageSize);
        var query = db.Supervisors.AsNoTracking();
        if (status is not null)
        {
            var errors = new Dictionary<string, string[]>();
            var wanted = KebabEnum.Parse<SupervisorStatus>(errors, "status", status, "状态");
            if (wanted is null)
            {
                return InputProblems.Invalid(errors);
            }
            query = query.Where(s => s.Status == wanted);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(s => s.CertificateNumber).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<SupervisorResponse>(items.Select(SupervisorResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }

    /// <summary>
    /// A supervisor reads only their own record; anyone else's answers 404. The discipline commission reads the record of the
    /// supervisor who reported retaliation (T12): ticketing gives it the reporter's ID only, and roster never reads ticketing.
    /// </summary>
    public static async Task<Results<Ok<SupervisorResponse>, NotFound>> Get(Guid id, ClaimsPrincipal user, RosterDbContext db, CancellationToken cancellationToken)
    {
        if (!user.MaySee(id) && !user.IsInRole(Roles.Discipline))
        {
            return TypedResults.NotFound();
        }
        var supervisor = await db.Supervisors.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return supervisor is null ? TypedResults.NotFound() : TypedResults.Ok(SupervisorResponse.From(supervisor));
    }

    /// <summary>
    /// Art. 3 and 5: a new term is not handed out by the office alone. The person is nominated again,
    /// vetted and approved; that approved nomination, of the same person, is what reappoints them onto
    /// their existing file with a new certificate and activation code.
    /// </summary>
    public static async Task<Results<Created<VettingApi.AppointmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Reappoint(
        Guid id, ReappointRequest? request, [AsParameters] RosterServices services)
    {
        if (request?.NominationId is not { } nominationId)
        {
            return InputProblems.Invalid("nominationId", "续聘须依据对同一人重新推荐、经资格审核并审定的推荐记录（nominationId）。");
        }
        var now = services.Time.GetUtcNow();
        var appointedOn = request.AppointedOn ?? DistrictClock.Today(now);

        await using var transaction = await services.Db.Database.BeginTransactionAsync(services.CancellationToken);
        var supervisor = await services.Db.Supervisors.FirstOrDefaultAsync(s => s.Id == id, services.CancellationToken);
        if (supervisor is null)
        {
            return TypedResults.NotFound();
        }
        var fresh = await services.Db.Nominations.FirstOrDefaultAsync(n => n.Id == nominationId, services.CancellationToken);
        if (fresh is null)
        {
            return InputProblems.Invalid("nominationId", "推荐记录不存在。");
        }
        var original = await services.Db.Nominations.AsNoTracking()
            .FirstAsync(n => n.Id == supervisor.NominationId, services.CancellationToken);
        if (!PersonRecord.SamePerson(original, fresh))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "不是同一人",
                detail: "该推荐记录的身份证号码与该监督员不符，不能据以续聘。", type: "https://jinning.gov.cn/problems/not-the-same-person");
        }

        var (activationCode, activationCodeHash) = Certificates.NewActivationCode();
        fresh.MarkAppointed(supervisor.Id);
        var certificateNumber = await Certificates.NextNumberAsync(services.Db, appointedOn, services.CancellationToken);
        supervisor.Reappoint(fresh.Id, certificateNumber, appointedOn, activationCodeHash, now);
        await services.SaveAsync();
        await transaction.CommitAsync(services.CancellationToken);
        return TypedResults.Created($"/api/roster/supervisors/{supervisor.Id}",
            new VettingApi.AppointmentResponse(supervisor.Id, supervisor.CertificateNumber, supervisor.TermStart, supervisor.TermEnd,
                activationCode));
    }

    public static async Task<Results<Ok<SupervisorResponse>, NotFound, ValidationProblem>> RecordAction(
        Guid id, ActionRequest request, [AsParameters] RosterServices services)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = KebabEnum.Parse<SupervisorActionKind>(errors, "kind", request.Kind, "处理方式");
        var reason = KebabEnum.Parse<SupervisorReason>(errors, "reasonCode", request.ReasonCode, "原因");
        var note = InputText.Optional(errors, "note", request.Note, 2000, "说明");
        if (request.On is { Year: < 2000 or > 2100 }) errors["on"] = ["日期无效。"];
        var refer = request.ReferToDiscipline == true;
        if (refer && kind is not (SupervisorActionKind.Termination or SupervisorActionKind.Dismissal))
            errors["referToDiscipline"] = ["只有终止资格或解聘可以移交区纪委区监委追究责任。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var supervisor = await services.Db.Supervisors.FirstOrDefaultAsync(s => s.Id == id, services.CancellationToken);
        if (supervisor is null)
        {
            return TypedResults.NotFound();
        }
        var now = services.Time.GetUtcNow();
        supervisor.Record(kind!.Value, reason!.Value, note, request.On ?? DistrictClock.Today(now), services.Actor, now, refer);
        await services.SaveAsync();
        return TypedResults.Ok(SupervisorResponse.From(supervisor));
    }
}
