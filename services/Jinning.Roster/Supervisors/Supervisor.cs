using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.Roster.Applications;
using Jinning.Roster.Data;
using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Supervisors;

public enum SupervisorStatus
{
    Active,
    TermEnded,
    Dismissed,
    /// <summary>The appointment ended by an adjustment (Art. 9.1, 9.3).</summary>
    Adjusted,
    /// <summary>The supervisor's application to resign was approved (Art. 9.1).</summary>
    Resigned,
}

/// <summary>
/// An appointed volunteer supervisor (监督员) with a two-year term (R3, R4) and a record of actions (R5).
/// The transition table is <see cref="SupervisorTransitions"/>.
/// </summary>
public sealed class Supervisor : Aggregate
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

    /// <summary>A first appointment. Announced with the hash of the one-time activation code when one is given.</summary>
    public static Supervisor Appoint(Guid id, Guid nominationId, string name, string nominatingUnit, string background, bool sme,
        string? email, string certificateNumber, DateOnly appointedOn, string? activationCodeHash = null, DateTimeOffset? now = null)
    {
        var supervisor = new Supervisor
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
        if (activationCodeHash is not null && now is { } at)
        {
            supervisor.RaiseAppointed(nominationId, activationCodeHash, at);
        }
        return supervisor;
    }

    /// <summary>
    /// What the calendar says about the term on <paramref name="today"/> (a district date): it ends
    /// by itself once its last day is over (自动解聘), and warns 60 and 30 days before. Each notice is
    /// given once; a check that was missed (service down) catches up with the one that applies now.
    /// </summary>
    public TermNotice? ReviewTerm(DateOnly today, DateTimeOffset now)
    {
        if (!SupervisorTransitions.Allows(Status, SupervisorTransitions.EndTerm))
        {
            return null;
        }
        if (today > TermEnd)
        {
            Move(SupervisorTransitions.EndTerm, SupervisorStatus.TermEnded);
            EndedAt = now;
            Raise(new SupervisorTermEnded
            {
                SupervisorId = Id, CertificateNumber = CertificateNumber, TermEnd = TermEnd, NominatingUnit = NominatingUnit, Name = Name,
                OccurredAt = now,
            }, DeterministicMessageId.For(Id, "term-ended", TermEnd));
            return new TermNotice.Ended(TermEnd);
        }
        var daysLeft = TermEnd.DayNumber - today.DayNumber;
        foreach (var threshold in TermWarningDays)
        {
            if (daysLeft <= threshold && (TermWarningSentAt is null || TermWarningSentAt > threshold))
            {
                TermWarningSentAt = threshold;
                Raise(new SupervisorTermEnding
                {
                    SupervisorId = Id, CertificateNumber = CertificateNumber, TermEnd = TermEnd, DaysLeft = daysLeft, OccurredAt = now,
                }, DeterministicMessageId.For(Id, $"term-ending:{threshold}", TermEnd));
                return new TermNotice.Ending(threshold, daysLeft);
            }
        }
        return null;
    }

    /// <summary>
    /// A new two-year term on the same file (R4, R9) with a new certificate, from a fresh nomination of
    /// the same person that was vetted and approved again. Only once the previous appointment has
    /// ended (term run out, adjusted or resigned); a dismissed supervisor is not reappointed.
    /// </summary>
    public void Reappoint(Guid nominationId, string certificateNumber, DateOnly appointedOn, string activationCodeHash, DateTimeOffset now)
    {
        EnsureAllowed(SupervisorTransitions.Reappoint);
        var lastDay = LastDayOfService();
        if (appointedOn <= lastDay)
        {
            throw new IllegalTransitionException($"续聘日期须在上一聘期结束（{lastDay:yyyy年M月d日}）之后。");
        }
        PastTerms.Add(new PastTerm(CertificateNumber, TermStart, TermEnd, Status, lastDay));
        Move(SupervisorTransitions.Reappoint, SupervisorStatus.Active);
        CertificateNumber = certificateNumber;
        TermStart = appointedOn;
        TermEnd = TermEndFor(appointedOn);
        EndedAt = null;
        TermWarningSentAt = null;
        RaiseAppointed(nominationId, activationCodeHash, now);
    }

    /// <summary>Warnings before a term ends, smallest last (R4).</summary>
    public static readonly int[] TermWarningDays = [30, 60];

    /// <summary>
    /// Records an Art. 9 action on the file and tells the supervisor. Criticism and reminder talks leave
    /// the appointment running; termination and dismissal end it at once, and may refer the supervisor
    /// to the discipline commission; an adjustment ends it and asks the nominating unit for a replacement.
    /// </summary>
    public SupervisorAction Record(SupervisorActionKind kind, SupervisorReason reason, string? note, DateOnly on, string recordedBy,
        DateTimeOffset now, bool referToDiscipline = false)
    {
        if (referToDiscipline && kind is not (SupervisorActionKind.Termination or SupervisorActionKind.Dismissal))
        {
            throw new ArgumentException("Only a termination or dismissal is referred to the discipline commission.",
                nameof(referToDiscipline));
        }
        var action = new SupervisorAction(Guid.CreateVersion7(), kind, reason, note, on, recordedBy, now, referToDiscipline);
        switch (kind)
        {
            case SupervisorActionKind.Criticism or SupervisorActionKind.ReminderTalk:
                Move(SupervisorTransitions.Admonish, Status);
                break;
            case SupervisorActionKind.Adjustment:
                Move(SupervisorTransitions.Adjust, SupervisorStatus.Adjusted);
                EndedAt = now;
                break;
            default:
                Move(SupervisorTransitions.Dismiss, SupervisorStatus.Dismissed);
                EndedAt = now;
                break;
        }
        Actions.Add(action);

        Raise(new SupervisorActionRecorded
        {
            SupervisorId = Id, ActionId = action.Id, CertificateNumber = CertificateNumber, Kind = KebabEnum.Format(kind),
            ReasonCode = KebabEnum.Format(reason), Note = note, On = on, OccurredAt = now,
        });
        if (Status == SupervisorStatus.Dismissed)
        {
            Raise(new SupervisorDismissed
            {
                SupervisorId = Id, CertificateNumber = CertificateNumber, ReasonCode = KebabEnum.Format(reason), Note = note,
                NominatingUnit = NominatingUnit, Name = Name, OccurredAt = now,
            });
        }
        if (Status == SupervisorStatus.Adjusted)
        {
            RaiseServiceEnded(reason, applicationId: null, now);
        }
        if (referToDiscipline)
        {
            Raise(new AccountabilityReferred
            {
                SupervisorId = Id, ActionId = action.Id, CertificateNumber = CertificateNumber, Name = Name,
                ActionKind = KebabEnum.Format(kind),
                ReasonCode = KebabEnum.Format(reason), Note = note, OccurredAt = now,
            });
        }
        return action;
    }

    /// <summary>A written application (Art. 9.1) can only come from a supervisor who is serving.</summary>
    public void EnsureCanApply() => EnsureAllowed(SupervisorTransitions.Apply);

    /// <summary>An approved application ends the appointment: adjusted or resigned, and the unit is asked for a replacement.</summary>
    public void EndOnApplication(SupervisorApplication application, DateTimeOffset now)
    {
        if (application.SupervisorId != Id || application.Status != ApplicationStatus.Approved)
        {
            throw new IllegalTransitionException("只有经批准的本人申请才能据以调整或辞去。");
        }
        var (action, next) = application.Kind == ApplicationKind.Adjustment
            ? (SupervisorTransitions.Adjust, SupervisorStatus.Adjusted)
            : (SupervisorTransitions.Resign, SupervisorStatus.Resigned);
        Move(action, next);
        EndedAt = now;
        RaiseServiceEnded(SupervisorReason.Application, application.Id, now);
    }

    /// <summary>The term's last day, or the day before an early end (dismissal, adjustment, resignation) took effect.</summary>
    public DateOnly LastDayOfService() => Status is SupervisorStatus.Dismissed or SupervisorStatus.Adjusted or SupervisorStatus.Resigned
        && EndedAt is { } ended
            ? DistrictClock.Today(ended).AddDays(-1)
            : TermEnd;

    private void Move(string action, SupervisorStatus next)
    {
        EnsureAllowed(action);
        Status = next;
    }

    private void EnsureAllowed(string action)
    {
        if (!SupervisorTransitions.Allows(Status, action))
        {
            throw new IllegalTransitionException(
                $"监督员当前状态为“{SupervisorTransitions.Label(Status)}”，不能执行“{SupervisorTransitions.ActionLabel(action)}”。");
        }
    }

    private void RaiseAppointed(Guid nominationId, string activationCodeHash, DateTimeOffset now) => Raise(new SupervisorAppointed
    {
        SupervisorId = Id,
        NominationId = nominationId,
        CertificateNumber = CertificateNumber,
        Name = Name,
        NominatingUnit = NominatingUnit,
        Background = Background,
        TermStart = TermStart,
        TermEnd = TermEnd,
        ActivationCodeHash = activationCodeHash,
        Email = Email,
        OccurredAt = now,
    });

    private void RaiseServiceEnded(SupervisorReason reason, Guid? applicationId, DateTimeOffset now)
    {
        var status = KebabEnum.Format(Status);
        Raise(new SupervisorServiceEnded
        {
            SupervisorId = Id, CertificateNumber = CertificateNumber, Status = status, ReasonCode = KebabEnum.Format(reason),
            ApplicationId = applicationId, NominatingUnit = NominatingUnit, OccurredAt = now,
        });
        Raise(new ReplacementRequested
        {
            SupervisorId = Id, CertificateNumber = CertificateNumber, Name = Name, NominatingUnit = NominatingUnit, Reason = status,
            OccurredAt = now,
        });
    }
}

/// <summary>An earlier term on the file: its certificate, its dates, and how and when it ended.</summary>
public sealed record PastTerm(string CertificateNumber, DateOnly TermStart, DateOnly TermEnd, SupervisorStatus? EndedAs = null,
    DateOnly? EndedOn = null);

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
    Guid Id, SupervisorActionKind Kind, SupervisorReason Reason, string? Note, DateOnly On, string RecordedBy, DateTimeOffset RecordedAt,
    bool ReferredToDiscipline = false)
{
    public bool EndsService =>
        Kind is SupervisorActionKind.Termination or SupervisorActionKind.Dismissal or SupervisorActionKind.Adjustment;
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
        builder.OwnsMany(s => s.PastTerms, term =>
        {
            term.ToJson();
            term.Property(t => t.EndedAs).HasConversion<string>();
        });
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
