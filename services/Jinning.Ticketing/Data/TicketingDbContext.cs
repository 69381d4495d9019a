using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Messaging.Persistence;
using Jinning.Ticketing.Attachments;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Confidentiality;
using Jinning.Ticketing.Departments;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Data;

public sealed class TicketingDbContext(DbContextOptions<TicketingDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<Issue> Issues => Set<Issue>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<IssueHistoryEntry> IssueHistory => Set<IssueHistoryEntry>();
    public DbSet<ReporterIdentityView> ReporterIdentityViews => Set<ReporterIdentityView>();
    public DbSet<IssueAttachment> Attachments => Set<IssueAttachment>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TicketingDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddNumberSequences();
    }
}
