using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Reporting.Events;

/// <summary>Every event reporting consumed, kept so each read model can be rebuilt by replay (P5).</summary>
public sealed class RecordedEvent
{
    public Guid MessageId { get; init; }
    public long Sequence { get; init; }
    /// <summary>The aggregate a versioned event is about, and its version there; null and 0 for unversioned events.</summary>
    public Guid? AggregateId { get; init; }
    public long Version { get; init; }
    public required string Type { get; init; }
    public required string Body { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

internal sealed class RecordedEventConfiguration : IEntityTypeConfiguration<RecordedEvent>
{
    public void Configure(EntityTypeBuilder<RecordedEvent> builder)
    {
        builder.ToTable("recorded_events");
        builder.HasKey(e => e.MessageId);
        builder.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        builder.Property(e => e.Type).HasMaxLength(200);
        builder.Property(e => e.Body).HasColumnType("jsonb");
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.HasIndex(e => new { e.AggregateId, e.Version });
    }
}
