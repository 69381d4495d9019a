using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Messaging.Outbox;

/// <summary>A message waiting to be published; written in the same transaction as the change that caused it.</summary>
public sealed class OutboxMessage
{
    /// <summary>Becomes the envelope's <c>messageId</c>, which consumers' inboxes deduplicate on.</summary>
    public Guid Id { get; init; }
    public long Sequence { get; init; }
    public required string MessageType { get; init; }
    public required string Body { get; init; }
    /// <summary>W3C trace context of the request that caused the message, so the trace crosses the outbox.</summary>
    public string? TraceParent { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>
    /// Set when the row can never be published (its type no longer resolves, its body no longer reads):
    /// it is left for an operator, counted in health and metrics, and never retried. <see cref="LastError"/> says why.
    /// </summary>
    public DateTimeOffset? DeadAt { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(m => m.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
        builder.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(200);
        builder.Property(m => m.Body).HasColumnName("body").HasColumnType("jsonb");
        builder.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(128);
        builder.Property(m => m.CreatedAt).HasColumnName("created_at");
        builder.Property(m => m.SentAt).HasColumnName("sent_at");
        builder.Property(m => m.Attempts).HasColumnName("attempts");
        builder.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(2000);
        builder.Property(m => m.DeadAt).HasColumnName("dead_at");
        builder.HasIndex(m => m.Sequence).HasFilter("sent_at IS NULL AND dead_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent");
        builder.HasIndex(m => m.DeadAt).HasFilter("dead_at IS NOT NULL").HasDatabaseName("ix_outbox_messages_dead");
    }
}
