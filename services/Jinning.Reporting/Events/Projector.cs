using Jinning.Contracts.V1;
using Jinning.Reporting.IssueStatistics;
using Jinning.Reporting.Roster;
using Jinning.Reporting.Scorecards;

namespace Jinning.Reporting.Events;

/// <summary>Sends each event to the projections that own the read models it changes, the issue facts first.</summary>
public sealed class Projector(IssueProjection issues, RosterProjection roster, ScorecardProjection scorecards)
{
    public Task ApplyAsync(object message, CancellationToken ct) => message switch
    {
        IssueReported e => issues.ApplyAsync(e, ct),
        IssueTransferred e => Both(issues.ApplyAsync(e, ct), () => scorecards.ApplyAsync(e, ct)),
        IssueReturned e => Both(issues.ApplyAsync(e, ct), () => scorecards.ApplyAsync(e, ct)),
        IssueRectified e => Both(issues.ApplyAsync(e, ct), () => scorecards.ApplyAsync(e, ct)),
        IssueOverdue e => Both(issues.ApplyAsync(e, ct), () => scorecards.ApplyAsync(e, ct)),
        FeedbackGiven e => Both(issues.ApplyAsync(e, ct), () => scorecards.ApplyAsync(e, ct)),
        IssueClosed e => Both(issues.ApplyAsync(e, ct), () => scorecards.ApplyAsync(e, ct)),
        IssueReclassified e => issues.ApplyAsync(e, ct),
        IssueSignedFor e => scorecards.ApplyAsync(e, ct),
        WorkingCalendarChanged e => scorecards.ApplyAsync(e, ct),
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

    private static async Task Both(Task first, Func<Task> then)
    {
        await first;
        await then();
    }
}
