using Jinning.Roster.Attendance;
using Jinning.Roster.Duties;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Trainings;

/// <summary>
/// Learning material and training (D3, D5): issued to serving supervisors, read by them with a receipt, attendance recorded.
/// </summary>
public static class TrainingsApi
{
    public sealed record TrainingRequest(string? Title, string? Material, DateOnly? HeldOn);
    public sealed record TrainingResponse(Guid Id, string Period, string Title, DateOnly? HeldOn, int Recipients, IReadOnlyList<Guid> AttendedSupervisorIds);
    public sealed record ReadReceipt(Guid TrainingId, Guid SupervisorId, DateTimeOffset ReadAt);
    /// <summary>For the office: how many received and read it. For a supervisor: when they read it and whether they attended.</summary>
    public sealed record TrainingSummary(Guid Id, string Period, string Title, DateOnly? HeldOn, DateTimeOffset IssuedAt, int Recipients,
        int ReadCount,
        DateTimeOffset? ReadAt, bool Attended);
    public sealed record TrainingList(IReadOnlyList<TrainingSummary> Items, int Page, int PageSize, int Total, string Period,
        bool TrainingIssued,
        string? Warning);
    /// <summary>The material itself. A supervisor sees only their own receipt and attendance.</summary>
    public sealed record TrainingDetail(Guid Id, string Period, string Title, string Material, DateOnly? HeldOn, DateTimeOffset IssuedAt,
        int Recipients,
        IReadOnlyList<Guid> AttendedSupervisorIds, IReadOnlyList<ReadReceipt> ReadBy);

    public static IEndpointRouteBuilder MapTrainingsApi(this IEndpointRouteBuilder app)
    {
        var trainings = app.MapGroup("/api/roster/trainings").WithTags("Trainings");
        trainings.MapPost("/", Issue).WithName("IssueTraining").WithSummary("下发学习资料、组织业务培训，送达全体在聘监督员 (D3)")
            .RequireRoles(Roles.Office);
        trainings.MapGet("/", List).WithName("ListTrainings")
            .WithSummary("学习资料与培训（办公室：全部，某半年度没有时给出提醒；监督员：下发给本人的）(D3, D5)")
            .RequireRoles(Roles.Office, Roles.Supervisor);
        trainings.MapGet("/{id:guid}", Get).WithName("GetTraining").WithSummary("查看学习资料（办公室；下发对象）(D5)")
            .RequireRoles(Roles.Office, Roles.Supervisor);
        trainings.MapPost("/{id:guid}/read", MarkRead).WithName("MarkTrainingRead").WithSummary("已阅回执（下发对象）(D5)")
            .RequireRoles(Roles.Supervisor);
        trainings.MapPost("/{id:guid}/attendance", RecordAttendance).WithName("RecordTrainingAttendance").WithSummary("登记参训 (D3)")
            .RequireRoles(Roles.Office);
        return app;
    }

