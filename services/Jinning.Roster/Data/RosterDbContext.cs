using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Messaging.Persistence;
using Jinning.Roster.Awards;
using Jinning.Roster.Duties;
using Jinning.Roster.Meetings;
using Jinning.Roster.ReportedIssues;
using Jinning.Roster.Tasks;
using Jinning.Roster.Trainings;
using Jinning.Roster.Nominations;
using Jinning.Roster.Supervisors;
using Microsoft.EntityFrameworkCore;

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
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RosterDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddNumberSequences();
    }
}
