using Jinning.Contracts.V1;
using Jinning.Roster.Attendance;
using Jinning.Roster.Data;
using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Meetings;

public enum MeetingKind
{
    /// <summary>座谈会: at least one a year (Art. 4.3).</summary>
    Symposium,
    /// <summary>Called at any time for special matters.</summary>
    Special,
}

/// <summary>What a supervisor reported at a meeting (Art. 4.3: 听取义务监督员工作开展情况汇报).</summary>
public sealed record MeetingReport(Guid SupervisorId, string Summary);

/// <summary>
/// A meeting of supervisors (D2): who was invited, who attended, and once held, its minutes and what each supervisor reported.
/// </summary>
public sealed class Meeting : Aggregate, IAttendedActivity
{
    public Guid Id { get; init; }
    public MeetingKind Kind { get; init; }
    public required string Title { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public string? Place { get; init; }
    public List<Guid> InvitedSupervisorIds { get; init; } = [];
    public List<Guid> AttendedSupervisorIds { get; set; } = [];
    public DateTimeOffset ScheduledAt { get; init; }
    /// <summary>Set once the minutes are recorded: the meeting was held (and counts for the yearly symposium rule).</summary>
    public DateOnly? HeldOn { get; private set; }
    public string? Minutes { get; private set; }
    public List<MeetingReport> Reports { get; private set; } = [];
    public DateTimeOffset? MinutesRecordedAt { get; private set; }
    public string? MinutesRecordedBy { get; private set; }

    IReadOnlyCollection<Guid> IAttendedActivity.ExpectedSupervisorIds => InvitedSupervisorIds;
    string IAttendedActivity.AttendanceKind => "meeting";
    int IAttendedActivity.AttendanceYear => DistrictClock.Today(StartsAt).Year;

    public static Meeting Schedule(Guid id, MeetingKind kind, string title, DateTimeOffset startsAt, string? place,
        IReadOnlyList<Guid> invited,
        DateTimeOffset now)
    {
        var meeting = new Meeting
        {
            Id = id, Kind = kind, Title = title, StartsAt = startsAt.ToUniversalTime(), Place = place, InvitedSupervisorIds = [.. invited],
            ScheduledAt = now,
        };
        meeting.Raise(new MeetingScheduled
        {
            MeetingId = id, Kind = KebabEnum.Format(kind), Title = title, StartsAt = meeting.StartsAt, Place = place,
            InvitedSupervisorIds = invited,
            OccurredAt = now,
        });
        return meeting;
    }

    /// <summary>
    /// Records that the meeting was held, its minutes and what supervisors reported. Recording again
    /// corrects the minutes; reports can only come from invited supervisors.
    /// </summary>
    public void RecordMinutes(DateOnly heldOn, string minutes, IReadOnlyList<MeetingReport> reports, string recordedBy, DateTimeOffset now)
    {
        if (reports.Any(r => !InvitedSupervisorIds.Contains(r.SupervisorId)))
        {
            throw new ArgumentException("Reports come only from invited supervisors.", nameof(reports));
        }
        HeldOn = heldOn;
        Minutes = minutes;
        Reports = [.. reports];
        MinutesRecordedAt = now;
        MinutesRecordedBy = recordedBy;
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.Minutes).HasMaxLength(20000);
        builder.Property(m => m.MinutesRecordedBy).HasMaxLength(64);
        builder.OwnsMany(m => m.Reports, report => report.ToJson());
        builder.HasIndex(m => m.StartsAt);
        builder.HasIndex(m => m.HeldOn);
    }
}
