using Jinning.Contracts.V1;
using Jinning.Messaging.Ordering;
using Jinning.Messaging.Topology;
using Jinning.Roster.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.ReportedIssues;

/// <summary>
/// Keeps each supervisor's reported issues and their outcome from ticketing's events; roster never reads ticketing's tables.
/// Every versioned issue event comes here and passes the <see cref="VersionGate"/>, so an issue's events apply in version
/// order (a transfer that overtook the report waits for it instead of being lost); the ones roster keeps nothing of only
/// move the issue's version on (issue 16).
/// </summary>
public sealed class ReportedIssuesConsumer(RosterDbContext db, VersionGate gate) :
    IConsumer<IssueReported>, IConsumer<IssueTransferred>, IConsumer<FeedbackGiven>, IConsumer<IssueClosed>, IConsumer<IssueReopened>,
    IConsumer<IssueReturned>, IConsumer<IssueRectified>, IConsumer<IssueOverdue>, IConsumer<RetaliationReported>, IConsumer<CaseExposed>,
    IConsumer<IssueReminderDue>, IConsumer<IssueMerged>, IConsumer<IssueExtensionRequested>, IConsumer<IssueExtensionDecided>,
    IConsumer<IssueReclassified>, IConsumer<IssueSignedFor>, IConsumer<DisciplineStageRecorded>, IConsumer<PublicNoticePublished>,
    IConsumer<SuggestionIssueOpened>
{
    public Task Consume(ConsumeContext<IssueReported> context) => Receive(context);
    public Task Consume(ConsumeContext<IssueTransferred> context) => Receive(context);
    public Task Consume(ConsumeContext<FeedbackGiven> context) => Receive(context);
    public Task Consume(ConsumeContext<IssueClosed> context) => Receive(context);
    public Task Consume(ConsumeContext<IssueReopened> context) => Receive(context);
    public Task Consume(ConsumeContext<IssueReturned> context) => Receive(context);
    public Task Consume(ConsumeContext<IssueRectified> context) => Receive(context);
    public Task Consume(ConsumeContext<IssueOverdue> context) => Receive(context);
    public Task Consume(ConsumeContext<RetaliationReported> context) => Receive(context);
    public Task Consume(ConsumeContext<CaseExposed> context) => Receive(context);
    public Task Consume(ConsumeContext<IssueReminderDue> context) => Receive(context);
    public Task Consume(ConsumeContext<IssueMerged> context) => Receive(context);
    public Task Consume(ConsumeContext<IssueExtensionRequested> context) => Receive(context);
    public Task Consume(ConsumeContext<IssueExtensionDecided> context) => Receive(context);
    public Task Consume(ConsumeContext<IssueReclassified> context) => Receive(context);
    public Task Consume(ConsumeContext<IssueSignedFor> context) => Receive(context);
    public Task Consume(ConsumeContext<DisciplineStageRecorded> context) => Receive(context);
    public Task Consume(ConsumeContext<PublicNoticePublished> context) => Receive(context);
    public Task Consume(ConsumeContext<SuggestionIssueOpened> context) => Receive(context);

    private async Task Receive<T>(ConsumeContext<T> context) where T : class
    {
        await VersionGate.LockAggregateAsync(db, context.Message, context.CancellationToken);
        await gate.ReceiveAsync(db, context.Message, context.MessageId!.Value, null, Apply, context.CancellationToken);
    }

    private Task Apply(object message, Guid messageId, DateTimeOffset? sentAt, CancellationToken ct) => message switch
    {
        IssueReported e => AddAsync(e, ct),
        IssueTransferred e => Update(e.IssueId, "dispatched", e.OccurredAt, null, ct),
        FeedbackGiven e => Update(e.IssueId, "feedback-given", e.OccurredAt, null, ct),
        IssueClosed e => Update(e.IssueId, "closed", e.OccurredAt, e.Rating, ct),
        IssueReopened e => Update(e.IssueId, "reopened", e.OccurredAt, null, ct),
        _ => Task.CompletedTask,
    };

    private async Task AddAsync(IssueReported reported, CancellationToken cancellationToken)
    {
        if (reported.ReporterSupervisorId is not { } supervisorId
            || await db.ReportedIssues.AnyAsync(r => r.IssueId == reported.IssueId, cancellationToken))
        {
            return;
        }
        db.ReportedIssues.Add(new ReportedIssue
        {
            IssueId = reported.IssueId, SupervisorId = supervisorId, TrackingNumber = reported.TrackingNumber, Title = reported.Title,
            Category = reported.Category, Major = reported.Major, ReportedAt = reported.OccurredAt, Outcome = "registered", UpdatedAt = reported.OccurredAt,
        });
    }

    private async Task Update(Guid issueId, string outcome, DateTimeOffset at, int? rating, CancellationToken cancellationToken)
    {
        var issue = await db.ReportedIssues.FirstOrDefaultAsync(r => r.IssueId == issueId, cancellationToken);
        // Unversioned older events arriving late must not overwrite newer outcomes.
        if (issue is null || at < issue.UpdatedAt)
        {
            return;
        }
        issue.Outcome = outcome;
        issue.Rating = rating ?? issue.Rating;
        issue.UpdatedAt = at;
    }
}

public sealed class ReportedIssuesConsumerDefinition : ConsumerDefinition<ReportedIssuesConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ReportedIssuesConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.BindAllDepartments();
}
