using Jinning.Contracts.V1;

namespace Jinning.Reporting.Events;

/// <summary>Every event type reporting consumes and keeps, by the name it is recorded under.</summary>
public static class EventCatalog
{
    public static readonly IReadOnlyList<Type> Types =
    [
        typeof(IssueReported), typeof(IssueTransferred), typeof(IssueReturned), typeof(IssueRectified), typeof(IssueOverdue),
        typeof(FeedbackGiven), typeof(IssueClosed), typeof(IssueReopened), typeof(IssueMerged), typeof(CaseExposed),
        typeof(SupervisorAppointed), typeof(SupervisorTermEnded), typeof(SupervisorDismissed),
        typeof(HalfYearWorkDue), typeof(HalfYearWorkSubmitted), typeof(SuggestionAdopted), typeof(AttendanceRecorded), typeof(TaskResultReported),
    ];

    private static readonly Dictionary<string, Type> ByName = Types.ToDictionary(t => t.FullName!);

    public static Type? Find(string name) => ByName.GetValueOrDefault(name);
}
