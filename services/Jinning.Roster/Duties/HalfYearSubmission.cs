using Jinning.Contracts.V1;
using Jinning.Roster.Data;
using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Duties;

/// <summary>
/// A supervisor's half-year work: the ledger (台账) and one suggestion report (建议书) (D1), which the
/// office reads, adopts and forwards to departments as suggestion issues (D5).
/// </summary>
public sealed class HalfYearSubmission : Aggregate
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

    public static HalfYearSubmission Submit(Guid id, HalfYear period, Guid supervisorId, string ledger, string suggestionTitle,
        string suggestion,
        DateTimeOffset now)
    {
        var today = DistrictClock.Today(now);
        var submission = new HalfYearSubmission
        {
            Id = id, Period = period.ToString(), SupervisorId = supervisorId, Ledger = ledger, SuggestionTitle = suggestionTitle,
            Suggestion = suggestion, SubmittedAt = now, SubmittedOn = today, Late = today > period.End,
        };
        submission.Raise(new HalfYearWorkSubmitted
        {
            Period = submission.Period, SupervisorId = supervisorId, SubmissionId = id, Late = submission.Late, OccurredAt = now,
        });
        return submission;
    }

    /// <summary>Adopting again keeps the first adoption; only the note can be changed.</summary>
    public void Adopt(string? note, string adoptedBy, DateTimeOffset now)
    {
        if (AdoptedAt is null)
        {
            AdoptedAt = now;
            AdoptedBy = adoptedBy;
            Raise(new SuggestionAdopted { SubmissionId = Id, SupervisorId = SupervisorId, Period = Period, OccurredAt = now });
        }
        AdoptionNote = note ?? AdoptionNote;
    }

    /// <summary>
    /// Sends the suggestion to departments; ticketing opens one suggestion issue for each and tells
    /// the roster its tracking number. Each department receives a submission once.
    /// </summary>
    public IReadOnlyList<SuggestionForwarding> Forward(IReadOnlyList<string> departmentCodes, IReadOnlyCollection<string> alreadyForwarded,
        string? note, string forwardedBy, DateTimeOffset now)
    {
        var again = departmentCodes.Intersect(alreadyForwarded).ToList();
        if (again.Count > 0)
        {
            throw new IllegalTransitionException($"该建议书已转送过：{string.Join("、", again)}，同一单位不重复转送。");
        }
        Raise(new SuggestionForwarded
        {
            SubmissionId = Id, SupervisorId = SupervisorId, Period = Period, DepartmentCodes = departmentCodes, Suggestion = Suggestion,
            Note = note,
            OccurredAt = now,
        });
        return departmentCodes.Select(code => new SuggestionForwarding
        {
            SubmissionId = Id, DepartmentCode = code, ForwardedAt = now, ForwardedBy = forwardedBy, Note = note,
        }).ToList();
    }
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
