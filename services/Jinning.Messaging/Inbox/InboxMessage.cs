using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Messaging.Inbox;

/// <summary>A message a consumer has applied; its key makes a redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public required string Consumer { get; init; }
    public Guid MessageId { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox_messages");
        builder.HasKey(m => new { m.Consumer, m.MessageId });
        builder.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
        builder.Property(m => m.MessageId).HasColumnName("message_id");
        builder.Property(m => m.ProcessedAt).HasColumnName("processed_at");
    }
}
