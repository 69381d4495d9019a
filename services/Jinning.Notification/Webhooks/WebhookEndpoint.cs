using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Notification.Webhooks;

/// <summary>
/// Where a recipient's notifications are also POSTed: a WeChat or SMS gateway, or a department's
/// own system. Signed with <see cref="Secret"/> (N2, T9), which is kept encrypted
/// (<see cref="WebhookSecrets"/>) once <see cref="SecretProtected"/>; rows from before encryption are
/// encrypted at the next start.
/// </summary>
public sealed class WebhookEndpoint
{
    public Guid Id { get; init; }
    public required string Recipient { get; init; }
    public required string Url { get; init; }
    public required string Secret { get; set; }
    public bool SecretProtected { get; set; }
    public string? Description { get; init; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhook_endpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Recipient).HasMaxLength(100);
        builder.Property(e => e.Url).HasMaxLength(500);
        builder.Property(e => e.Secret).HasMaxLength(1000);
        builder.Property(e => e.Description).HasMaxLength(200);
        builder.HasIndex(e => e.Recipient);
    }
}
