using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Duties;

/// <summary>A supervisor's half-year work: the ledger (台账) and one suggestion report (建议书).</summary>
public sealed class HalfYearSubmission
{
    public Guid Id { get; init; }
    public required string Period { get; init; }
    public Guid SupervisorId { get; init; }
    public required string Ledger { get; init; }
    public required string SuggestionTitle { get; init; }
    public required string Suggestion { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateOnly SubmittedOn { get; init; }
    public bool Late { get; init; }
    public DateTimeOffset? AdoptedAt { get; set; }
    public string? AdoptedBy { get; set; }
    public string? AdoptionNote { get; set; }
}

internal sealed class HalfYearSubmissionConfiguration : IEntityTypeConfiguration<HalfYearSubmission>
{
    public void Configure(EntityTypeBuilder<HalfYearSubmission> builder)
    {
        builder.ToTable("half_year_submissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Period).HasMaxLength(7);
        builder.HasIndex(s => new { s.Period, s.SupervisorId }).IsUnique();
        builder.Property(s => s.Ledger).HasMaxLength(20000);
        builder.Property(s => s.SuggestionTitle).HasMaxLength(200);
        builder.Property(s => s.Suggestion).HasMaxLength(20000);
        builder.Property(s => s.AdoptedBy).HasMaxLength(64);
        builder.Property(s => s.AdoptionNote).HasMaxLength(2000);
    }
}

/// <summary>That the "work due" reminder of a period went to a supervisor, so it goes once.</summary>
public sealed class HalfYearReminder
{
    public required string Period { get; init; }
    public Guid SupervisorId { get; init; }
    public DateTimeOffset SentAt { get; init; }
}

internal sealed class HalfYearReminderConfiguration : IEntityTypeConfiguration<HalfYearReminder>
{
    public void Configure(EntityTypeBuilder<HalfYearReminder> builder)
    {
        builder.ToTable("half_year_reminders");
        builder.HasKey(r => new { r.Period, r.SupervisorId });
        builder.Property(r => r.Period).HasMaxLength(7);
    }
}
