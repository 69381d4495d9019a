using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Ticketing.Suggestions;

/// <summary>The issue opened for one department of a forwarded suggestion report: at most one per pair (D5).</summary>
public sealed class SuggestionIssue
{
    public Guid SubmissionId { get; init; }
    public required string DepartmentCode { get; init; }
    public Guid IssueId { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
}

internal sealed class SuggestionIssueConfiguration : IEntityTypeConfiguration<SuggestionIssue>
{
    public void Configure(EntityTypeBuilder<SuggestionIssue> builder)
    {
        builder.ToTable("suggestion_issues");
        builder.HasKey(s => new { s.SubmissionId, s.DepartmentCode });
        builder.Property(s => s.DepartmentCode).HasMaxLength(40);
    }
}
