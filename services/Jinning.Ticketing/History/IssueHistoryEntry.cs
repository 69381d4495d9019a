using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Ticketing.History;

/// <summary>One change of an issue: who, when, what, why (T8). Rows are only ever inserted.</summary>
public sealed class IssueHistoryEntry
{
    public long Id { get; init; }
    public Guid IssueId { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public required string ActorRole { get; init; }
    public required string Action { get; init; }
    public string? FromStatus { get; init; }
    public required string ToStatus { get; init; }
    public string? Note { get; init; }
}

internal sealed class IssueHistoryEntryConfiguration : IEntityTypeConfiguration<IssueHistoryEntry>
{
    public void Configure(EntityTypeBuilder<IssueHistoryEntry> builder)
    {
        builder.ToTable("issue_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).UseIdentityAlwaysColumn();
        builder.Property(h => h.Actor).HasMaxLength(64);
        builder.Property(h => h.ActorRole).HasMaxLength(20);
        builder.Property(h => h.Action).HasMaxLength(40);
        builder.Property(h => h.FromStatus).HasMaxLength(20);
        builder.Property(h => h.ToStatus).HasMaxLength(20);
        builder.Property(h => h.Note).HasMaxLength(5000);
        builder.HasIndex(h => new { h.IssueId, h.Id });
    }
}
