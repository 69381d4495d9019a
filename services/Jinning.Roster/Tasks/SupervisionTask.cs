using Jinning.Contracts.V1;
using Jinning.Roster.Data;
using Jinning.ServiceDefaults;
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
public sealed class SupervisionTask : Aggregate
{
    public Guid Id { get; init; }
    public SupervisionTaskKind Kind { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public DateOnly? DueOn { get; init; }
    public List<Guid> AssignedSupervisorIds { get; init; } = [];
    public List<TaskResult> Results { get; set; } = [];
    public DateTimeOffset AssignedAt { get; init; }
    /// <summary>For a complaint verification: the issue (in ticketing) whose facts the supervisors check.</summary>
    public Guid? VerifiesIssueId { get; init; }
    public string? VerifiesTrackingNumber { get; init; }

    /// <summary>Commissions the task; each assignee is told (<c>TaskAssigned</c>).</summary>
    public static SupervisionTask Assign(Guid id, SupervisionTaskKind kind, string title, string description, DateOnly? dueOn,
        IReadOnlyList<Guid> assignees, Guid? verifiesIssueId, string? verifiesTrackingNumber, DateTimeOffset now)
    {
        if ((verifiesIssueId is not null || verifiesTrackingNumber is not null) && kind != SupervisionTaskKind.ComplaintVerification)
        {
            throw new ArgumentException("Only a complaint verification names the issue it verifies.", nameof(verifiesIssueId));
        }
        var task = new SupervisionTask
        {
            Id = id, Kind = kind, Title = title, Description = description, DueOn = dueOn, AssignedSupervisorIds = [.. assignees],
            AssignedAt = now, VerifiesIssueId = verifiesIssueId, VerifiesTrackingNumber = verifiesTrackingNumber,
        };
        task.Raise(new TaskAssigned
        {
            TaskId = id, Kind = KebabEnum.Format(kind), Title = title, DueOn = dueOn, SupervisorIds = assignees,
            VerifiesIssueId = verifiesIssueId,
            VerifiesTrackingNumber = verifiesTrackingNumber, OccurredAt = now,
        });
        return task;
    }

    public bool IsAssignedTo(Guid supervisorId) => AssignedSupervisorIds.Contains(supervisorId);

    /// <summary>
    /// An assignee's result; a later report replaces it. The first one counts in the award ranking (<c>TaskResultReported</c>).
    /// </summary>
    public void Report(Guid supervisorId, string result, DateTimeOffset now)
    {
        if (!IsAssignedTo(supervisorId))
        {
            throw new IllegalTransitionException("只有受托监督员可以报告该任务的结果。");
        }
        if (Results.All(r => r.SupervisorId != supervisorId))
        {
            Raise(new TaskResultReported
            {
                TaskId = Id, SupervisorId = supervisorId, Year = DistrictClock.Today(AssignedAt).Year,
                OccurredAt = now
            });
        }
        Results = [.. Results.Where(r => r.SupervisorId != supervisorId), new TaskResult(supervisorId, result, now)];
    }
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
        builder.Property(t => t.VerifiesTrackingNumber).HasMaxLength(32);
        builder.OwnsMany(t => t.Results, result => result.ToJson());
        builder.HasIndex(t => t.AssignedAt);
    }
}
