using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Messaging.Ordering;

/// <summary>An event that arrived before one it follows: held until the gap fills, then applied in its turn.</summary>
public sealed class ParkedEvent
{
    public Guid MessageId { get; init; }
    public Guid AggregateId { get; init; }
    public long Version { get; init; }
    public required string Type { get; init; }
    public required string Body { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset ParkedAt { get; init; }
}

internal sealed class ParkedEventConfiguration : IEntityTypeConfiguration<ParkedEvent>
{
    public void Configure(EntityTypeBuilder<ParkedEvent> builder)
    {
        builder.ToTable("parked_events");
        builder.HasKey(e => e.MessageId);
        builder.Property(e => e.Type).HasMaxLength(200);
        builder.Property(e => e.Body).HasColumnType("jsonb");
        builder.HasIndex(e => new { e.AggregateId, e.Version }).IsUnique();
        builder.HasIndex(e => e.ParkedAt);
    }
}
