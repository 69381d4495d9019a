using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Notification.Inbox;

/// <summary>An in-app notification for one recipient (N1, N2).</summary>
public sealed class InboxItem
{
    public Guid Id { get; init; }
    /// <summary>The event it came from: one item per event and recipient, however often the event arrives.</summary>
    public Guid EventId { get; init; }
    /// <summary><c>role:office</c>, <c>supervisor:{id}</c>, <c>department:{code}</c>: who may read it.</summary>
    public required string Recipient { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public Guid? SubjectId { get; init; }
    public bool Urgent { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReadAt { get; set; }
}

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.ToTable("inbox_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Recipient).HasMaxLength(100);
        builder.Property(i => i.Kind).HasMaxLength(50);
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Body).HasMaxLength(2000);
        builder.HasIndex(i => new { i.Recipient, i.CreatedAt });
        builder.HasIndex(i => new { i.EventId, i.Recipient }).IsUnique();
    }
}
