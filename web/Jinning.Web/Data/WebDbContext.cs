using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Messaging;
using Jinning.Persistence;
using Jinning.Web.Sessions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Web.Data;

/// <summary>
/// The console's own database: the sign-in sessions with their tokens (never sent to the browser),
/// the Data Protection keys that every instance of the console shares, and the inbox through which
/// it hears of revoked sign-ins.
/// </summary>
public sealed class WebDbContext(DbContextOptions<WebDbContext> options) : DbContext(options), IMessagingDbContext, IDataProtectionKeyContext
{
    public DbSet<ConsoleSession> ConsoleSessions => Set<ConsoleSession>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WebDbContext).Assembly);
        modelBuilder.AddServiceTables().AddMessagingTables();
    }
}

internal sealed class WebDbContextFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<WebDbContext>
{
    public WebDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<WebDbContext>());
}