    public static async Task<Results<Created<TrainingResponse>, ValidationProblem>> Issue(
        TrainingRequest request, [AsParameters] RosterServices services)
    {
        var errors = new Dictionary<string, string[]>();
        var title = InputText.Required(errors, "title", request.Title, 200, "标题");
        var material = InputText.Required(errors, "material", request.Material, 20000, "学习资料");
        if (request.HeldOn is { Year: < 2000 or > 2100 }) errors["heldOn"] = ["培训日期无效。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var now = services.Time.GetUtcNow();
        var recipients = await services.Db.Supervisors.Where(s => s.Status == SupervisorStatus.Active).Select(s => s.Id)
            .ToListAsync(services.CancellationToken);
        var period = HalfYear.Of(request.HeldOn ?? DistrictClock.Today(now));
        var training = Training.Issue(NewId.NextGuid(), period, title!, material!, request.HeldOn, recipients, now);
        services.Db.Trainings.Add(training);
        await services.SaveAsync();
        return TypedResults.Created($"/api/roster/trainings/{training.Id}", ToResponse(training));
    }

    /// <summary><paramref name="period"/> narrows the list; the warning concerns it, or the current half-year when none is given.</summary>
    public static async Task<Results<Ok<TrainingList>, ValidationProblem>> List(
        [AsParameters] RosterServices services, string? period = null, int page = 1, int pageSize = 20)
    {
        var today = DistrictClock.Today(services.Time.GetUtcNow());
        HalfYear? wanted = null;
        if (period is not null && !HalfYear.TryParse(period, out wanted))
        {
            return DutiesApi.InvalidPeriod(period);
        }
        var concerned = wanted ?? HalfYear.Of(today);

        var query = services.Db.Trainings.AsNoTracking();
        var supervisorId = services.User.IsOffice() ? null : services.User.SupervisorId();
        if (!services.User.IsOffice())
        {
            var reader = supervisorId ?? Guid.Empty;
            query = query.Where(t => t.RecipientSupervisorIds.Contains(reader));
        }
        if (wanted is { } only)
        {
            query = query.Where(t => t.Period == only.ToString());
        }
        var paging = Paging.Of(page, pageSize);
        var total = await query.CountAsync(services.CancellationToken);
        var trainings = await query.OrderByDescending(t => t.IssuedAt).ThenBy(t => t.Id).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(services.CancellationToken);
        var ids = trainings.Select(t => t.Id).ToList();
        var reads = await services.Db.TrainingReads.AsNoTracking().Where(r => ids.Contains(r.TrainingId))
            .ToListAsync(services.CancellationToken);
        var issued = await services.Db.Trainings.AnyAsync(t => t.Period == concerned.ToString(), services.CancellationToken);

        var items = trainings.Select(t => new TrainingSummary(t.Id, t.Period, t.Title, t.HeldOn, t.IssuedAt, t.RecipientSupervisorIds.Count,
            reads.Count(r => r.TrainingId == t.Id),
            reads.FirstOrDefault(r => r.TrainingId == t.Id && r.SupervisorId == supervisorId)?.ReadAt,
            supervisorId is { } own && t.AttendedSupervisorIds.Contains(own))).ToList();
        var warning = services.User.IsOffice() ? TrainingRule.Warning(concerned, today, issued) : null;
        return TypedResults.Ok(new TrainingList(items, paging.Page, paging.PageSize, total, concerned.ToString(), issued, warning));
    }

    /// <summary>A supervisor reads only material issued to them; for anyone else it does not exist.</summary>
    public static async Task<Results<Ok<TrainingDetail>, NotFound>> Get(Guid id, [AsParameters] RosterServices services)
    {
        var training = await services.Db.Trainings.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, services.CancellationToken);
        var supervisorId = services.User.SupervisorId();
        if (training is null || (!services.User.IsOffice() && (supervisorId is null || !training.IsIssuedTo(supervisorId.Value))))
        {
            return TypedResults.NotFound();
        }
        var office = services.User.IsOffice();
        var reads = await services.Db.TrainingReads.AsNoTracking().Where(r => r.TrainingId == id)
            .Where(r => office || r.SupervisorId == supervisorId).OrderBy(r => r.ReadAt).ToListAsync(services.CancellationToken);
        var attended = office ? training.AttendedSupervisorIds : training.AttendedSupervisorIds.Where(a => a == supervisorId).ToList();
        var receipts = reads.Select(r => new ReadReceipt(r.TrainingId, r.SupervisorId, r.ReadAt)).ToList();
        return TypedResults.Ok(new TrainingDetail(training.Id, training.Period, training.Title, training.Material, training.HeldOn,
            training.IssuedAt, training.RecipientSupervisorIds.Count, attended, receipts));
    }

    /// <summary>Reading again keeps the first receipt.</summary>
    public static async Task<Results<Ok<ReadReceipt>, NotFound>> MarkRead(Guid id, [AsParameters] RosterServices services)
    {
        var supervisorId = services.User.SupervisorId();
        var training = await services.Db.Trainings.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, services.CancellationToken);
        if (training is null || supervisorId is not { } reader || !training.IsIssuedTo(reader))
        {
            return TypedResults.NotFound();
        }
        await services.Db.Database.ExecuteSqlAsync($"""
            INSERT INTO training_reads (training_id, supervisor_id, read_at) VALUES ({id}, {reader}, {services.Time.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """, services.CancellationToken);
        var receipt = await services.Db.TrainingReads.AsNoTracking()
            .SingleAsync(r => r.TrainingId == id && r.SupervisorId == reader, services.CancellationToken);
        return TypedResults.Ok(new ReadReceipt(id, reader, receipt.ReadAt));
    }

    public static async Task<Results<Ok<TrainingResponse>, NotFound, ValidationProblem>> RecordAttendance(
        Guid id, AttendanceRequest request, [AsParameters] RosterServices services)
    {
        var training = await services.Db.Trainings.FirstOrDefaultAsync(t => t.Id == id, services.CancellationToken);
        if (training is null)
        {
            return TypedResults.NotFound();
        }
        if (AttendanceRegister.Record(training, request, "只能登记培训对象的参训情况。", services.Outbox, services.Time.GetUtcNow()) is { } errors)
        {
            return InputProblems.Invalid(errors);
        }
        await services.SaveAsync();
        return TypedResults.Ok(ToResponse(training));
    }

    private static TrainingResponse ToResponse(Training t) => new(t.Id, t.Period, t.Title, t.HeldOn, t.RecipientSupervisorIds.Count, t.AttendedSupervisorIds);
}
