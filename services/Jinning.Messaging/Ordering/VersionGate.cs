using System.Text.Json;
using Jinning.Contracts.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Jinning.Messaging.Ordering;

/// <summary>
/// Applies each aggregate's events in version order, whatever order the broker brought them in (issue 16): the
/// next version applies, together with any parked ones that follow it; an early one is parked in
/// <c>parked_events</c> until the gap fills; a stale or duplicate one is ignored. Unversioned events apply as they
/// arrive. It runs inside the consumer's transaction; the caller serialises it per aggregate (see
/// <see cref="LockAggregateAsync"/>) so two instances never apply the same aggregate at once.
/// </summary>
public sealed class VersionGate(TimeProvider time, ILogger<VersionGate> logger)
{
    public delegate Task Apply(object message, Guid messageId, DateTimeOffset? sentAt, CancellationToken ct);

    /// <summary>A transaction-long lock on the aggregate the message is about; nothing for unversioned messages.</summary>
    public static async Task LockAggregateAsync(DbContext db, object message, CancellationToken ct)
    {
        if (VersionedEvent.Read(message) is { } position)
        {
            var key = position.AggregateId.ToString();
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", ct);
        }
    }

    public async Task ReceiveAsync(DbContext db, object message, Guid messageId, DateTimeOffset? sentAt, Apply apply, CancellationToken ct)
    {
        if (VersionedEvent.Read(message) is not { } position)
        {
            await apply(message, messageId, sentAt, ct);
            return;
        }
        var versions = db.Set<AppliedVersion>();
        var applied = await versions.FindAsync([position.AggregateId], ct);
        var last = applied?.Version ?? 0;
        if (position.Version <= last)
        {
            logger.LogInformation("{Type} version {Version} of {AggregateId} is stale (applied up to {Last}); ignored",
                message.GetType().Name, position.Version, position.AggregateId, last);
            return;
        }
        if (position.Version > last + 1)
        {
            await ParkAsync(db, message, messageId, sentAt, position, last, ct);
            return;
        }
        applied ??= versions.Add(new AppliedVersion { AggregateId = position.AggregateId }).Entity;
        await apply(message, messageId, sentAt, ct);
        applied.Version = position.Version;
        await ReleaseFollowersAsync(db, applied, apply, ct);
    }

    private async Task ParkAsync(DbContext db, object message, Guid messageId, DateTimeOffset? sentAt, VersionedEvent.Position position,
        long last, CancellationToken ct)
    {
        var parked = db.Set<ParkedEvent>();
        if (await parked.AnyAsync(p => p.AggregateId == position.AggregateId && p.Version == position.Version, ct))
        {
            logger.LogInformation("{Type} version {Version} of {AggregateId} is already parked; ignored",
                message.GetType().Name, position.Version, position.AggregateId);
            return;
        }
        var type = message.GetType();
        parked.Add(new ParkedEvent
        {
            MessageId = messageId, AggregateId = position.AggregateId, Version = position.Version, Type = type.FullName!,
            Body = JsonSerializer.Serialize(message, type, JsonSerializerOptions.Web), SentAt = sentAt, ParkedAt = time.GetUtcNow(),
        });
        logger.LogInformation("{Type} version {Version} of {AggregateId} arrived before version {Expected}; parked until it comes",
            type.Name, position.Version, position.AggregateId, last + 1);
    }

    private static async Task ReleaseFollowersAsync(DbContext db, AppliedVersion applied, Apply apply, CancellationToken ct)
    {
        var parked = db.Set<ParkedEvent>();
        while (await parked.FirstOrDefaultAsync(p => p.AggregateId == applied.AggregateId && p.Version == applied.Version + 1, ct)
            is { } next)
        {
            // Saved first, so what applies the released event sees the rows of the one before it.
            await db.SaveChangesAsync(ct);
            parked.Remove(next);
            var message = JsonSerializer.Deserialize(next.Body, ContractType(next.Type), JsonSerializerOptions.Web)!;
            await apply(message, next.MessageId, next.SentAt, ct);
            applied.Version = next.Version;
        }
    }

    private static Type ContractType(string name) => typeof(IssueReported).Assembly.GetType(name)
        ?? throw new InvalidOperationException($"Unknown parked event type {name}.");
}
