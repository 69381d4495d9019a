using System.Diagnostics;
using Jinning.ServiceDefaults;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.Telemetry;

/// <summary>
/// One log line per state change of an issue, written by <see cref="IssueStore"/> once the change is saved: the
/// tracking number to look the issue up by, the event, the status it left the issue in and the trace it happened in.
/// Never the reporter, the title or the description: those may name a person.
/// </summary>
public static partial class IssueChangeLog
{
    public const int IssueChangedEventId = 2001;

    public static void Changed(ILogger logger, Issue issue, IIssueEvent domainEvent) =>
        IssueChanged(logger, issue.TrackingNumber, domainEvent.GetType().Name, KebabEnum.Format(issue.Status), issue.Id,
            Activity.Current?.TraceId.ToString());

    [LoggerMessage(EventId = IssueChangedEventId, EventName = "IssueChanged", Level = LogLevel.Information,
        Message = "Issue {TrackingNumber}: {IssueEvent}, now {Status} (issue {IssueId}, trace {TraceId})")]
    private static partial void IssueChanged(ILogger logger, string trackingNumber, string issueEvent, string status, Guid issueId,
        string? traceId);
}
