using Jinning.Contracts.V1;
using Jinning.Messaging.Topology;
using Jinning.Reporting.Events.Ordering;
using MassTransit;

namespace Jinning.Reporting.Events;

/// <summary>Everything reporting knows arrives here: each event is kept and projected (P5).</summary>
public sealed partial class ReportingEventsConsumer(OrderedApplication ordered) :
    IConsumer<IssueReported>, IConsumer<IssueTransferred>, IConsumer<IssueReturned>, IConsumer<IssueRectified>, IConsumer<IssueOverdue>, IConsumer<FeedbackGiven>, IConsumer<IssueClosed>, IConsumer<IssueReopened>, IConsumer<IssueMerged>, IConsumer<CaseExposed>, IConsumer<SupervisorAppointed>, IConsumer<SupervisorTermEnded>, IConsumer<SupervisorDismissed>, IConsumer<HalfYearWorkDue>, IConsumer<HalfYearWorkSubmitted>, IConsumer<SuggestionAdopted>, IConsumer<AttendanceRecorded>, IConsumer<TaskResultReported>
{
    public Task Consume(ConsumeContext<IssueReported> context) => Record(context);

    public Task Consume(ConsumeContext<IssueTransferred> context) => Record(context);

    public Task Consume(ConsumeContext<IssueReturned> context) => Record(context);

    public Task Consume(ConsumeContext<IssueRectified> context) => Record(context);

    public Task Consume(ConsumeContext<IssueOverdue> context) => Record(context);

    public Task Consume(ConsumeContext<FeedbackGiven> context) => Record(context);

    public Task Consume(ConsumeContext<IssueClosed> context) => Record(context);

    public Task Consume(ConsumeContext<IssueReopened> context) => Record(context);

    public Task Consume(ConsumeContext<IssueMerged> context) => Record(context);

    public Task Consume(ConsumeContext<CaseExposed> context) => Record(context);

    public Task Consume(ConsumeContext<SupervisorAppointed> context) => Record(context);

    public Task Consume(ConsumeContext<SupervisorTermEnded> context) => Record(context);

    public Task Consume(ConsumeContext<SupervisorDismissed> context) => Record(context);

    public Task Consume(ConsumeContext<HalfYearWorkDue> context) => Record(context);

    public Task Consume(ConsumeContext<HalfYearWorkSubmitted> context) => Record(context);

    public Task Consume(ConsumeContext<SuggestionAdopted> context) => Record(context);

    public Task Consume(ConsumeContext<AttendanceRecorded> context) => Record(context);

    public Task Consume(ConsumeContext<TaskResultReported> context) => Record(context);

    private Task Record<T>(ConsumeContext<T> context) where T : class =>
        ordered.ReceiveAsync(context.Message, context.MessageId!.Value,
            context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : null, context.CancellationToken);
}

public sealed class ReportingEventsConsumerDefinition : ConsumerDefinition<ReportingEventsConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ReportingEventsConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.BindAllDepartments();
        // One at a time: the kept order of events is the order they were applied; several instances are serialised by
        // OrderedApplication's writer lock.
        endpointConfigurator.ConcurrentMessageLimit = 1;
    }
}
