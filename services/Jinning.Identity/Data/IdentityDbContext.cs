using Jinning.Identity.Accounts;
using Jinning.Identity.Passwords;
using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.UseOpenIddict();
    }
}
