using Jinning.Contracts.V1;
using MassTransit;

namespace Jinning.Reporting.Events;

/// <summary>Reclassification, sign-for and the official calendar (T12, P6): kept and projected like every other event.</summary>
public sealed partial class ReportingEventsConsumer :
    IConsumer<IssueReclassified>, IConsumer<IssueSignedFor>, IConsumer<WorkingCalendarChanged>
{
    public Task Consume(ConsumeContext<IssueReclassified> context) => Record(context);

    public Task Consume(ConsumeContext<IssueSignedFor> context) => Record(context);

    public Task Consume(ConsumeContext<WorkingCalendarChanged> context) => Record(context);
}
