using Jinning.Roster.Attendance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Trainings;

/// <summary>Learning material issued, or a training held, in a half-year (D3, Art. 8.2): who received it, who attended.</summary>
public sealed class Training : IAttendedActivity
{
    public Guid Id { get; init; }
    public required string Period { get; init; }
    public required string Title { get; init; }
    public required string Material { get; init; }
    public DateOnly? HeldOn { get; init; }
    public List<Guid> RecipientSupervisorIds { get; init; } = [];
    public List<Guid> AttendedSupervisorIds { get; set; } = [];
    public DateTimeOffset IssuedAt { get; init; }

    IReadOnlyCollection<Guid> IAttendedActivity.ExpectedSupervisorIds => RecipientSupervisorIds;
    string IAttendedActivity.AttendanceKind => "training";
    int IAttendedActivity.AttendanceYear => int.Parse(Period[..4]);
}

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> builder)
    {
        builder.ToTable("trainings");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Period).HasMaxLength(7);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Material).HasMaxLength(20000);
        builder.HasIndex(t => t.Period);
    }
}
