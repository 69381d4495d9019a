using Jinning.Messaging.Ordering;
using Jinning.Reporting.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Events.Ordering;

/// <summary>
/// Reporting's way in for every event: under the writer lock, through the <see cref="VersionGate"/> (each aggregate's
/// events in version order), into the <see cref="EventRecorder"/>. Versioned events reporting keeps no figures for
/// only move their aggregate's version on.
/// </summary>
public sealed class OrderedApplication(ReportingDbContext db, EventRecorder recorder, VersionGate gate)
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
        await gate.ReceiveAsync(db, message, messageId, sentAt, ApplyAsync, ct);
    }

    private Task ApplyAsync(object message, Guid messageId, DateTimeOffset? sentAt, CancellationToken ct) =>
        EventCatalog.Find(message.GetType().FullName!) is not null ? recorder.RecordAsync(message, messageId, sentAt, ct) : Task.CompletedTask;
}
