using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Tasks;

public enum SupervisionTaskKind
{
    /// <summary>专项监督</summary>
    Special,
    /// <summary>重点监督</summary>
    Key,
    /// <summary>明察暗访</summary>
    MysteryVisit,
    /// <summary>投诉举报信息核查</summary>
    ComplaintVerification,
}

/// <summary>Supervision the office commissions from named supervisors (D4, Art. 4.1, 6.3), with each one's result.</summary>
public sealed class SupervisionTask
{
    public Guid Id { get; init; }
    public SupervisionTaskKind Kind { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public DateOnly? DueOn { get; init; }
    public List<Guid> AssignedSupervisorIds { get; init; } = [];
    public List<TaskResult> Results { get; set; } = [];
    public DateTimeOffset AssignedAt { get; init; }
}

public sealed record TaskResult(Guid SupervisorId, string Result, DateTimeOffset SubmittedAt);

internal sealed class SupervisionTaskConfiguration : IEntityTypeConfiguration<SupervisionTask>
{
    public void Configure(EntityTypeBuilder<SupervisionTask> builder)
    {
        builder.ToTable("supervision_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Description).HasMaxLength(5000);
        builder.OwnsMany(t => t.Results, result => result.ToJson());
    }
}
