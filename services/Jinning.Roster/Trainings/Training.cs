using Jinning.Contracts.V1;
using Jinning.Roster.Attendance;
using Jinning.Roster.Data;
using Jinning.Roster.Duties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Trainings;

/// <summary>Learning material issued, or a training held, in a half-year (D3, Art. 8.2): who received it, who attended.</summary>
public sealed class Training : Aggregate, IAttendedActivity
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

    /// <summary>Issues the material to every supervisor serving now (<paramref name="recipients"/>), who is told to read it.</summary>
    public static Training Issue(Guid id, HalfYear period, string title, string material, DateOnly? heldOn, IReadOnlyList<Guid> recipients,
        DateTimeOffset now)
    {
        var training = new Training
        {
            Id = id, Period = period.ToString(), Title = title, Material = material, HeldOn = heldOn,
            RecipientSupervisorIds = [.. recipients],
            IssuedAt = now,
        };
        training.Raise(new TrainingIssued
        {
            TrainingId = id, Period = training.Period, Title = title, SupervisorIds = recipients,
            OccurredAt = now
        });
        return training;
    }

    public bool IsIssuedTo(Guid supervisorId) => RecipientSupervisorIds.Contains(supervisorId);
}

/// <summary>That a supervisor opened the material (a read receipt): the first time is kept.</summary>
public sealed class TrainingRead
{
    public Guid TrainingId { get; init; }
    public Guid SupervisorId { get; init; }
    public DateTimeOffset ReadAt { get; init; }
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

internal sealed class TrainingReadConfiguration : IEntityTypeConfiguration<TrainingRead>
{
    public void Configure(EntityTypeBuilder<TrainingRead> builder)
    {
        builder.ToTable("training_reads");
        builder.HasKey(r => new { r.TrainingId, r.SupervisorId });
    }
}
