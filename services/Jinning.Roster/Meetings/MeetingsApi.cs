using Jinning.Roster.Attendance;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Meetings;

/// <summary>Symposiums and special meetings, invitations, attendance and minutes (D2, D5).</summary>
public static class MeetingsApi
{
    public sealed record MeetingRequest(string? Kind, string? Title, DateTimeOffset? StartsAt, string? Place, IReadOnlyList<Guid>? InvitedSupervisorIds);
    public sealed record MinutesRequest(DateOnly? HeldOn, string? Minutes, IReadOnlyList<ReportInput?>? Reports);
    public sealed record ReportInput(Guid? SupervisorId, string? Summary);
    public sealed record MeetingResponse(Guid Id, MeetingKind Kind, string Title, DateTimeOffset StartsAt, string? Place,
        IReadOnlyList<Guid> InvitedSupervisorIds, IReadOnlyList<Guid> AttendedSupervisorIds, DateOnly? HeldOn, bool MinutesRecorded);
    public sealed record MeetingDetail(Guid Id, MeetingKind Kind, string Title, DateTimeOffset StartsAt, string? Place,
        IReadOnlyList<Guid> InvitedSupervisorIds, IReadOnlyList<Guid> AttendedSupervisorIds, DateOnly? HeldOn, string? Minutes,
        IReadOnlyList<MeetingReport> Reports, DateTimeOffset? MinutesRecordedAt);
    public sealed record YearOfMeetings(int Year, bool SymposiumScheduled, string? Warning, IReadOnlyList<MeetingResponse> Meetings,
        bool SymposiumHeld);

    public static IEndpointRouteBuilder MapMeetingsApi(this IEndpointRouteBuilder app)
    {
        var meetings = app.MapGroup("/api/roster/meetings").WithTags("Meetings").RequireRoles(Roles.Office);
        meetings.MapPost("/", Schedule).WithName("ScheduleMeeting").WithSummary("召开座谈会或专题会议，邀请监督员 (D2)");
        meetings.MapGet("/", ListYear).WithName("ListMeetings").WithSummary("某年的会议；自 10 月起当年仍未召开座谈会时给出提醒 (D2)");
        meetings.MapGet("/{id:guid}", Get).WithName("GetMeeting").WithSummary("会议详情与纪要 (D2, D5)");
        meetings.MapPost("/{id:guid}/attendance", RecordAttendance).WithName("RecordMeetingAttendance").WithSummary("登记出席 (D2)");
        meetings.MapPost("/{id:guid}/minutes", RecordMinutes).WithName("RecordMeetingMinutes")
            .WithSummary("登记会议召开日期、纪要和监督员汇报情况；座谈会据此计为已召开 (D2, D5)");
        return app;
    }

