using System.Diagnostics;
using Jinning.Roster.Data;
using Jinning.Roster.Supervisors;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Jinning.Roster.Telemetry;

/// <summary>
/// One log line per event a roster aggregate raised, written by <see cref="RosterDbContext.SaveEntitiesAsync"/> once saved:
/// the aggregate and its id, the event's name, the supervisor's certificate number where there is one, and the trace.
/// Never the event's body: nominations carry names and ID numbers.
/// </summary>
public static partial class RosterChangeLog
{
    public const int RosterChangedEventId = 2101;

    public sealed record Change(string Aggregate, string AggregateId, string Event, string? CertificateNumber);

    public static IEnumerable<Change> Describe(EntityEntry<Aggregate> entry)
    {
        var key = entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()) ?? [];
        var aggregateId = string.Join("/", key);
        var ownCertificate = (entry.Entity as Supervisor)?.CertificateNumber;
        return entry.Entity.RaisedEvents().Select(raised => new Change(entry.Entity.GetType().Name, aggregateId, raised.GetType().Name,
            ownCertificate ?? CertificateNumberIn(raised)));
    }

    public static void Changed(ILogger logger, Change change) =>
        RosterChanged(logger, change.Aggregate, change.AggregateId, change.Event, change.CertificateNumber,
            Activity.Current?.TraceId.ToString());

    /// <summary>Events about a serving supervisor name the certificate number; the nomination stages before one have none.</summary>
    private static string? CertificateNumberIn(object raised) =>
        raised.GetType().GetProperty(nameof(Supervisor.CertificateNumber))?.GetValue(raised) as string;

    [LoggerMessage(EventId = RosterChangedEventId, EventName = "RosterChanged", Level = LogLevel.Information,
        Message = "Roster {Aggregate} {AggregateId}: {RosterEvent} (certificate {CertificateNumber}, trace {TraceId})")]
    private static partial void RosterChanged(ILogger logger, string aggregate, string aggregateId, string rosterEvent,
        string? certificateNumber, string? traceId);
}
