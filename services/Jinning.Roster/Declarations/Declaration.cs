using Jinning.Contracts.V1;
using Jinning.Roster.Data;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Declarations;

/// <summary>What Art. 7 asks a supervisor to declare (R8).</summary>
public enum DeclarationKind
{
    /// <summary>A gift offered by a supervised unit (Art. 7.4): declared, and how it was handled.</summary>
    Gift,
    /// <summary>A relation with a supervised unit or person that could bias the supervisor (Art. 7.3).</summary>
    ConflictOfInterest,
    /// <summary>Speaking or publishing as a supervisor, which needs the office's consent first (Art. 7.5).</summary>
    PublicStatement,
}

public enum DeclarationStatus
{
    /// <summary>On the file; nothing to decide (gifts, conflicts of interest).</summary>
    Recorded,
    /// <summary>A public statement waiting for the office.</summary>
    Pending,
    Approved,
    Refused,
}

/// <summary>
/// A declaration under Art. 7 on the supervisor's personal file (R8). The transition table is
/// <see cref="DeclarationTransitions"/>: only a public statement waits for a decision.
/// </summary>
public sealed class Declaration : Aggregate
{
    public Guid Id { get; private init; }
    public Guid SupervisorId { get; private init; }
    public DeclarationKind Kind { get; private init; }
    public string Summary { get; private init; } = "";
    public string Details { get; private init; } = "";
    /// <summary>When the gift was offered, the interest arose, or the statement is to be made.</summary>
    public DateOnly? OccurredOn { get; private init; }
    /// <summary>Who offered the gift, or with whom the interest is.</summary>
    public string? Counterparty { get; private init; }
    /// <summary>A gift's estimated value in yuan.</summary>
    public decimal? EstimatedValue { get; private init; }
    public DeclarationStatus Status { get; private set; }
    public DateTimeOffset FiledAt { get; private init; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }

    public bool NeedsApproval => Kind == DeclarationKind.PublicStatement;

    private Declaration()
    {
    }

    public static Declaration File(Guid id, Supervisor supervisor, DeclarationKind kind, string summary, string details,
        DateOnly? occurredOn,
        string? counterparty, decimal? estimatedValue, DateTimeOffset now)
    {
        supervisor.EnsureCanApply();
        var declaration = new Declaration
        {
            Id = id, SupervisorId = supervisor.Id, Kind = kind, Summary = summary, Details = details, OccurredOn = occurredOn,
            Counterparty = counterparty, EstimatedValue = estimatedValue, FiledAt = now,
            Status = kind == DeclarationKind.PublicStatement ? DeclarationStatus.Pending : DeclarationStatus.Recorded,
        };
        declaration.Raise(new DeclarationFiled
        {
            DeclarationId = id, SupervisorId = supervisor.Id, CertificateNumber = supervisor.CertificateNumber, Name = supervisor.Name,
            Kind = KebabEnum.Format(kind), Summary = summary, NeedsApproval = declaration.NeedsApproval, OccurredAt = now,
        });
        return declaration;
    }

    public void Approve(string? note, string decidedBy, DateTimeOffset now) => Decide(DeclarationTransitions.Approve,
        DeclarationStatus.Approved, note, decidedBy, now);

    public void Refuse(string? note, string decidedBy, DateTimeOffset now) => Decide(DeclarationTransitions.Refuse,
        DeclarationStatus.Refused, note, decidedBy, now);

    private void Decide(string action, DeclarationStatus next, string? note, string decidedBy, DateTimeOffset now)
    {
        if (!DeclarationTransitions.Allows(Status, action))
        {
            throw new IllegalTransitionException(
                $"该申报当前状态为“{DeclarationTransitions.Label(Status)}”，不能{DeclarationTransitions.ActionLabel(action)}（只有以监督员身份发表言论的申报需要审批）。");
        }
        Status = next;
        DecisionNote = note;
        DecidedBy = decidedBy;
        DecidedAt = now;
        Raise(new DeclarationDecided
        {
            DeclarationId = Id, SupervisorId = SupervisorId, Kind = KebabEnum.Format(Kind), Summary = Summary,
            Approved = next == DeclarationStatus.Approved, Note = note, OccurredAt = now,
        });
    }
}

/// <summary>The declaration state machine in one table.</summary>
public static class DeclarationTransitions
{
    public const string Approve = "approve";
    public const string Refuse = "refuse";

    private static readonly Dictionary<DeclarationStatus, string[]> Legal = new()
    {
        [DeclarationStatus.Recorded] = [],
        [DeclarationStatus.Pending] = [Approve, Refuse],
        [DeclarationStatus.Approved] = [],
        [DeclarationStatus.Refused] = [],
    };

    public static IReadOnlyList<string> Actions { get; } = [Approve, Refuse];

    public static bool Allows(DeclarationStatus status, string action) => Legal[status].Contains(action);

    public static string Label(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Recorded => "已备案",
        DeclarationStatus.Pending => "待审批",
        DeclarationStatus.Approved => "已同意",
        DeclarationStatus.Refused => "不同意",
        _ => status.ToString(),
    };

    public static string ActionLabel(string action) => action switch
    {
        Approve => "同意",
        Refuse => "不同意",
        _ => action,
    };
}

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> builder)
    {
        builder.ToTable("declarations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Summary).HasMaxLength(200);
        builder.Property(d => d.Details).HasMaxLength(5000);
        builder.Property(d => d.Counterparty).HasMaxLength(200);
        builder.Property(d => d.EstimatedValue).HasPrecision(12, 2);
        builder.Property(d => d.DecidedBy).HasMaxLength(64);
        builder.Property(d => d.DecisionNote).HasMaxLength(2000);
        builder.Ignore(d => d.NeedsApproval);
        builder.HasIndex(d => new { d.SupervisorId, d.FiledAt });
        builder.HasIndex(d => new { d.Status, d.FiledAt });
    }
}
