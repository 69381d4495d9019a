using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Reporting.Awards;

/// <summary>Who attended a meeting or a training, for the award ranking (R7).</summary>
public sealed class AttendanceFact
{
    public Guid ActivityId { get; init; }
    public Guid SupervisorId { get; init; }
    /// <summary><c>meeting</c> or <c>training</c>.</summary>
    public required string Kind { get; init; }
    public int Year { get; init; }
}

internal sealed class AttendanceFactConfiguration : IEntityTypeConfiguration<AttendanceFact>
{
    public void Configure(EntityTypeBuilder<AttendanceFact> builder)
    {
        builder.ToTable("attendance_facts");
        builder.HasKey(a => new { a.ActivityId, a.SupervisorId });
        builder.Property(a => a.Kind).HasMaxLength(20);
        builder.HasIndex(a => a.Year);
    }
}
