using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Messaging.Persistence;
using Jinning.Reporting.Events;
using Jinning.Reporting.IssueStatistics;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<RecordedEvent> RecordedEvents => Set<RecordedEvent>();
    public DbSet<IssueFact> IssueFacts => Set<IssueFact>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
