using Jinning.Contracts.V1;
using Jinning.Notification.Inbox;
using Jinning.Notification.Templates;
using MassTransit;

namespace Jinning.Notification.Routing;

/// <summary>
/// The roster's notices: nominating units hear about their nominees, the office about what waits for it, supervisors about what concerns
/// them.
/// </summary>
public sealed partial class NotificationEventsConsumer :
    IConsumer<CandidateNominated>, IConsumer<NominationReviewed>, IConsumer<SupervisorDismissed>, IConsumer<ReplacementRequested>,
    IConsumer<SupervisorApplicationFiled>, IConsumer<SupervisorApplicationDecided>, IConsumer<SupervisorActionRecorded>,
    IConsumer<AccountabilityReferred>,
    IConsumer<DeclarationFiled>, IConsumer<DeclarationDecided>, IConsumer<TaskAssigned>, IConsumer<IssueRectified>,
    IConsumer<SuggestionAdopted>
{
    public Task Consume(ConsumeContext<CandidateNominated> context) =>
        notifier.NotifyAsync(context, [Recipients.Office], NotificationTexts.CandidateNominated(context.Message));

    public Task Consume(ConsumeContext<NominationReviewed> context) =>
        notifier.NotifyAsync(context, [Recipients.Nominator(context.Message.NominatingUnit)],
            NotificationTexts.NominationReviewed(context.Message));

    public Task Consume(ConsumeContext<SupervisorDismissed> context) =>
        notifier.NotifyAsync(context, context.Message.NominatingUnit is { } unit ? [Recipients.Nominator(unit)] : [],
            NotificationTexts.NomineeDismissed(context.Message));

    public Task Consume(ConsumeContext<ReplacementRequested> context) =>
        notifier.NotifyAsync(context, [Recipients.Nominator(context.Message.NominatingUnit)],
            NotificationTexts.ReplacementRequested(context.Message));

    public Task Consume(ConsumeContext<SupervisorApplicationFiled> context) =>
        notifier.NotifyAsync(context, [Recipients.Office], NotificationTexts.ApplicationFiled(context.Message));

    public Task Consume(ConsumeContext<SupervisorApplicationDecided> context) =>
        notifier.NotifyAsync(context, [Recipients.Supervisor(context.Message.SupervisorId)],
            NotificationTexts.ApplicationDecided(context.Message));

    public Task Consume(ConsumeContext<SupervisorActionRecorded> context) =>
        notifier.NotifyAsync(context, [Recipients.Supervisor(context.Message.SupervisorId)],
            NotificationTexts.ActionRecorded(context.Message));

    public Task Consume(ConsumeContext<AccountabilityReferred> context) =>
        notifier.NotifyAsync(context, [Recipients.Discipline], NotificationTexts.AccountabilityReferred(context.Message));

    public Task Consume(ConsumeContext<DeclarationFiled> context) =>
        notifier.NotifyAsync(context, [Recipients.Office], NotificationTexts.DeclarationFiled(context.Message));

    public Task Consume(ConsumeContext<DeclarationDecided> context) =>
        notifier.NotifyAsync(context, [Recipients.Supervisor(context.Message.SupervisorId)],
            NotificationTexts.DeclarationDecided(context.Message));

    public Task Consume(ConsumeContext<TaskAssigned> context) =>
        notifier.NotifyAsync(context, context.Message.SupervisorIds.Select(Recipients.Supervisor),
            NotificationTexts.TaskAssigned(context.Message));

    public Task Consume(ConsumeContext<IssueRectified> context) =>
        notifier.NotifyAsync(context, [Recipients.Office], NotificationTexts.IssueRectified(context.Message));

    public Task Consume(ConsumeContext<SuggestionAdopted> context) =>
        notifier.NotifyAsync(context, [Recipients.Supervisor(context.Message.SupervisorId)],
            NotificationTexts.SuggestionAdopted(context.Message));
}
