using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Reporting.Roster;

/// <summary>A supervisor as the roster's events describe them: who, from which unit, which term, still serving or not.</summary>
public sealed class SupervisorFact
{
    public Guid SupervisorId { get; init; }
    public required string Name { get; set; }
    public required string CertificateNumber { get; set; }
    public required string NominatingUnit { get; set; }
    public required string Background { get; set; }
    public DateOnly TermStart { get; set; }
    public DateOnly TermEnd { get; set; }
    /// <summary><c>serving</c>, <c>ended</c> or <c>dismissed</c>.</summary>
    public required string Status { get; set; }
}

internal sealed class SupervisorFactConfiguration : IEntityTypeConfiguration<SupervisorFact>
{
    public void Configure(EntityTypeBuilder<SupervisorFact> builder)
    {
        builder.ToTable("supervisor_facts");
        builder.HasKey(s => s.SupervisorId);
        builder.Property(s => s.Name).HasMaxLength(50);
        builder.Property(s => s.CertificateNumber).HasMaxLength(20);
        builder.Property(s => s.NominatingUnit).HasMaxLength(60);
        builder.Property(s => s.Background).HasMaxLength(40);
        builder.Property(s => s.Status).HasMaxLength(20);
        builder.HasIndex(s => s.TermStart);
    }
}
