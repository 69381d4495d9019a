using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.Roster.Attendance;
using Jinning.Roster.Data;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Meetings;

/// <summary>Symposiums and special meetings, invitations and attendance (D2).</summary>
public static class MeetingsApi
{
    public sealed record MeetingRequest(string? Kind, string? Title, DateTimeOffset? StartsAt, string? Place, IReadOnlyList<Guid>? InvitedSupervisorIds);
    public sealed record MeetingResponse(Guid Id, MeetingKind Kind, string Title, DateTimeOffset StartsAt, string? Place,
        IReadOnlyList<Guid> InvitedSupervisorIds, IReadOnlyList<Guid> AttendedSupervisorIds);
    public sealed record YearOfMeetings(int Year, bool SymposiumScheduled, string? Warning, IReadOnlyList<MeetingResponse> Meetings);

    public static IEndpointRouteBuilder MapMeetingsApi(this IEndpointRouteBuilder app)
    {
        var meetings = app.MapGroup("/api/roster/meetings").WithTags("Meetings").RequireRoles(Roles.Office);
        meetings.MapPost("/", Schedule).WithName("ScheduleMeeting").WithSummary("召开座谈会或专题会议，邀请监督员 (D2)");
        meetings.MapGet("/", ListYear).WithName("ListMeetings").WithSummary("某年的会议；当年未安排座谈会时给出提醒 (D2)");
        meetings.MapPost("/{id:guid}/attendance", RecordAttendance).WithName("RecordMeetingAttendance").WithSummary("登记出席 (D2)");
        return app;
    }

    public static async Task<Results<Created<MeetingResponse>, ValidationProblem>> Schedule(
        MeetingRequest request, RosterDbContext db, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = KebabEnum.Parse<MeetingKind>(errors, "kind", request.Kind, "会议类型");
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200) errors["title"] = ["会议名称不能为空，且不超过 200 字。"];
        if (request.StartsAt is null) errors["startsAt"] = ["须填写会议时间。"];
        if (request.Place?.Length > 200) errors["place"] = ["地点不超过 200 字。"];
        var invited = (request.InvitedSupervisorIds ?? []).Distinct().ToList();
        var active = await db.Supervisors.Where(s => invited.Contains(s.Id) && s.Status == SupervisorStatus.Active).Select(s => s.Id).ToListAsync(cancellationToken);
        if (active.Count != invited.Count) errors["invitedSupervisorIds"] = ["只能邀请在聘的监督员。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var meeting = new Meeting
        {
            Id = NewId.NextGuid(), Kind = kind!.Value, Title = request.Title!.Trim(), StartsAt = request.StartsAt!.Value.ToUniversalTime(),
            Place = request.Place?.Trim(), InvitedSupervisorIds = invited, ScheduledAt = now,
        };
        db.Meetings.Add(meeting);
        outbox.Publish(new MeetingScheduled
        {
            MeetingId = meeting.Id, Kind = KebabEnum.Format(meeting.Kind), Title = meeting.Title, StartsAt = meeting.StartsAt,
            Place = meeting.Place, InvitedSupervisorIds = invited, OccurredAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/roster/meetings/{meeting.Id}", ToResponse(meeting));
    }

    public static async Task<Ok<YearOfMeetings>> ListYear(RosterDbContext db, TimeProvider time, CancellationToken cancellationToken, int? year = null)
    {
        var wanted = year ?? DistrictClock.Today(time.GetUtcNow()).Year;
        var from = DistrictClock.StartOf(new DateOnly(wanted, 1, 1)).ToUniversalTime();
        var until = DistrictClock.StartOf(new DateOnly(wanted + 1, 1, 1)).ToUniversalTime();
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.StartsAt >= from && m.StartsAt < until).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
        var symposium = meetings.Any(m => m.Kind == MeetingKind.Symposium);
        return TypedResults.Ok(new YearOfMeetings(wanted, symposium,
            symposium ? null : $"{wanted} 年尚未安排义务监督员工作座谈会（制度第四条第三项要求每年至少召开一次）。",
            meetings.Select(ToResponse).ToList()));
    }

    public static async Task<Results<Ok<MeetingResponse>, NotFound, ValidationProblem>> RecordAttendance(
        Guid id, AttendanceRequest request, RosterDbContext db, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return TypedResults.NotFound();
        }
        if (AttendanceRegister.Record(meeting, request, "只能登记受邀监督员的出席情况。", outbox, time.GetUtcNow()) is { } errors)
        {
            return InputProblems.Invalid(errors);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(meeting));
    }

    private static MeetingResponse ToResponse(Meeting m) => new(m.Id, m.Kind, m.Title, m.StartsAt, m.Place, m.InvitedSupervisorIds, m.AttendedSupervisorIds);
}
