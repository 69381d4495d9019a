using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Messaging.Topology;
using Jinning.Reporting.Data;
using Jinning.Reporting.IssueStatistics;
using MassTransit;

namespace Jinning.Reporting.Events;

/// <summary>Records each issue event and applies it to the issue read model, in one transaction.</summary>
public sealed class IssueEventsConsumer(ReportingDbContext db, IssueProjection projection, TimeProvider time)
    : IConsumer<IssueReported>, IConsumer<IssueTransferred>
{
    public Task Consume(ConsumeContext<IssueReported> context) => Record(context, projection.ApplyAsync);

    public Task Consume(ConsumeContext<IssueTransferred> context) => Record(context, projection.ApplyAsync);

    private async Task Record<T>(ConsumeContext<T> context, Func<T, CancellationToken, Task> apply) where T : class
    {
        db.RecordedEvents.Add(new RecordedEvent
        {
            MessageId = context.MessageId!.Value,
            Type = typeof(T).FullName!,
            Body = JsonSerializer.Serialize(context.Message, JsonSerializerOptions.Web),
            OccurredAt = context.SentTime is { } sent ? new DateTimeOffset(sent, TimeSpan.Zero) : time.GetUtcNow(),
            RecordedAt = time.GetUtcNow(),
        });
        await apply(context.Message, context.CancellationToken);
    }
}

public sealed class IssueEventsConsumerDefinition : ConsumerDefinition<IssueEventsConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<IssueEventsConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.BindAllDepartments();
    }
}
