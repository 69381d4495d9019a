using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Supervisors;

public enum SupervisorStatus
{
    Active,
    TermEnded,
    Dismissed,
}

/// <summary>An appointed volunteer supervisor (监督员) with a two-year term (R3, R4) and a record of actions (R5).</summary>
public sealed class Supervisor
{
    public static readonly int TermYears = 2;

    public Guid Id { get; private init; }
    public Guid NominationId { get; private init; }
    public string Name { get; private init; } = "";
    public string NominatingUnit { get; private init; } = "";
    public string Background { get; private init; } = "";
    public bool SmallOrMediumEnterprise { get; private init; }
    public string? Email { get; private init; }
    public string CertificateNumber { get; private set; } = "";
    public DateOnly TermStart { get; private set; }
    public DateOnly TermEnd { get; private set; }
    public SupervisorStatus Status { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    /// <summary>The smallest "days left" warning already sent for this term (60, then 30).</summary>
    public int? TermWarningSentAt { get; private set; }
    public List<SupervisorAction> Actions { get; private set; } = [];
    /// <summary>Earlier terms on the same file, oldest first.</summary>
    public List<PastTerm> PastTerms { get; private set; } = [];

    private Supervisor()
    {
    }

    /// <summary>The term runs two years: appointed on 2026-11-26, it ends with 2028-11-25.</summary>
    public static DateOnly TermEndFor(DateOnly termStart) => termStart.AddYears(TermYears).AddDays(-1);

    public static Supervisor Appoint(Guid id, Guid nominationId, string name, string nominatingUnit, string background, bool sme,
        string? email, string certificateNumber, DateOnly appointedOn) => new()
    {
        Id = id,
        NominationId = nominationId,
        Name = name,
        NominatingUnit = nominatingUnit,
        Background = background,
        SmallOrMediumEnterprise = sme,
        Email = email,
        CertificateNumber = certificateNumber,
        TermStart = appointedOn,
        TermEnd = TermEndFor(appointedOn),
        Status = SupervisorStatus.Active,
    };

    /// <summary>
    /// What the calendar says about the term on <paramref name="today"/> (a district date): it ends
    /// by itself once its last day is over (自动解聘), and warns 60 and 30 days before. Each notice is
    /// given once; a check that was missed (service down) catches up with the one that applies now.
    /// </summary>
    public TermNotice? ReviewTerm(DateOnly today, DateTimeOffset now)
    {
        if (Status != SupervisorStatus.Active)
        {
            return null;
        }
        if (today > TermEnd)
        {
            Status = SupervisorStatus.TermEnded;
            EndedAt = now;
            return new TermNotice.Ended(TermEnd);
        }
        var daysLeft = TermEnd.DayNumber - today.DayNumber;
        foreach (var threshold in TermWarningDays)
        {
            if (daysLeft <= threshold && (TermWarningSentAt is null || TermWarningSentAt > threshold))
            {
                TermWarningSentAt = threshold;
                return new TermNotice.Ending(threshold, daysLeft);
            }
        }
        return null;
    }

    /// <summary>
    /// A new two-year term on the same file (R4) with a new certificate. Only once the previous term
    /// has ended by itself; a dismissed supervisor is not reappointed.
    /// </summary>
    public void Reappoint(string certificateNumber, DateOnly appointedOn)
    {
        if (Status != SupervisorStatus.TermEnded)
        {
            throw new IllegalTransitionException("只有聘期已满的监督员可以续聘。");
        }
        if (appointedOn <= TermEnd)
        {
            throw new IllegalTransitionException("续聘日期须在上一聘期结束之后。");
        }
        PastTerms.Add(new PastTerm(CertificateNumber, TermStart, TermEnd));
        CertificateNumber = certificateNumber;
        TermStart = appointedOn;
        TermEnd = TermEndFor(appointedOn);
        Status = SupervisorStatus.Active;
        EndedAt = null;
        TermWarningSentAt = null;
    }

    /// <summary>Warnings before a term ends, smallest last (R4).</summary>
    public static readonly int[] TermWarningDays = [30, 60];

    /// <summary>Records an Art. 9 action; termination and dismissal end the supervisor's service at once.</summary>
    public SupervisorAction Record(SupervisorActionKind kind, SupervisorReason reason, string? note, DateOnly on, string recordedBy, DateTimeOffset now)
    {
        if (Status != SupervisorStatus.Active)
        {
            throw new IllegalTransitionException("该监督员已不在聘期内，不能再作调整或处理。");
        }
        var action = new SupervisorAction(Guid.CreateVersion7(), kind, reason, note, on, recordedBy, now);
        Actions.Add(action);
        if (action.EndsService)
        {
            Status = SupervisorStatus.Dismissed;
            EndedAt = now;
        }
        return action;
    }
}

public sealed record PastTerm(string CertificateNumber, DateOnly TermStart, DateOnly TermEnd);

public abstract record TermNotice
{
    public sealed record Ending(int Threshold, int DaysLeft) : TermNotice;
    public sealed record Ended(DateOnly TermEnd) : TermNotice;
}

public enum SupervisorActionKind
{
    Adjustment,
    Criticism,
    ReminderTalk,
    Termination,
    Dismissal,
}

/// <summary>Art. 9 grounds.</summary>
public enum SupervisorReason
{
    Application,
    DisciplineViolation,
    HealthOrWork,
    IllegalActivity,
}

public sealed record SupervisorAction(
    Guid Id, SupervisorActionKind Kind, SupervisorReason Reason, string? Note, DateOnly On, string RecordedBy, DateTimeOffset RecordedAt)
{
    public bool EndsService => Kind is SupervisorActionKind.Termination or SupervisorActionKind.Dismissal;
}

internal sealed class SupervisorConfiguration : IEntityTypeConfiguration<Supervisor>
{
    public void Configure(EntityTypeBuilder<Supervisor> builder)
    {
        builder.ToTable("supervisors");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(50);
        builder.Property(s => s.NominatingUnit).HasMaxLength(40);
        builder.Property(s => s.Background).HasMaxLength(30);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.CertificateNumber).HasMaxLength(20);
        builder.HasIndex(s => s.CertificateNumber).IsUnique();
        builder.HasIndex(s => s.NominationId).IsUnique();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.OwnsMany(s => s.PastTerms, term => term.ToJson());
        builder.OwnsMany(s => s.Actions, action =>
        {
            action.ToJson();
            action.Property(a => a.Kind).HasConversion<string>();
            action.Property(a => a.Reason).HasConversion<string>();
            action.Ignore(a => a.EndsService);
        });
        builder.HasIndex(s => new { s.Status, s.TermEnd });
    }
}
