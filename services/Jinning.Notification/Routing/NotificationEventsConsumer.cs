using Jinning.Contracts.V1;
using Jinning.Messaging.Topology;
using Jinning.Notification.Data;
using Jinning.Notification.Inbox;
using Jinning.Notification.Preferences;
using Jinning.Notification.Templates;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Routing;

/// <summary>Who hears what (N1): each event the other services publish, routed to the people it concerns.</summary>
public sealed partial class NotificationEventsConsumer(Notifier notifier, NotificationDbContext db, TimeProvider time) :
    IConsumer<IssueReported>, IConsumer<IssueTransferred>, IConsumer<IssueReminderDue>, IConsumer<IssueReturned>, IConsumer<IssueOverdue>, IConsumer<FeedbackGiven>,
    IConsumer<SupervisorAppointed>, IConsumer<SupervisorTermEnding>, IConsumer<SupervisorTermEnded>, IConsumer<MeetingScheduled>,
    IConsumer<TrainingIssued>, IConsumer<HalfYearWorkDue>, IConsumer<RetaliationReported>,
    IConsumer<IssueExtensionRequested>, IConsumer<IssueExtensionDecided>, IConsumer<IssueMerged>
{
    public Task Consume(ConsumeContext<IssueMerged> context) =>
        notifier.NotifyAsync(context, context.Message.ReporterSupervisorId is { } reporter ? [Recipients.Supervisor(reporter)] : [],
            NotificationTexts.IssueMerged(context.Message));

    public Task Consume(ConsumeContext<IssueExtensionRequested> context) =>
        notifier.NotifyAsync(context, [Recipients.Office], NotificationTexts.IssueExtensionRequested(context.Message));

    public Task Consume(ConsumeContext<IssueExtensionDecided> context) =>
        notifier.NotifyAsync(context, [Recipients.Department(context.Message.DepartmentCode)], NotificationTexts.IssueExtensionDecided(context.Message));

    public Task Consume(ConsumeContext<IssueReported> context) =>
        notifier.NotifyAsync(context, context.Message.Category == "retaliation" ? [Recipients.Office, Recipients.Discipline] : [Recipients.Office],
            NotificationTexts.IssueReported(context.Message));

    public Task Consume(ConsumeContext<IssueTransferred> context) =>
        notifier.NotifyAsync(context, [Recipients.Department(context.Message.DepartmentCode)], NotificationTexts.IssueTransferred(context.Message));

    public Task Consume(ConsumeContext<IssueReminderDue> context) =>
        notifier.NotifyAsync(context, [Recipients.Department(context.Message.DepartmentCode)], NotificationTexts.IssueReminderDue(context.Message));

    public Task Consume(ConsumeContext<IssueReturned> context) =>
        notifier.NotifyAsync(context, [Recipients.Office], NotificationTexts.IssueReturned(context.Message));

    public Task Consume(ConsumeContext<IssueOverdue> context) =>
        notifier.NotifyAsync(context, [Recipients.Department(context.Message.DepartmentCode), Recipients.Office], NotificationTexts.IssueOverdue(context.Message));

    public Task Consume(ConsumeContext<FeedbackGiven> context) =>
        notifier.NotifyAsync(context, context.Message.ReporterSupervisorIds.Select(Recipients.Supervisor), NotificationTexts.FeedbackGiven(context.Message));

    public async Task Consume(ConsumeContext<SupervisorAppointed> context)
    {
        var recipient = Recipients.Supervisor(context.Message.SupervisorId);
        // The address given at nomination is where a new supervisor hears from us, until they change it.
        if (context.Message.Email is { Length: > 0 } email && !await db.Preferences.AnyAsync(p => p.Recipient == recipient, context.CancellationToken))
        {
            db.Preferences.Add(new Preference { Recipient = recipient, Email = email, UpdatedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(context.CancellationToken);
        }
        await notifier.NotifyAsync(context, [recipient], NotificationTexts.SupervisorAppointed(context.Message));
    }

    public Task Consume(ConsumeContext<SupervisorTermEnding> context) =>
        notifier.NotifyAsync(context, [Recipients.Supervisor(context.Message.SupervisorId)], NotificationTexts.SupervisorTermEnding(context.Message));

    public Task Consume(ConsumeContext<SupervisorTermEnded> context) =>
        notifier.NotifyAsync(context, [Recipients.Supervisor(context.Message.SupervisorId)], NotificationTexts.SupervisorTermEnded(context.Message));

    public Task Consume(ConsumeContext<MeetingScheduled> context) =>
        notifier.NotifyAsync(context, context.Message.InvitedSupervisorIds.Select(Recipients.Supervisor), NotificationTexts.MeetingScheduled(context.Message));

    public Task Consume(ConsumeContext<TrainingIssued> context) =>
        notifier.NotifyAsync(context, context.Message.SupervisorIds.Select(Recipients.Supervisor), NotificationTexts.TrainingIssued(context.Message));

    public Task Consume(ConsumeContext<HalfYearWorkDue> context) =>
        notifier.NotifyAsync(context, [Recipients.Supervisor(context.Message.SupervisorId)], NotificationTexts.HalfYearWorkDue(context.Message));

    public Task Consume(ConsumeContext<RetaliationReported> context) =>
        notifier.NotifyAsync(context, [Recipients.Discipline], NotificationTexts.RetaliationReported(context.Message));
}

public sealed class NotificationEventsConsumerDefinition : ConsumerDefinition<NotificationEventsConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<NotificationEventsConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.BindAllDepartments();
}
