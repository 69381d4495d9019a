using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Messaging;
using Jinning.Persistence;
using Jinning.Ticketing.Attachments;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Closing;
using Jinning.Ticketing.Confidentiality;
using Jinning.Ticketing.Departments;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using Jinning.Ticketing.PublicComplaints;
using Jinning.Ticketing.PublicNotices;
using Jinning.Ticketing.Retaliation;
using Jinning.Ticketing.Suggestions;
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
    public DbSet<PublicNotice> PublicNotices => Set<PublicNotice>();
    public DbSet<DisabledReporter> DisabledReporters => Set<DisabledReporter>();
    public DbSet<DisciplineHandling> DisciplineHandlings => Set<DisciplineHandling>();
    public DbSet<SuggestionIssue> SuggestionIssues => Set<SuggestionIssue>();
    public DbSet<ComplaintQueryAttempts> ComplaintQueryAttempts => Set<ComplaintQueryAttempts>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TicketingDbContext).Assembly);
        modelBuilder.AddServiceTables().AddMessagingTables();
        modelBuilder.AddNumberSequences();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EnsureIssueEventsTaken();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EnsureIssueEventsTaken();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>An issue saved around <see cref="IssueStore"/> would lose its events: refuse it, loudly.</summary>
    private void EnsureIssueEventsTaken()
    {
        if (ChangeTracker.Entries<Issue>().Any(e => e.Entity.DomainEvents.Count > 0))
        {
            throw new InvalidOperationException("Issues are saved through IssueStore, which publishes the events they raised.");
        }
    }
}
