using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.Roster.Attendance;
using Jinning.Roster.Data;
using Jinning.Roster.Duties;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Trainings;

public static class TrainingsApi
{
    public sealed record TrainingRequest(string? Title, string? Material, DateOnly? HeldOn);
    public sealed record TrainingResponse(Guid Id, string Period, string Title, DateOnly? HeldOn, int Recipients, IReadOnlyList<Guid> AttendedSupervisorIds);

    public static IEndpointRouteBuilder MapTrainingsApi(this IEndpointRouteBuilder app)
    {
        var trainings = app.MapGroup("/api/roster/trainings").WithTags("Trainings").RequireRoles(Roles.Office);
        trainings.MapPost("/", Issue).WithName("IssueTraining").WithSummary("下发学习资料、组织业务培训，送达全体在聘监督员 (D3)");
        trainings.MapPost("/{id:guid}/attendance", RecordAttendance).WithName("RecordTrainingAttendance").WithSummary("登记参训 (D3)");
        return app;
    }

    public static async Task<Results<Created<TrainingResponse>, ValidationProblem>> Issue(
        TrainingRequest request, RosterDbContext db, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200) errors["title"] = ["标题不能为空，且不超过 200 字。"];
        if (string.IsNullOrWhiteSpace(request.Material) || request.Material.Length > 20000) errors["material"] = ["学习资料不能为空，且不超过 20000 字。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var now = time.GetUtcNow();
        var recipients = await db.Supervisors.Where(s => s.Status == SupervisorStatus.Active).Select(s => s.Id).ToListAsync(cancellationToken);
        var training = new Training
        {
            Id = NewId.NextGuid(), Period = HalfYear.Of(request.HeldOn ?? DistrictClock.Today(now)).ToString(), Title = request.Title!.Trim(),
            Material = request.Material!.Trim(), HeldOn = request.HeldOn, RecipientSupervisorIds = recipients, IssuedAt = now,
        };
        db.Trainings.Add(training);
        outbox.Publish(new TrainingIssued { TrainingId = training.Id, Period = training.Period, Title = training.Title, SupervisorIds = recipients, OccurredAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/roster/trainings/{training.Id}", ToResponse(training));
    }

    public static async Task<Results<Ok<TrainingResponse>, NotFound, ValidationProblem>> RecordAttendance(
        Guid id, AttendanceRequest request, RosterDbContext db, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var training = await db.Trainings.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (training is null)
        {
            return TypedResults.NotFound();
        }
        if (AttendanceRegister.Record(training, request, "只能登记培训对象的参训情况。", outbox, time.GetUtcNow()) is { } errors)
        {
            return InputProblems.Invalid(errors);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(training));
    }

    private static TrainingResponse ToResponse(Training t) => new(t.Id, t.Period, t.Title, t.HeldOn, t.RecipientSupervisorIds.Count, t.AttendedSupervisorIds);
}
