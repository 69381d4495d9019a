using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.ReportedIssues;

/// <summary>An issue a supervisor reported and how it went, as ticketing's events tell it: for the personal file (R6) and awards (R7).</summary>
public sealed class ReportedIssue
{
    public Guid IssueId { get; init; }
    public Guid SupervisorId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public bool Major { get; init; }
    public DateTimeOffset ReportedAt { get; init; }
    public required string Outcome { get; set; }
    public int? Rating { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ReportedIssueConfiguration : IEntityTypeConfiguration<ReportedIssue>
{
    public void Configure(EntityTypeBuilder<ReportedIssue> builder)
    {
        builder.ToTable("reported_issues");
        builder.HasKey(r => r.IssueId);
        builder.Property(r => r.TrackingNumber).HasMaxLength(32);
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Category).HasMaxLength(40);
        builder.Property(r => r.Outcome).HasMaxLength(30);
        builder.HasIndex(r => r.SupervisorId);
    }
}
