using Jinning.Messaging.Inbox;
using Jinning.Messaging.Ordering;
using Jinning.Messaging.Outbox;
using Jinning.Messaging;
using Jinning.Persistence;
using Jinning.Roster.Applications;
using Jinning.Roster.Awards;
using Jinning.Roster.Declarations;
using Jinning.Roster.Duties;
using Jinning.Roster.Meetings;
using Jinning.Roster.ReportedIssues;
using Jinning.Roster.Tasks;
using Jinning.Roster.Trainings;
using Jinning.Roster.Nominations;
using Jinning.Roster.Supervisors;
using Jinning.Roster.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jinning.Roster.Data;

public sealed class RosterDbContext(DbContextOptions<RosterDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<Supervisor> Supervisors => Set<Supervisor>();
    public DbSet<HalfYearSubmission> HalfYearSubmissions => Set<HalfYearSubmission>();
    public DbSet<HalfYearReminder> HalfYearReminders => Set<HalfYearReminder>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Training> Trainings => Set<Training>();
    public DbSet<SupervisionTask> SupervisionTasks => Set<SupervisionTask>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<ReportedIssue> ReportedIssues => Set<ReportedIssue>();
    public DbSet<SubmissionAttachment> SubmissionAttachments => Set<SubmissionAttachment>();
    public DbSet<SuggestionForwarding> SuggestionForwardings => Set<SuggestionForwarding>();
    public DbSet<TrainingRead> TrainingReads => Set<TrainingRead>();
    public DbSet<SupervisorApplication> SupervisorApplications => Set<SupervisorApplication>();
    public DbSet<Declaration> Declarations => Set<Declaration>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Saves, with every event the tracked aggregates raised written to the outbox in the same transaction.</summary>
    public async Task SaveEntitiesAsync(IOutbox outbox, CancellationToken cancellationToken)
    {
        var changes = new List<RosterChangeLog.Change>();
        foreach (var entry in ChangeTracker.Entries<Aggregate>().ToList())
        {
            changes.AddRange(RosterChangeLog.Describe(entry));
            entry.Entity.HandRaisedEventsTo(outbox);
        }
        await SaveChangesAsync(cancellationToken);
        // A pooled context takes no constructor services; EF hands out the application's logger factory.
        var logger = this.GetService<ILoggerFactory>().CreateLogger<RosterDbContext>();
        foreach (var change in changes)
        {
            RosterChangeLog.Changed(logger, change);
        }
    }

    /// <summary>Refuses to save raised events away: they would never be published.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.Entries<Aggregate>().Any(entry => entry.Entity.RaisedEvents().Count > 0))
        {
            throw new InvalidOperationException(
                "Aggregates raised events that were not handed to the outbox; save with SaveEntitiesAsync.");
        }
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RosterDbContext).Assembly);
        modelBuilder.HasRowVersionOnEvery<Aggregate>();
        modelBuilder.AddServiceTables().AddMessagingTables();
        modelBuilder.AddOrderingTables();
        modelBuilder.AddNumberSequences();
    }
}
