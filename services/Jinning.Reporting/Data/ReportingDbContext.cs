using Jinning.Messaging.Inbox;
using Jinning.Messaging.Ordering;
using Jinning.Messaging.Outbox;
using Jinning.Messaging;
using Jinning.Persistence;
using Jinning.Reporting.Awards;
using Jinning.Reporting.Duties;
using Jinning.Reporting.Events;
using Jinning.Reporting.IssueStatistics;
using Jinning.Reporting.Roster;
using Jinning.Reporting.Scorecards;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<RecordedEvent> RecordedEvents => Set<RecordedEvent>();
    public DbSet<AppliedVersion> AppliedVersions => Set<AppliedVersion>();
    public DbSet<ParkedEvent> ParkedEvents => Set<ParkedEvent>();
    public DbSet<IssueFact> IssueFacts => Set<IssueFact>();
    public DbSet<SupervisorFact> SupervisorFacts => Set<SupervisorFact>();
    public DbSet<DutyFact> DutyFacts => Set<DutyFact>();
    public DbSet<AttendanceFact> AttendanceFacts => Set<AttendanceFact>();
    public DbSet<TaskFact> TaskFacts => Set<TaskFact>();
    public DbSet<ScorecardFact> ScorecardFacts => Set<ScorecardFact>();
    public DbSet<CalendarYearFact> CalendarYearFacts => Set<CalendarYearFact>();
    public DbSet<ReportingState> ReportingState => Set<ReportingState>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>The tables a rebuild empties and refills from <see cref="RecordedEvents"/>.</summary>
    public static readonly string[] ReadModelTables =
        ["issue_facts", "supervisor_facts", "duty_facts", "attendance_facts", "task_facts", "scorecard_facts", "calendar_year_facts"];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
        modelBuilder.HasSequence<long>("issue_fact_revisions");
        modelBuilder.AddServiceTables().AddMessagingTables();
        modelBuilder.AddOrderingTables();
    }
}
