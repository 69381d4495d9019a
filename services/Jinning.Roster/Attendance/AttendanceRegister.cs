using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;

namespace Jinning.Roster.Attendance;

public sealed record AttendanceRequest(IReadOnlyList<Guid>? SupervisorIds);

/// <summary>Something supervisors are expected at and whose attendance the office records: a meeting (D2) or a training (D3).</summary>
public interface IAttendedActivity
{
    Guid Id { get; }
    IReadOnlyCollection<Guid> ExpectedSupervisorIds { get; }
    List<Guid> AttendedSupervisorIds { get; set; }
    /// <summary><c>meeting</c> or <c>training</c>, as <c>AttendanceRecorded</c> names it.</summary>
    string AttendanceKind { get; }
    /// <summary>The year the attendance counts for in the award ranking.</summary>
    int AttendanceYear { get; }
}

public static class AttendanceRegister
{
    /// <summary>
    /// Replaces who attended with the list given, only supervisors who were expected, and announces
    /// the whole list (<c>AttendanceRecorded</c>). Returns the field errors, or null once recorded; the caller saves.
    /// </summary>
    public static Dictionary<string, string[]>? Record(IAttendedActivity activity, AttendanceRequest request, string notExpected, IOutbox outbox, DateTimeOffset now)
    {
        var attended = (request.SupervisorIds ?? []).Distinct().ToList();
        if (attended.Except(activity.ExpectedSupervisorIds).Any())
        {
            return new Dictionary<string, string[]> { ["supervisorIds"] = [notExpected] };
        }
        activity.AttendedSupervisorIds = attended;
        outbox.Publish(new AttendanceRecorded
        {
            ActivityId = activity.Id, Kind = activity.AttendanceKind, Year = activity.AttendanceYear, AttendedSupervisorIds = attended, OccurredAt = now,
        });
        return null;
    }
}
