namespace Jinning.Ticketing.Issues;

public sealed record IssueResponse(
    Guid Id,
    string TrackingNumber,
    string Title,
    string Description,
    IssueCategory Category,
    IssueChannel Channel,
    IssueSource Source,
    string? Place,
    string? InvolvedUnit,
    bool Major,
    IssueStatus Status,
    IssueState State,
    DateTimeOffset ReportedAt)
{
    public static IssueResponse From(Issue issue) => new(
        issue.Id, issue.TrackingNumber, issue.Title, issue.Description, issue.Category, issue.Channel, issue.Source,
        issue.Place, issue.InvolvedUnit, issue.Major, issue.Status, issue.State, issue.ReportedAt);
}
