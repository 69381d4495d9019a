using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Reporting.Duties;

/// <summary>A supervisor's half-year work (D1, Art. 6.4): owed, handed in, on time or late.</summary>
public sealed class DutyFact
{
    public required string Period { get; init; }
    public Guid SupervisorId { get; init; }
    public bool Owed { get; set; }
    public DateOnly? DueOn { get; set; }
    public bool Submitted { get; set; }
    public bool Late { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public bool SuggestionAdopted { get; set; }
}

internal sealed class DutyFactConfiguration : IEntityTypeConfiguration<DutyFact>
{
    public void Configure(EntityTypeBuilder<DutyFact> builder)
    {
        builder.ToTable("duty_facts");
        builder.HasKey(d => new { d.Period, d.SupervisorId });
        builder.Property(d => d.Period).HasMaxLength(7);
    }
}
