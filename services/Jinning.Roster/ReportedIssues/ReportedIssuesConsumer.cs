using Jinning.Contracts.V1;
using Jinning.Messaging.Topology;
using Jinning.Roster.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.ReportedIssues;

/// <summary>Keeps each supervisor's reported issues and their outcome from ticketing's events; roster never reads ticketing's tables.</summary>
public sealed class ReportedIssuesConsumer(RosterDbContext db)
    : IConsumer<IssueReported>, IConsumer<IssueTransferred>, IConsumer<FeedbackGiven>, IConsumer<IssueClosed>, IConsumer<IssueReopened>
{
    public async Task Consume(ConsumeContext<IssueReported> context)
    {
        var reported = context.Message;
        if (reported.ReporterSupervisorId is not { } supervisorId
            || await db.ReportedIssues.AnyAsync(r => r.IssueId == reported.IssueId, context.CancellationToken))
        {
            return;
        }
        db.ReportedIssues.Add(new ReportedIssue
        {
            IssueId = reported.IssueId, SupervisorId = supervisorId, TrackingNumber = reported.TrackingNumber, Title = reported.Title,
            Category = reported.Category, Major = reported.Major, ReportedAt = reported.OccurredAt, Outcome = "registered", UpdatedAt = reported.OccurredAt,
        });
    }

    public Task Consume(ConsumeContext<IssueTransferred> context) => Update(context.Message.IssueId, "dispatched", context.Message.OccurredAt, null, context.CancellationToken);
    public Task Consume(ConsumeContext<FeedbackGiven> context) => Update(context.Message.IssueId, "feedback-given", context.Message.OccurredAt, null, context.CancellationToken);
    public Task Consume(ConsumeContext<IssueClosed> context) => Update(context.Message.IssueId, "closed", context.Message.OccurredAt, context.Message.Rating, context.CancellationToken);
    public Task Consume(ConsumeContext<IssueReopened> context) => Update(context.Message.IssueId, "reopened", context.Message.OccurredAt, null, context.CancellationToken);

    private async Task Update(Guid issueId, string outcome, DateTimeOffset at, int? rating, CancellationToken cancellationToken)
    {
        var issue = await db.ReportedIssues.FirstOrDefaultAsync(r => r.IssueId == issueId, cancellationToken);
        // Older events arriving late must not overwrite newer outcomes.
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
