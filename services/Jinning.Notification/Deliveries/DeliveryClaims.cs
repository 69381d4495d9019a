using Jinning.Notification.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Deliveries;

/// <summary>
/// The delivery table's side of sending: a claim is one short statement (no transaction stays open while sending), and
/// each outcome is written on its own, only if the claim is still this worker's.
/// </summary>
public static class DeliveryClaims
{
    /// <summary>
    /// Claims up to <paramref name="limit"/> due deliveries not claimed by a live instance, skipping rows another instance is
    /// claiming right now and endpoints that are <paramref name="busyEndpoints"/> here.
    /// </summary>
    public static Task<List<Delivery>> ClaimAsync(NotificationDbContext db, DateTimeOffset now, DateTimeOffset until, int limit,
        string[] busyEndpoints, CancellationToken cancellationToken)
    {
        var pending = DeliveryStatus.Pending.ToString();
        var email = DeliveryChannel.Email.ToString();
        return db.Deliveries.FromSql($"""
            UPDATE deliveries AS d SET claimed_until = {until}
            FROM (SELECT id FROM deliveries
                  WHERE status = {pending} AND next_attempt_at <= {now} AND (claimed_until IS NULL OR claimed_until < {now})
                    AND (CASE WHEN channel = {email} THEN channel ELSE channel || ':' || target END) <> ALL ({busyEndpoints})
                  ORDER BY next_attempt_at LIMIT {limit}
                  FOR UPDATE SKIP LOCKED) AS due
            WHERE d.id = due.id
            RETURNING d.*
            """).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>The endpoint a delivery goes to: the one mail server, or one webhook endpoint.</summary>
    public static string EndpointOf(Delivery delivery) =>
        delivery.Channel == DeliveryChannel.Email ? DeliveryChannel.Email.ToString() : $"{delivery.Channel}:{delivery.Target}";

    /// <summary>PostgreSQL keeps microseconds: a claim compared later must be stored exactly as it is held here.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset value) =>
        new(value.Ticks - value.Ticks % 10, value.Offset);

    public static Task<int> RecordSentAsync(NotificationDbContext db, Delivery claimed, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        Owned(db, claimed).ExecuteUpdateAsync(set => set
            .SetProperty(d => d.Status, DeliveryStatus.Sent)
            .SetProperty(d => d.Attempts, claimed.Attempts + 1)
            .SetProperty(d => d.SentAt, sentAt)
            .SetProperty(d => d.LastError, (string?)null)
            .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);

    public static Task<int> RecordFailedAsync(NotificationDbContext db, Delivery claimed, string error, DateTimeOffset? retryAt,
        CancellationToken cancellationToken) =>
        Owned(db, claimed).ExecuteUpdateAsync(set => set
            .SetProperty(d => d.Status, retryAt is null ? DeliveryStatus.Dead : DeliveryStatus.Pending)
            .SetProperty(d => d.Attempts, claimed.Attempts + 1)
            .SetProperty(d => d.LastError, error)
            .SetProperty(d => d.NextAttemptAt, retryAt ?? claimed.NextAttemptAt)
            .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);

    /// <summary>An instance stopping mid-send gives the delivery back at once, its attempt not counted.</summary>
    public static Task<int> ReleaseAsync(NotificationDbContext db, Delivery claimed, CancellationToken cancellationToken) =>
        Owned(db, claimed).ExecuteUpdateAsync(set => set.SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);

    private static IQueryable<Delivery> Owned(NotificationDbContext db, Delivery claimed) =>
        db.Deliveries.Where(d => d.Id == claimed.Id && d.ClaimedUntil == claimed.ClaimedUntil);
}
