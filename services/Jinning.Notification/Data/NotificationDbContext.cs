using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Messaging;
using Jinning.Persistence;
using Jinning.Notification.Deliveries;
using Jinning.Notification.Inbox;
using Jinning.Notification.Preferences;
using Jinning.Notification.Webhooks;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Data;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options)
    : DbContext(options), IMessagingDbContext, IDataProtectionKeyContext
{
    /// <summary>The Data Protection keys that encrypt webhook secrets, shared by every instance of the service.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<InboxItem> InboxItems => Set<InboxItem>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<Preference> Preferences => Set<Preference>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationDbContext).Assembly);
        modelBuilder.AddServiceTables().AddMessagingTables();
        // Optimistic concurrency (issue 16): an endpoint or someone's preferences changed by two requests at once; the second
        // save changes nothing and fails instead of overwriting. Deliveries are claimed under row locks (FOR UPDATE SKIP
        // LOCKED) by the delivery worker instead, whose SELECT * would not read the xmin system column.
        modelBuilder.Entity<WebhookEndpoint>().HasRowVersion();
        modelBuilder.Entity<Preference>().HasRowVersion();
    }
}
