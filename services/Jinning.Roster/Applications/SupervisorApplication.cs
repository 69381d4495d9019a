using Jinning.Contracts.V1;
using Jinning.Roster.Data;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Applications;

public enum ApplicationKind
{
    /// <summary>调整: the supervisor cannot serve normally for a while (Art. 9.1).</summary>
    Adjustment,
    /// <summary>辞去: the supervisor asks to leave.</summary>
    Resignation,
}

public enum ApplicationStatus
{
    Pending,
    Approved,
    Refused,
}

/// <summary>
/// A supervisor's written application to be adjusted or to resign (R9, Art. 9.1), and the office's
/// decision. The transition table is <see cref="ApplicationTransitions"/>; an approved one ends the
/// appointment (<see cref="Supervisor.EndOnApplication"/>).
/// </summary>
public sealed class SupervisorApplication : Aggregate
{
    public Guid Id { get; private init; }
    public Guid SupervisorId { get; private init; }
    public ApplicationKind Kind { get; private init; }
    public string Reason { get; private init; } = "";
    public ApplicationStatus Status { get; private set; }
    public DateTimeOffset FiledAt { get; private init; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }

    private SupervisorApplication()
    {
    }

    public static SupervisorApplication File(Guid id, Supervisor supervisor, ApplicationKind kind, string reason, DateTimeOffset now)
    {
        supervisor.EnsureCanApply();
        var application = new SupervisorApplication
        {
            Id = id, SupervisorId = supervisor.Id, Kind = kind, Reason = reason, Status = ApplicationStatus.Pending, FiledAt = now,
        };
        application.Raise(new SupervisorApplicationFiled
        {
            ApplicationId = id, SupervisorId = supervisor.Id, CertificateNumber = supervisor.CertificateNumber, Name = supervisor.Name,
            Kind = KebabEnum.Format(kind), Reason = reason, OccurredAt = now,
        });
        return application;
    }

    public void Approve(string? note, string decidedBy, DateTimeOffset now) => Decide(ApplicationTransitions.Approve,
        ApplicationStatus.Approved, note, decidedBy, now);

    public void Refuse(string? note, string decidedBy, DateTimeOffset now) => Decide(ApplicationTransitions.Refuse,
        ApplicationStatus.Refused, note, decidedBy, now);

    private void Decide(string action, ApplicationStatus next, string? note, string decidedBy, DateTimeOffset now)
    {
        if (!ApplicationTransitions.Allows(Status, action))
        {
            throw new IllegalTransitionException(
                $"该申请已{ApplicationTransitions.Label(Status)}，不能再{ApplicationTransitions.ActionLabel(action)}。");
        }
        Status = next;
        DecisionNote = note;
        DecidedBy = decidedBy;
        DecidedAt = now;
        Raise(new SupervisorApplicationDecided
        {
            ApplicationId = Id, SupervisorId = SupervisorId, Kind = KebabEnum.Format(Kind), Approved = next == ApplicationStatus.Approved,
            Note = note, OccurredAt = now,
        });
    }
}

/// <summary>The application state machine in one table.</summary>
public static class ApplicationTransitions
{
    public const string Approve = "approve";
    public const string Refuse = "refuse";

    private static readonly Dictionary<ApplicationStatus, string[]> Legal = new()
    {
        [ApplicationStatus.Pending] = [Approve, Refuse],
        [ApplicationStatus.Approved] = [],
        [ApplicationStatus.Refused] = [],
    };

    public static IReadOnlyList<string> Actions { get; } = [Approve, Refuse];

    public static bool Allows(ApplicationStatus status, string action) => Legal[status].Contains(action);

    public static string Label(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Pending => "待审批",
        ApplicationStatus.Approved => "批准",
        ApplicationStatus.Refused => "不予批准",
        _ => status.ToString(),
    };

    public static string ActionLabel(string action) => action switch
    {
        Approve => "批准",
        Refuse => "不予批准",
        _ => action,
    };
}

internal sealed class SupervisorApplicationConfiguration : IEntityTypeConfiguration<SupervisorApplication>
{
    public void Configure(EntityTypeBuilder<SupervisorApplication> builder)
    {
        builder.ToTable("supervisor_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Reason).HasMaxLength(2000);
        builder.Property(a => a.DecidedBy).HasMaxLength(64);
        builder.Property(a => a.DecisionNote).HasMaxLength(2000);
        builder.HasIndex(a => new { a.Status, a.FiledAt });
        builder.HasIndex(a => new { a.SupervisorId, a.FiledAt });
        // One open application per supervisor, whatever races.
        builder.HasIndex(a => a.SupervisorId).IsUnique().HasFilter("status = 'Pending'")
            .HasDatabaseName("ix_supervisor_applications_one_pending");
    }
}
