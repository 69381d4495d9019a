using System.Security.Claims;
using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.Roster.Data;
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

    public sealed record ReappointRequest(DateOnly? AppointedOn);

    public static async Task<Results<Created<Vetting.VettingApi.AppointmentResponse>, NotFound>> Reappoint(
        Guid id, ReappointRequest? request, RosterDbContext db, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var appointedOn = request?.AppointedOn ?? DistrictClock.Today(now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var supervisor = await db.Supervisors.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (supervisor is null)
        {
            return TypedResults.NotFound();
        }
        supervisor.Reappoint(await Certificates.NextNumberAsync(db, appointedOn, cancellationToken), appointedOn);
        var activationCode = Certificates.AnnounceAppointment(outbox, supervisor, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/roster/supervisors/{supervisor.Id}",
            new Vetting.VettingApi.AppointmentResponse(supervisor.Id, supervisor.CertificateNumber, supervisor.TermStart, supervisor.TermEnd, activationCode));
    }

    public sealed record ActionRequest(string? Kind, string? ReasonCode, string? Note, DateOnly? On);

    public static IEndpointRouteBuilder MapSupervisorsApi(this IEndpointRouteBuilder app)
    {
        var supervisors = app.MapGroup("/api/roster/supervisors").WithTags("Supervisors");
        supervisors.MapGet("/", List).WithName("ListSupervisors").WithSummary("监督员名册").RequireRoles(Roles.Office);
        supervisors.MapGet("/{id:guid}", Get).WithName("GetSupervisor").WithSummary("监督员信息（办公室；本人）")
            .RequireRoles(Roles.Office, Roles.Supervisor);
        supervisors.MapPost("/{id:guid}/reappoint", Reappoint).WithName("ReappointSupervisor")
            .WithSummary("续聘：同一档案开始新的两年聘期，颁发新聘书 (R4)").RequireRoles(Roles.Office);
        supervisors.MapPost("/{id:guid}/actions", RecordAction).WithName("RecordSupervisorAction")
            .WithSummary("调整、批评教育、提醒谈话、终止资格、解聘 (R5)").RequireRoles(Roles.Office);
        return app;
    }

    public static async Task<Ok<PagedList<SupervisorResponse>>> List(
        RosterDbContext db, CancellationToken cancellationToken, SupervisorStatus? status = null, int page = 1, int pageSize = 20)
    {
        var paging = Paging.Of(page, pageSize);
        var query = db.Supervisors.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(s => s.Status == wanted);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(s => s.CertificateNumber).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<SupervisorResponse>(items.Select(SupervisorResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }

    /// <summary>A supervisor reads only their own record; anyone else's answers 404.</summary>
    public static async Task<Results<Ok<SupervisorResponse>, NotFound>> Get(Guid id, ClaimsPrincipal user, RosterDbContext db, CancellationToken cancellationToken)
    {
        if (!user.IsOffice() && user.SupervisorId() != id)
        {
            return TypedResults.NotFound();
        }
        var supervisor = await db.Supervisors.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return supervisor is null ? TypedResults.NotFound() : TypedResults.Ok(SupervisorResponse.From(supervisor));
    }

    public static async Task<Results<Ok<SupervisorResponse>, NotFound, ValidationProblem>> RecordAction(
        Guid id, ActionRequest request, ClaimsPrincipal user, RosterDbContext db, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = KebabEnum.Parse<SupervisorActionKind>(errors, "kind", request.Kind, "处理方式");
        var reason = KebabEnum.Parse<SupervisorReason>(errors, "reasonCode", request.ReasonCode, "原因");
        if (request.Note?.Length > 2000) errors["note"] = ["说明不超过 2000 字。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var supervisor = await db.Supervisors.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (supervisor is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        var action = supervisor.Record(kind!.Value, reason!.Value, request.Note, request.On ?? DistrictClock.Today(now), user.Identity!.Name!, now);
        if (action.EndsService)
        {
            outbox.Publish(new SupervisorDismissed
            {
                SupervisorId = supervisor.Id,
                CertificateNumber = supervisor.CertificateNumber,
                ReasonCode = KebabEnum.Format(action.Reason),
                Note = action.Note,
                OccurredAt = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SupervisorResponse.From(supervisor));
    }
}
