using Jinning.Contracts.V1;
using Jinning.Roster.Data;
using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Nominations;

public enum NominationStatus
{
    Nominated,
    Vetted,
    Disqualified,
    Approved,
    Rejected,
    Appointed,
}

/// <summary>Art. 3 backgrounds a candidate may come from.</summary>
public enum CandidateBackground
{
    NpcDeputy,
    CppccMember,
    DemocraticParty,
    Enterprise,
    ChamberOfCommerce,
    Legal,
    Media,
}

/// <summary>Art. 2 (5): what bars a candidate for good.</summary>
public enum DisqualifierKind
{
    PartyDiscipline,
    GovernmentSanction,
    CriminalPenalty,
    CreditBlacklist,
    Other,
}

public sealed record Disqualifier(DisqualifierKind Kind, string Evidence);

/// <summary>
/// A candidate proposed by one of the seven nominating units (R1), vetted against Art. 2 (R2),
/// approved and appointed by the office (R3). The transition table is <see cref="NominationTransitions"/>.
/// </summary>
public sealed class Nomination : Aggregate
{
    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public string IdNumber { get; private init; } = "";
    public string? Phone { get; private init; }
    public string? Email { get; private init; }
    public string Workplace { get; private init; } = "";
    public CandidateBackground Background { get; private init; }
    public bool SmallOrMediumEnterprise { get; private init; }
    public string NominatingUnit { get; private init; } = "";
    public string? Statement { get; private init; }
    public NominationStatus Status { get; private set; }
    public DateTimeOffset NominatedAt { get; private init; }

    public bool? ConditionsMet { get; private set; }
    public List<Disqualifier> Disqualifiers { get; private set; } = [];
    public string? VettingNote { get; private set; }
    public string? VettedBy { get; private set; }
    public DateTimeOffset? VettedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid? SupervisorId { get; private set; }

    private Nomination()
    {
    }

    public static Nomination Nominate(
        Guid id, string name, string idNumber, string? phone, string? email, string workplace, CandidateBackground background,
        bool smallOrMediumEnterprise, string nominatingUnit, string? statement, DateTimeOffset now)
    {
        var nomination = new Nomination
        {
            Id = id,
            Name = name,
            IdNumber = idNumber,
            Phone = phone,
            Email = email,
            Workplace = workplace,
            Background = background,
            SmallOrMediumEnterprise = smallOrMediumEnterprise,
            NominatingUnit = nominatingUnit,
            Statement = statement,
            Status = NominationStatus.Nominated,
            NominatedAt = now,
        };
        nomination.Raise(new CandidateNominated
        {
            NominationId = id,
            NominatingUnit = nominatingUnit,
            Background = KebabEnum.Format(background),
            SmallOrMediumEnterprise = smallOrMediumEnterprise,
            CandidateName = name,
            OccurredAt = now,
        });
        return nomination;
    }

    /// <summary>Records the Art. 2 check. Any disqualifier bars the candidate for good; unmet conditions reject them.</summary>
    public void Vet(bool conditionsMet, IReadOnlyList<Disqualifier> disqualifiers, string? note, string vettedBy, DateTimeOffset now)
    {
        var next = disqualifiers.Count > 0 ? NominationStatus.Disqualified
            : conditionsMet ? NominationStatus.Vetted
            : NominationStatus.Rejected;
        Move(NominationTransitions.Vet, next);
        ConditionsMet = conditionsMet;
        Disqualifiers = [.. disqualifiers];
        VettingNote = note;
        VettedBy = vettedBy;
        VettedAt = now;
        if (next == NominationStatus.Rejected)
        {
            RejectionReason = "不符合聘任条件（第二条第一至四项）";
        }
        RaiseReviewed(now);
    }

    public void Approve(string approvedBy, DateTimeOffset now)
    {
        Move(NominationTransitions.Approve, NominationStatus.Approved);
        DecidedBy = approvedBy;
        DecidedAt = now;
        RaiseReviewed(now);
    }

    public void Reject(string reason, string rejectedBy, DateTimeOffset now)
    {
        Move(NominationTransitions.Reject, NominationStatus.Rejected);
        RejectionReason = reason;
        DecidedBy = rejectedBy;
        DecidedAt = now;
        RaiseReviewed(now);
    }

    /// <summary>Only an approved candidate without disqualifiers becomes a supervisor; the check is here, not only in the UI.</summary>
    public void MarkAppointed(Guid supervisorId)
    {
        if (Disqualifiers.Count > 0)
        {
            throw new IllegalTransitionException("有不得聘任情形的人选不能聘任。");
        }
        Move(NominationTransitions.Appoint, NominationStatus.Appointed);
        SupervisorId = supervisorId;
    }

    /// <summary>The unit that nominated the candidate hears each outcome (vetted, disqualified, rejected, approved).</summary>
    private void RaiseReviewed(DateTimeOffset now) => Raise(new NominationReviewed
    {
        NominationId = Id,
        NominatingUnit = NominatingUnit,
        CandidateName = Name,
        Status = KebabEnum.Format(Status),
        Reason = Status == NominationStatus.Rejected ? RejectionReason : null,
        OccurredAt = now,
    });

    private void Move(string action, NominationStatus next)
    {
        if (!NominationTransitions.Allows(Status, action))
        {
            throw new IllegalTransitionException($"推荐人选当前状态为“{NominationTransitions.Label(Status)}”，不能执行“{NominationTransitions.ActionLabel(action)}”。");
        }
        Status = next;
    }
}

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        builder.ToTable("nominations");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Name).HasMaxLength(50);
        builder.Property(n => n.IdNumber).HasMaxLength(18);
        builder.Property(n => n.Phone).HasMaxLength(20);
        builder.Property(n => n.Email).HasMaxLength(200);
        builder.Property(n => n.Workplace).HasMaxLength(200);
        builder.Property(n => n.NominatingUnit).HasMaxLength(40);
        builder.Property(n => n.Statement).HasMaxLength(2000);
        builder.Property(n => n.Background).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.OwnsMany(n => n.Disqualifiers, disqualifier =>
        {
            disqualifier.ToJson();
            disqualifier.Property(d => d.Kind).HasConversion<string>();
        });
        builder.Property(n => n.VettingNote).HasMaxLength(2000);
        builder.Property(n => n.VettedBy).HasMaxLength(64);
        builder.Property(n => n.DecidedBy).HasMaxLength(64);
        builder.Property(n => n.RejectionReason).HasMaxLength(500);
        builder.HasIndex(n => n.NominatingUnit);
        builder.HasIndex(n => n.IdNumber);
    }
}
