using Jinning.Identity.Accounts;
using Jinning.Identity.Passwords;
using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Messaging;
using Jinning.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options), IMessagingDbContext, IDataProtectionKeyContext
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    /// <summary>The keys protecting the sign-in cookie, shared by every instance of the service.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
        modelBuilder.AddServiceTables().AddMessagingTables();
        // Optimistic concurrency (issue 16): two changes of one account (disabled while its password is set, two wrong
        // passwords counted at once) cannot overwrite each other.
        modelBuilder.Entity<Account>().HasRowVersion();
        modelBuilder.UseOpenIddict();
    }
}
