using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Reporting.Awards;

/// <summary>A commissioned task a supervisor reported on (D4), for the award ranking (R7).</summary>
public sealed class TaskFact
{
    public Guid TaskId { get; init; }
    public Guid SupervisorId { get; init; }
    public int Year { get; init; }
}

internal sealed class TaskFactConfiguration : IEntityTypeConfiguration<TaskFact>
{
    public void Configure(EntityTypeBuilder<TaskFact> builder)
    {
        builder.ToTable("task_facts");
        builder.HasKey(t => new { t.TaskId, t.SupervisorId });
        builder.HasIndex(t => t.Year);
    }
}
