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
        var nominations = app.MapGroup("/api/roster/nominations/{id:guid}").WithTags("Nominations").RequireRoles(Roles.Office)
            .ProducesProblem(StatusCodes.Status409Conflict);
        nominations.MapPost("/vetting", Vet).WithName("VetNomination").WithSummary("资格审核：聘任条件与不得聘任情形 (R2)");
        nominations.MapPost("/approve", Approve).WithName("ApproveNomination").WithSummary("审定 (R3)");
        nominations.MapPost("/reject", Reject).WithName("RejectNomination").WithSummary("不予通过");
        nominations.MapPost("/appoint", Appoint).WithName("AppointSupervisor")
            .WithSummary("聘任并颁发聘书 (R3, R4)；曾任监督员的人员须通过续聘办理（409）");
        return app;
    }

    public static async Task<Results<Ok<NominationResponse>, NotFound, ValidationProblem>> Vet(
        Guid id, VettingRequest request, [AsParameters] RosterServices services)
    {
        var errors = request.Validate(out var disqualifiers);
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var nomination = await services.Db.Nominations.FirstOrDefaultAsync(n => n.Id == id, services.CancellationToken);
        if (nomination is null)
        {
            return TypedResults.NotFound();
        }
        nomination.Vet(request.ConditionsMet!.Value, disqualifiers, request.Note?.Trim(), services.Actor, services.Time.GetUtcNow());
        await services.SaveAsync();
        return TypedResults.Ok(NominationResponse.From(nomination, revealIdNumber: true));
    }

    public static async Task<Results<Ok<NominationResponse>, NotFound>> Approve(Guid id, [AsParameters] RosterServices services)
    {
        var nomination = await services.Db.Nominations.FirstOrDefaultAsync(n => n.Id == id, services.CancellationToken);
        if (nomination is null)
        {
            return TypedResults.NotFound();
        }
        nomination.Approve(services.Actor, services.Time.GetUtcNow());
        await services.SaveAsync();
        return TypedResults.Ok(NominationResponse.From(nomination, revealIdNumber: true));
    }

    public static async Task<Results<Ok<NominationResponse>, NotFound, ValidationProblem>> Reject(
        Guid id, RejectRequest request, [AsParameters] RosterServices services)
    {
        var errors = new Dictionary<string, string[]>();
        if (InputText.Required(errors, "reason", request.Reason, 500, "不予通过的理由") is not { } reason)
        {
            return InputProblems.Invalid(errors);
        }
        var nomination = await services.Db.Nominations.FirstOrDefaultAsync(n => n.Id == id, services.CancellationToken);
        if (nomination is null)
        {
            return TypedResults.NotFound();
        }
        nomination.Reject(reason, services.Actor, services.Time.GetUtcNow());
        await services.SaveAsync();
        return TypedResults.Ok(NominationResponse.From(nomination, revealIdNumber: true));
    }

    /// <summary>
    /// Issues the certificate (聘书) with a unique number and the one-time activation code for the
    /// supervisor's sign-in. The code is in this response only; the event carries its hash. Someone
    /// who already has a file comes back by reappointment instead, so the file stays one.
    /// </summary>
    public static async Task<Results<Created<AppointmentResponse>, NotFound, ProblemHttpResult>> Appoint(
        Guid id, AppointRequest? request, [AsParameters] RosterServices services)
    {
        var now = services.Time.GetUtcNow();
        var appointedOn = request?.AppointedOn ?? DistrictClock.Today(now);

        await using var transaction = await services.Db.Database.BeginTransactionAsync(services.CancellationToken);
        var nomination = await services.Db.Nominations.FirstOrDefaultAsync(n => n.Id == id, services.CancellationToken);
        if (nomination is null)
        {
            return TypedResults.NotFound();
        }
        if (await PersonRecord.FileOfAsync(services.Db, nomination.IdNumber, services.CancellationToken) is { } file)
        {
            return PersonRecord.HasFile(file);
        }

        var (activationCode, activationCodeHash) = Certificates.NewActivationCode();
        var certificateNumber = await Certificates.NextNumberAsync(services.Db, appointedOn, services.CancellationToken);
        var supervisor = Supervisor.Appoint(
            NewId.NextGuid(), nomination.Id, nomination.Name, nomination.NominatingUnit, KebabEnum.Format(nomination.Background),
            nomination.SmallOrMediumEnterprise, nomination.Email, certificateNumber, appointedOn, activationCodeHash, now);
        nomination.MarkAppointed(supervisor.Id);
        services.Db.Supervisors.Add(supervisor);
        await services.SaveAsync();
        await transaction.CommitAsync(services.CancellationToken);

        return TypedResults.Created($"/api/roster/supervisors/{supervisor.Id}",
            new AppointmentResponse(supervisor.Id, supervisor.CertificateNumber, supervisor.TermStart, supervisor.TermEnd, activationCode));
    }
}
