using Jinning.Roster.Attendance;
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

/// <summary>A meeting of supervisors (D2): who was invited, who attended.</summary>
public sealed class Meeting : IAttendedActivity
{
    public Guid Id { get; init; }
    public MeetingKind Kind { get; init; }
    public required string Title { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public string? Place { get; init; }
    public List<Guid> InvitedSupervisorIds { get; init; } = [];
    public List<Guid> AttendedSupervisorIds { get; set; } = [];
    public DateTimeOffset ScheduledAt { get; init; }

    IReadOnlyCollection<Guid> IAttendedActivity.ExpectedSupervisorIds => InvitedSupervisorIds;
    string IAttendedActivity.AttendanceKind => "meeting";
    int IAttendedActivity.AttendanceYear => DistrictClock.Today(StartsAt).Year;
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
        builder.HasIndex(m => m.StartsAt);
    }
}
