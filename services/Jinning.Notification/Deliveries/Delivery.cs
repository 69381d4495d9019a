using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Notification.Deliveries;

public enum DeliveryChannel
{
    Email,
    Webhook,
}

public enum DeliveryStatus
{
    Pending,
    Sent,
    /// <summary>Gave up after the last attempt; the office can see it and retry it.</summary>
    Dead,
}

/// <summary>
/// One message to one recipient on one channel (N2, N3). Its key makes a redelivered event create
/// nothing twice; its status, attempts and last error are the delivery log.
/// </summary>
public sealed class Delivery
{
    public Guid Id { get; init; }
    public Guid EventId { get; init; }
    public required string EventType { get; init; }
    public required string Recipient { get; init; }
    public DeliveryChannel Channel { get; init; }
    /// <summary>The e-mail address, or the webhook endpoint's id.</summary>
    public required string Target { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>
    /// While set and in the future, one worker instance is sending this delivery; past it, the claim has lapsed (the
    /// instance died mid-send) and another instance may take the delivery.
    /// </summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.EventType).HasMaxLength(100);
        builder.Property(d => d.Recipient).HasMaxLength(100);
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Target).HasMaxLength(300);
        builder.Property(d => d.Subject).HasMaxLength(300);
        builder.Property(d => d.Body).HasMaxLength(10000);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(2000);
        builder.HasIndex(d => new { d.EventId, d.Recipient, d.Channel, d.Target }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
    }
}
