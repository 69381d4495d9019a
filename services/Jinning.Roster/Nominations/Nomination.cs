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

/// <summary>A candidate proposed by one of the seven nominating units (R1).</summary>
public sealed class Nomination
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

    private Nomination()
    {
    }

    public static Nomination Nominate(
        Guid id, string name, string idNumber, string? phone, string? email, string workplace, CandidateBackground background,
        bool smallOrMediumEnterprise, string nominatingUnit, string? statement, DateTimeOffset now) => new()
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
        builder.HasIndex(n => n.NominatingUnit);
    }
}
