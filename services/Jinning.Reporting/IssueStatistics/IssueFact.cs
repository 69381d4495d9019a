using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Reporting.IssueStatistics;

/// <summary>One row per issue, kept current from issue events; statistics aggregate over it.</summary>
public sealed class IssueFact
{
    public Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Category { get; set; }
    public string? DepartmentCode { get; set; }
    public required string Status { get; set; }
    public bool Closed { get; set; }
    public bool Major { get; set; }
    public DateTimeOffset ReportedAt { get; init; }
}

internal sealed class IssueFactConfiguration : IEntityTypeConfiguration<IssueFact>
{
    public void Configure(EntityTypeBuilder<IssueFact> builder)
    {
        builder.ToTable("issue_facts");
        builder.HasKey(f => f.IssueId);
        builder.Property(f => f.TrackingNumber).HasMaxLength(32);
        builder.Property(f => f.Category).HasMaxLength(40);
        builder.Property(f => f.DepartmentCode).HasMaxLength(40);
        builder.Property(f => f.Status).HasMaxLength(20);
        builder.HasIndex(f => f.ReportedAt);
    }
}
