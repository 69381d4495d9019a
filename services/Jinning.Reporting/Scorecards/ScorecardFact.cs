using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Reporting.Scorecards;

/// <summary>What a scorecard fact records; each counts in the period of the day it happened.</summary>
public enum ScorecardFactKind
{
    /// <summary>A department received an issue as lead unit, once per issue and department.</summary>
    Received,
    /// <summary>It signed for one; <see cref="ScorecardFact.OnTime"/> against the sign-for limit.</summary>
    SignedFor,
    Returned,
    /// <summary>It reported a rectification; <see cref="ScorecardFact.OnTime"/> against the deadline in force.</summary>
    Rectified,
    /// <summary>An issue went overdue with it for the first time.</summary>
    Overdue,
    /// <summary>Any missed deadline: supervision rose a level.</summary>
    Escalated,
    /// <summary>The reporter rated the outcome of an issue it led.</summary>
    Rated,
    /// <summary>An issue it led closed because the reporter did not confirm within five working days.</summary>
    ConfirmationTimedOut,
    /// <summary>The office dispatched an issue for the first time, <see cref="ScorecardFact.StartedAt"/> being its registration.</summary>
    Dispatched,
    /// <summary>The office gave feedback, <see cref="ScorecardFact.StartedAt"/> being the rectification it reports.</summary>
    FeedbackGiven,
}

/// <summary>
/// One thing that happened to a department or to the office, as issue events told it (P6, P5): the
/// scorecard is counted from these for any month, half-year or year, and rebuilt by replay like the rest.
/// </summary>
public sealed class ScorecardFact
{
    public long Id { get; init; }
    public ScorecardFactKind Kind { get; init; }
    /// <summary>The department concerned; null for the office's own facts.</summary>
    public string? DepartmentCode { get; init; }
    public Guid IssueId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    /// <summary>The district date, which periods count by.</summary>
    public DateOnly OccurredOn { get; init; }
    public bool? OnTime { get; init; }
    public int? Rating { get; init; }
    /// <summary>Where a duration starts: registration before a dispatch, rectification before feedback.</summary>
    public DateTimeOffset? StartedAt { get; init; }
}

internal sealed class ScorecardFactConfiguration : IEntityTypeConfiguration<ScorecardFact>
{
    public void Configure(EntityTypeBuilder<ScorecardFact> builder)
    {
        builder.ToTable("scorecard_facts");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).UseIdentityAlwaysColumn();
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.DepartmentCode).HasMaxLength(40);
        builder.HasIndex(f => f.OccurredOn);
        builder.HasIndex(f => new { f.IssueId, f.Kind });
    }
}
