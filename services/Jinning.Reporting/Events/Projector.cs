using Jinning.Contracts.V1;
using Jinning.Reporting.IssueStatistics;
using Jinning.Reporting.Roster;

namespace Jinning.Reporting.Events;

/// <summary>Sends each event to the projection that owns the read model it changes.</summary>
public sealed class Projector(IssueProjection issues, RosterProjection roster)
{
    public Task ApplyAsync(object message, CancellationToken ct) => message switch
    {
        IssueReported e => issues.ApplyAsync(e, ct),
        IssueTransferred e => issues.ApplyAsync(e, ct),
        IssueReturned e => issues.ApplyAsync(e, ct),
        IssueRectified e => issues.ApplyAsync(e, ct),
        IssueOverdue e => issues.ApplyAsync(e, ct),
        FeedbackGiven e => issues.ApplyAsync(e, ct),
        IssueClosed e => issues.ApplyAsync(e, ct),
        IssueReopened e => issues.ApplyAsync(e, ct),
        IssueMerged e => issues.ApplyAsync(e, ct),
        CaseExposed e => issues.ApplyAsync(e, ct),
        SupervisorAppointed e => roster.ApplyAsync(e, ct),
        SupervisorTermEnded e => roster.ApplyAsync(e, ct),
        SupervisorDismissed e => roster.ApplyAsync(e, ct),
        HalfYearWorkDue e => roster.ApplyAsync(e, ct),
        HalfYearWorkSubmitted e => roster.ApplyAsync(e, ct),
        SuggestionAdopted e => roster.ApplyAsync(e, ct),
        AttendanceRecorded e => roster.ApplyAsync(e, ct),
        TaskResultReported e => roster.ApplyAsync(e, ct),
        _ => throw new ArgumentException($"Reporting has no projection for {message.GetType().FullName}.", nameof(message)),
    };
}
