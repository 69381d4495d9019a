using Jinning.Contracts.V1;
using Jinning.Notification.Inbox;
using Jinning.Notification.Templates;
using MassTransit;

namespace Jinning.Notification.Routing;

/// <summary>Issue outcomes, retaliation handling and public notices (T10, T12, T13): who hears of them.</summary>
public sealed partial class NotificationEventsConsumer :
    IConsumer<DisciplineStageRecorded>, IConsumer<IssueClosed>, IConsumer<PublicNoticePublished>
{
    /// <summary>The reporter hears the stage the discipline commission reached; the event carries no measures.</summary>
    public Task Consume(ConsumeContext<DisciplineStageRecorded> context) =>
        notifier.NotifyAsync(context, context.Message.ReporterSupervisorIds.Select(Recipients.Supervisor),
            NotificationTexts.DisciplineStageRecorded(context.Message));

    /// <summary>Every reporter, those of merged duplicates included, hears how the issue ended.</summary>
    public Task Consume(ConsumeContext<IssueClosed> context) =>
        notifier.NotifyAsync(context, context.Message.ReporterSupervisorIds.Select(Recipients.Supervisor),
            NotificationTexts.IssueClosed(context.Message));

    public Task Consume(ConsumeContext<PublicNoticePublished> context) =>
        notifier.NotifyAsync(context, [Recipients.Office, Recipients.Department(context.Message.DepartmentCode)],
            NotificationTexts.PublicNoticePublished(context.Message));
}
