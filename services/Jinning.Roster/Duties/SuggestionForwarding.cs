using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Duties;

/// <summary>
/// A suggestion report forwarded to one department (D5), and the suggestion issue ticketing opened
/// for it once <c>SuggestionIssueOpened</c> arrives.
/// </summary>
public sealed class SuggestionForwarding
{
    public Guid SubmissionId { get; init; }
    public required string DepartmentCode { get; init; }
    public DateTimeOffset ForwardedAt { get; init; }
    public required string ForwardedBy { get; init; }
    public string? Note { get; init; }
    public Guid? IssueId { get; private set; }
    public string? TrackingNumber { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }

    /// <summary>The first issue ticketing reports is the one; a repeated report changes nothing.</summary>
    public bool RecordOpened(Guid issueId, string trackingNumber, DateTimeOffset at)
    {
        if (IssueId is not null)
        {
            return false;
        }
        IssueId = issueId;
        TrackingNumber = trackingNumber;
        OpenedAt = at;
        return true;
    }
}

internal sealed class SuggestionForwardingConfiguration : IEntityTypeConfiguration<SuggestionForwarding>
{
    public void Configure(EntityTypeBuilder<SuggestionForwarding> builder)
    {
        builder.ToTable("suggestion_forwardings");
        builder.HasKey(f => new { f.SubmissionId, f.DepartmentCode });
        builder.Property(f => f.DepartmentCode).HasMaxLength(40);
        builder.Property(f => f.ForwardedBy).HasMaxLength(64);
        builder.Property(f => f.Note).HasMaxLength(2000);
        builder.Property(f => f.TrackingNumber).HasMaxLength(32);
    }
}
