using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Reporting.IssueStatistics;

/// <summary>
/// One row per issue, kept current from issue events only (P5). <see cref="Revision"/> rises with
/// every change, so the in-memory statistics index picks up just what changed.
/// </summary>
public sealed class IssueFact
{
    public Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Category { get; set; }
    public required string Source { get; init; }
    /// <summary>Kept for the award ranking (reports made); never leaves the office's reports.</summary>
    public Guid? ReporterSupervisorId { get; init; }
    public string? DepartmentCode { get; set; }
    /// <summary>The milestone status the events tell: registered, dispatched, returned, rectified, feedback-given, closed, reopened, merged.</summary>
    public required string Status { get; set; }
    public bool Closed { get; set; }
    public bool Major { get; set; }
    public DateTimeOffset ReportedAt { get; init; }
    /// <summary>The district date of the report: periods and date filters use it.</summary>
    public DateOnly ReportedOn { get; init; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public DateTimeOffset? Deadline { get; set; }
    public DateTimeOffset? RectifiedAt { get; set; }
    /// <summary>From dispatch to the department's rectification.</summary>
    public double? HandlingHours { get; set; }
    /// <summary>Rectified by the deadline in force; null until rectified.</summary>
    public bool? OnTime { get; set; }
    public bool Overdue { get; set; }
    public bool FeedbackGiven { get; set; }
    public bool Accepted { get; set; }
    public int Objections { get; set; }
    public int? Rating { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public bool Exposed { get; set; }
    /// <summary><c>problem</c>, <c>suggestion</c> or <c>highlight</c>.</summary>
    public string Type { get; set; } = "problem";
    /// <summary>How the issue ended (T10): resolved, explained, unfounded, not-accepted, referred-elsewhere.</summary>
    public string? Outcome { get; set; }
    /// <summary>The reporter's answer at closing: confirmed, objected, timed-out, not-applicable.</summary>
    public string? Confirmation { get; set; }
    /// <summary>Deadlines missed, each an escalation.</summary>
    public int Escalations { get; set; }
    public long Revision { get; set; }
}

internal sealed class IssueFactConfiguration : IEntityTypeConfiguration<IssueFact>
{
    public void Configure(EntityTypeBuilder<IssueFact> builder)
    {
        builder.ToTable("issue_facts");
        builder.HasKey(f => f.IssueId);
        builder.Property(f => f.TrackingNumber).HasMaxLength(32);
        builder.Property(f => f.Category).HasMaxLength(40);
        builder.Property(f => f.Source).HasMaxLength(20);
        builder.Property(f => f.DepartmentCode).HasMaxLength(40);
        builder.Property(f => f.Status).HasMaxLength(20);
        builder.Property(f => f.Type).HasMaxLength(20);
        builder.Property(f => f.Outcome).HasMaxLength(30);
        builder.Property(f => f.Confirmation).HasMaxLength(20);
        builder.HasIndex(f => f.ReportedOn);
        builder.HasIndex(f => f.Revision);
        builder.HasIndex(f => f.ReporterSupervisorId);
    }
}
