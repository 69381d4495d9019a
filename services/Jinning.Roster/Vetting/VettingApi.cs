using System.Security.Claims;
using Jinning.Messaging.Outbox;
using Jinning.Roster.Data;
using Jinning.Roster.Nominations;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Vetting;

/// <summary>The office's decisions on a nomination: vetting (R2), approval or rejection, appointment (R3).</summary>
public static class VettingApi
{
    public sealed record RejectRequest(string? Reason);
    public sealed record AppointRequest(DateOnly? AppointedOn);
    public sealed record AppointmentResponse(Guid SupervisorId, string CertificateNumber, DateOnly TermStart, DateOnly TermEnd, string ActivationCode);

    public static IEndpointRouteBuilder MapVettingApi(this IEndpointRouteBuilder app)
    {
        var nominations = app.MapGroup("/api/roster/nominations/{id:guid}").WithTags("Nominations").RequireRoles(Roles.Office);
        nominations.MapPost("/vetting", Vet).WithName("VetNomination").WithSummary("资格审核：聘任条件与不得聘任情形 (R2)");
        nominations.MapPost("/approve", Approve).WithName("ApproveNomination").WithSummary("审定 (R3)");
        nominations.MapPost("/reject", Reject).WithName("RejectNomination").WithSummary("不予通过");
        nominations.MapPost("/appoint", Appoint).WithName("AppointSupervisor").WithSummary("聘任并颁发聘书 (R3, R4)");
        return app;
    }

    public static async Task<Results<Ok<NominationResponse>, NotFound, ValidationProblem>> Vet(
        Guid id, VettingRequest request, ClaimsPrincipal user, RosterDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = request.Validate(out var disqualifiers);
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var nomination = await db.Nominations.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (nomination is null)
        {
            return TypedResults.NotFound();
        }
        nomination.Vet(request.ConditionsMet!.Value, disqualifiers, request.Note, user.Identity!.Name!, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(NominationResponse.From(nomination, revealIdNumber: true));
    }

    public static async Task<Results<Ok<NominationResponse>, NotFound>> Approve(
        Guid id, ClaimsPrincipal user, RosterDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var nomination = await db.Nominations.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (nomination is null)
        {
            return TypedResults.NotFound();
        }
        nomination.Approve(user.Identity!.Name!, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(NominationResponse.From(nomination, revealIdNumber: true));
    }

    public static async Task<Results<Ok<NominationResponse>, NotFound, ValidationProblem>> Reject(
        Guid id, RejectRequest request, ClaimsPrincipal user, RosterDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
        {
            return InputProblems.Invalid("reason", "须说明不予通过的理由（不超过 500 字）。");
        }
        var nomination = await db.Nominations.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (nomination is null)
        {
            return TypedResults.NotFound();
        }
        nomination.Reject(request.Reason.Trim(), user.Identity!.Name!, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(NominationResponse.From(nomination, revealIdNumber: true));
    }

    /// <summary>
    /// Issues the certificate (聘书) with a unique number and the one-time activation code for the
    /// supervisor's sign-in. The code is in this response only; the event carries its hash.
    /// </summary>
    public static async Task<Results<Created<AppointmentResponse>, NotFound>> Appoint(
        Guid id, AppointRequest? request, RosterDbContext db, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var appointedOn = request?.AppointedOn ?? DistrictClock.Today(now);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var nomination = await db.Nominations.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (nomination is null)
        {
            return TypedResults.NotFound();
        }
        var supervisor = Supervisor.Appoint(
            NewId.NextGuid(), nomination.Id, nomination.Name, nomination.NominatingUnit, KebabEnum.Format(nomination.Background),
            nomination.SmallOrMediumEnterprise, nomination.Email, await Certificates.NextNumberAsync(db, appointedOn, cancellationToken), appointedOn);
        nomination.MarkAppointed(supervisor.Id);
        db.Supervisors.Add(supervisor);
        var activationCode = Certificates.AnnounceAppointment(outbox, supervisor, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return TypedResults.Created($"/api/roster/supervisors/{supervisor.Id}",
            new AppointmentResponse(supervisor.Id, supervisor.CertificateNumber, supervisor.TermStart, supervisor.TermEnd, activationCode));
    }
}
