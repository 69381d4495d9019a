using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Messaging.Ordering;
using Jinning.Reporting.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Events.Ordering;

/// <summary>
/// Applies each aggregate's events in version order, whatever order the broker brought them in (issue 16):
/// the next version applies, together with any parked ones that follow it; an early one is parked in
/// <c>parked_events</c> until the gap fills; a stale or duplicate one is ignored. Unversioned events apply
/// as they arrive. Versioned events reporting keeps no figures for only move the version on.
/// </summary>
public sealed class OrderedApplication(ReportingDbContext db, EventRecorder recorder, TimeProvider time, ILogger<OrderedApplication> logger)
{
    /// <summary>
    /// The one lock that serialises reporting's writers, taken first by the consumer and the rebuild alike
    /// (the issue projection draws its revisions under it too), so the two never wait for each other crosswise.
    /// </summary>
    public const long WriterLock = 73100001;

    public static Task TakeWriterLockAsync(ReportingDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({WriterLock})", ct);

    public async Task ReceiveAsync(object message, Guid messageId, DateTimeOffset? sentAt, CancellationToken ct)
    {
        await TakeWriterLockAsync(db, ct);
        if (VersionedEvent.Read(message) is not { } position)
        {
            await ApplyAsync(message, messageId, sentAt, ct);
            return;
        }
        var applied = await db.AppliedVersions.FindAsync([position.AggregateId], ct);
        var last = applied?.Version ?? 0;
        if (position.Version <= last)
        {
            logger.LogInformation("{Type} version {Version} of {AggregateId} is stale (applied up to {Last}); ignored",
                message.GetType().Name, position.Version, position.AggregateId, last);
            return;
        }
        if (position.Version > last + 1)
        {
            await ParkAsync(message, messageId, sentAt, position, last, ct);
            return;
        }
        applied ??= db.AppliedVersions.Add(new AppliedVersion { AggregateId = position.AggregateId }).Entity;
        await ApplyAsync(message, messageId, sentAt, ct);
        applied.Version = position.Version;
        await ReleaseFollowersAsync(applied, ct);
    }

    private async Task ParkAsync(object message, Guid messageId, DateTimeOffset? sentAt, VersionedEvent.Position position, long last,
        CancellationToken ct)
    {
        if (await db.ParkedEvents.AnyAsync(p => p.AggregateId == position.AggregateId && p.Version == position.Version, ct))
        {
            logger.LogInformation("{Type} version {Version} of {AggregateId} is already parked; ignored",
                message.GetType().Name, position.Version, position.AggregateId);
            return;
        }
        var type = message.GetType();
        db.ParkedEvents.Add(new ParkedEvent
        {
            MessageId = messageId, AggregateId = position.AggregateId, Version = position.Version, Type = type.FullName!,
            Body = JsonSerializer.Serialize(message, type, JsonSerializerOptions.Web), SentAt = sentAt, ParkedAt = time.GetUtcNow(),
        });
        logger.LogInformation("{Type} version {Version} of {AggregateId} arrived before version {Expected}; parked until it comes",
            type.Name, position.Version, position.AggregateId, last + 1);
    }

    private async Task ReleaseFollowersAsync(AppliedVersion applied, CancellationToken ct)
    {
        while (await db.ParkedEvents.FirstOrDefaultAsync(p => p.AggregateId == applied.AggregateId && p.Version == applied.Version + 1, ct)
            is { } next)
        {
            // Saved first, so the projections of the released event see the rows of the one before it.
            await db.SaveChangesAsync(ct);
            db.ParkedEvents.Remove(next);
            var type = ContractType(next.Type);
            var message = JsonSerializer.Deserialize(next.Body, type, JsonSerializerOptions.Web)!;
            await ApplyAsync(message, next.MessageId, next.SentAt, ct);
            applied.Version = next.Version;
        }
    }

    private async Task ApplyAsync(object message, Guid messageId, DateTimeOffset? sentAt, CancellationToken ct)
    {
        if (EventCatalog.Find(message.GetType().FullName!) is not null)
        {
            await recorder.RecordAsync(message, messageId, sentAt, ct);
        }
    }

    private static Type ContractType(string name) => typeof(IssueReported).Assembly.GetType(name)
        ?? throw new InvalidOperationException($"Unknown parked event type {name}.");
}
