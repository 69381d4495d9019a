using Jinning.Contracts.V1;
using Jinning.Reporting.Events.Ordering;
using MassTransit;

namespace Jinning.Reporting.Events;

/// <summary>
/// The versioned events about issues and supervisors that reporting keeps no figures for. They are neither kept
/// nor projected, but each moves its aggregate's version on, so the events after it are not held for a number that
/// would never come (issue 16).
/// </summary>
public sealed class VersionOnlyEventsConsumer(OrderedApplication ordered) :
    IConsumer<RetaliationReported>, IConsumer<IssueReminderDue>, IConsumer<IssueExtensionRequested>, IConsumer<IssueExtensionDecided>,
    IConsumer<DisciplineStageRecorded>, IConsumer<PublicNoticePublished>, IConsumer<SuggestionIssueOpened>,
    IConsumer<SupervisorTermEnding>, IConsumer<SupervisorActionRecorded>, IConsumer<AccountabilityReferred>,
    IConsumer<SupervisorServiceEnded>, IConsumer<ReplacementRequested>
{
    public Task Consume(ConsumeContext<RetaliationReported> context) => Move(context);

    public Task Consume(ConsumeContext<IssueReminderDue> context) => Move(context);

    public Task Consume(ConsumeContext<IssueExtensionRequested> context) => Move(context);

    public Task Consume(ConsumeContext<IssueExtensionDecided> context) => Move(context);

    public Task Consume(ConsumeContext<DisciplineStageRecorded> context) => Move(context);

    public Task Consume(ConsumeContext<PublicNoticePublished> context) => Move(context);

    public Task Consume(ConsumeContext<SuggestionIssueOpened> context) => Move(context);

    public Task Consume(ConsumeContext<SupervisorTermEnding> context) => Move(context);

    public Task Consume(ConsumeContext<SupervisorActionRecorded> context) => Move(context);

    public Task Consume(ConsumeContext<AccountabilityReferred> context) => Move(context);

    public Task Consume(ConsumeContext<SupervisorServiceEnded> context) => Move(context);

    public Task Consume(ConsumeContext<ReplacementRequested> context) => Move(context);

    private Task Move<T>(ConsumeContext<T> context) where T : class =>
        ordered.ReceiveAsync(context.Message, context.MessageId!.Value,
            context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : null, context.CancellationToken);
}