    public static async Task<Results<Created<MeetingResponse>, ValidationProblem>> Schedule(
        MeetingRequest request, [AsParameters] RosterServices services)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = KebabEnum.Parse<MeetingKind>(errors, "kind", request.Kind, "会议类型");
        var title = InputText.Required(errors, "title", request.Title, 200, "会议名称");
        if (request.StartsAt is not { Year: >= 2000 and <= 2100 }) errors["startsAt"] = ["须填写会议时间。"];
        var place = InputText.Optional(errors, "place", request.Place, 200, "地点");
        var invited = (request.InvitedSupervisorIds ?? []).Distinct().ToList();
        var active = await services.Db.Supervisors.Where(s => invited.Contains(s.Id) && s.Status == SupervisorStatus.Active)
            .Select(s => s.Id)
            .ToListAsync(services.CancellationToken);
        if (active.Count != invited.Count) errors["invitedSupervisorIds"] = ["只能邀请在聘的监督员。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var meeting = Meeting.Schedule(NewId.NextGuid(), kind!.Value, title!, request.StartsAt!.Value, place, invited,
            services.Time.GetUtcNow());
        services.Db.Meetings.Add(meeting);
        await services.SaveAsync();
        return TypedResults.Created($"/api/roster/meetings/{meeting.Id}", ToResponse(meeting));
    }

    public static async Task<Results<Ok<YearOfMeetings>, ValidationProblem>> ListYear(
        [AsParameters] RosterServices services, int? year = null)
    {
        var today = DistrictClock.Today(services.Time.GetUtcNow());
        var wanted = year ?? today.Year;
        if (wanted is < 2000 or > 2100)
        {
            return InputProblems.Invalid("year", "年度无效。");
        }
        var from = DistrictClock.StartOf(new DateOnly(wanted, 1, 1)).ToUniversalTime();
        var until = DistrictClock.StartOf(new DateOnly(wanted + 1, 1, 1)).ToUniversalTime();
        var meetings = await services.Db.Meetings.AsNoTracking().Where(m => m.StartsAt >= from && m.StartsAt < until)
            .OrderBy(m => m.StartsAt)
            .ToListAsync(services.CancellationToken);
        var held = await services.Db.Meetings.AnyAsync(m => m.Kind == MeetingKind.Symposium
            && m.HeldOn >= new DateOnly(wanted, 1, 1) && m.HeldOn <= new DateOnly(wanted, 12, 31), services.CancellationToken);
        var scheduled = meetings.Any(m => m.Kind == MeetingKind.Symposium);
        return TypedResults.Ok(new YearOfMeetings(wanted, scheduled, SymposiumRule.Warning(wanted, today, held, scheduled),
            meetings.Select(ToResponse).ToList(), held));
    }

    public static async Task<Results<Ok<MeetingDetail>, NotFound>> Get(Guid id, [AsParameters] RosterServices services)
    {
        var meeting = await services.Db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, services.CancellationToken);
        return meeting is null ? TypedResults.NotFound() : TypedResults.Ok(ToDetail(meeting));
    }

    public static async Task<Results<Ok<MeetingResponse>, NotFound, ValidationProblem>> RecordAttendance(
        Guid id, AttendanceRequest request, [AsParameters] RosterServices services)
    {
        var meeting = await services.Db.Meetings.FirstOrDefaultAsync(m => m.Id == id, services.CancellationToken);
        if (meeting is null)
        {
            return TypedResults.NotFound();
        }
        if (AttendanceRegister.Record(meeting, request, "只能登记受邀监督员的出席情况。", services.Outbox, services.Time.GetUtcNow()) is { } errors)
        {
            return InputProblems.Invalid(errors);
        }
        await services.SaveAsync();
        return TypedResults.Ok(ToResponse(meeting));
    }

    public static async Task<Results<Ok<MeetingDetail>, NotFound, ValidationProblem>> RecordMinutes(
        Guid id, MinutesRequest request, [AsParameters] RosterServices services)
    {
        var now = services.Time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        if (request.HeldOn is not { Year: >= 2000 } heldOn || heldOn > DistrictClock.Today(now))
            errors["heldOn"] = ["须填写会议召开日期，且不能晚于今天。"];
        var minutes = InputText.Required(errors, "minutes", request.Minutes, 20000, "会议纪要");
        var reports = ParseReports(errors, request.Reports);
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var meeting = await services.Db.Meetings.FirstOrDefaultAsync(m => m.Id == id, services.CancellationToken);
        if (meeting is null)
        {
            return TypedResults.NotFound();
        }
        if (reports.Any(r => !meeting.InvitedSupervisorIds.Contains(r.SupervisorId)))
        {
            return InputProblems.Invalid("reports", "只能登记受邀监督员的汇报。");
        }

        meeting.RecordMinutes(request.HeldOn!.Value, minutes!, reports, services.Actor, now);
        await services.SaveAsync();
        return TypedResults.Ok(ToDetail(meeting));
    }

    private static List<MeetingReport> ParseReports(Dictionary<string, string[]> errors, IReadOnlyList<ReportInput?>? input)
    {
        var reports = new List<MeetingReport>();
        var items = input ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i]?.SupervisorId is not { } supervisorId)
            {
                errors[$"reports[{i}].supervisorId"] = ["须指明汇报的监督员。"];
                continue;
            }
            if (InputText.Required(errors, $"reports[{i}].summary", items[i]!.Summary, 5000, "汇报情况") is { } summary)
            {
                reports.Add(new MeetingReport(supervisorId, summary));
            }
        }
        if (reports.Select(r => r.SupervisorId).Distinct().Count() != reports.Count)
        {
            errors["reports"] = ["每位监督员的汇报只登记一条。"];
        }
        return reports;
    }

    private static MeetingResponse ToResponse(Meeting m) =>
        new(m.Id, m.Kind, m.Title, m.StartsAt, m.Place, m.InvitedSupervisorIds, m.AttendedSupervisorIds, m.HeldOn, m.Minutes is not null);

    private static MeetingDetail ToDetail(Meeting m) => new(m.Id, m.Kind, m.Title, m.StartsAt, m.Place, m.InvitedSupervisorIds,
        m.AttendedSupervisorIds,
        m.HeldOn, m.Minutes, m.Reports, m.MinutesRecordedAt);
}
