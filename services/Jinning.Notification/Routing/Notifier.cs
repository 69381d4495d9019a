using Jinning.Notification.Data;
using Jinning.Notification.Deliveries;
using Jinning.Notification.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Routing;

/// <summary>A notice for people: what it is, what it says, and what it is about.</summary>
public sealed record Notice(string Kind, string Title, string Body, Guid? SubjectId = null, bool Urgent = false);

/// <summary>
/// Turns one event into what each recipient receives (N1, N2): an inbox item always, an e-mail when
/// they gave an address and want e-mail, and a POST to each webhook registered for them. Written in
/// the consumer's transaction; the keys on event and recipient make a redelivery add nothing (N3).
/// </summary>
public sealed class Notifier(NotificationDbContext db, TimeProvider time)
{
    public async Task NotifyAsync(ConsumeContext context, IEnumerable<string> recipients, Notice notice)
    {
        var eventId = context.MessageId ?? throw new InvalidOperationException("An event without messageId cannot be delivered exactly once.");
        var eventType = context.SupportedMessageTypes.FirstOrDefault()?.Split(':').Last() ?? notice.Kind;
        var now = time.GetUtcNow();
        foreach (var recipient in recipients.Distinct())
        {
            if (await db.InboxItems.AnyAsync(i => i.EventId == eventId && i.Recipient == recipient, context.CancellationToken))
            {
                continue;
            }
            db.InboxItems.Add(new InboxItem
            {
                Id = NewId.NextGuid(), EventId = eventId, Recipient = recipient, Kind = notice.Kind, Title = notice.Title,
                Body = notice.Body, SubjectId = notice.SubjectId, Urgent = notice.Urgent, CreatedAt = now,
            });

            var preference = await db.Preferences.AsNoTracking().FirstOrDefaultAsync(p => p.Recipient == recipient, context.CancellationToken);
            if (preference is { EmailEnabled: true, Email: { Length: > 0 } email })
            {
                db.Deliveries.Add(NewDelivery(eventId, eventType, recipient, DeliveryChannel.Email, email, notice, now));
            }
            var webhooks = await db.WebhookEndpoints.AsNoTracking().Where(e => e.Recipient == recipient && e.Active).Select(e => e.Id).ToListAsync(context.CancellationToken);
            foreach (var webhook in webhooks)
            {
                db.Deliveries.Add(NewDelivery(eventId, eventType, recipient, DeliveryChannel.Webhook, webhook.ToString(), notice, now));
            }
        }
    }

    private static Delivery NewDelivery(Guid eventId, string eventType, string recipient, DeliveryChannel channel, string target, Notice notice, DateTimeOffset now) => new()
    {
        Id = NewId.NextGuid(), EventId = eventId, EventType = eventType, Recipient = recipient, Channel = channel, Target = target,
        Subject = notice.Title, Body = notice.Body, Status = DeliveryStatus.Pending, CreatedAt = now, NextAttemptAt = now,
    };
}
