using Jinning.Contracts.V1;
using Jinning.Notification.Data;
using Jinning.Notification.Templates;
using MassTransit;

namespace Jinning.Notification.Inbox;

/// <summary>The office hears of every new issue; major ones are marked urgent (N1, T2).</summary>
public sealed class IssueReportedConsumer(NotificationDbContext db, TimeProvider time) : IConsumer<IssueReported>
{
    public Task Consume(ConsumeContext<IssueReported> context)
    {
        var issue = context.Message;
        var (title, body) = NotificationTexts.IssueReported(issue.TrackingNumber, issue.Title, issue.Major);
        db.InboxItems.Add(new InboxItem
        {
            Id = NewId.NextGuid(),
            Recipient = Recipients.Office,
            Kind = "issue-reported",
            Title = title,
            Body = body,
            SubjectId = issue.IssueId,
            Urgent = issue.Major,
            CreatedAt = time.GetUtcNow(),
        });
        return Task.CompletedTask;
    }
}
