using System.Security.Claims;
using Jinning.ServiceDefaults.Authentication;

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
    DateTimeOffset ReportedAt,
    Guid? ReporterSupervisorId)
{
    /// <summary>The reporter is shown only to the office and to the reporter; never to a department (T8).</summary>
    public static IssueResponse From(Issue issue, ClaimsPrincipal reader) => new(
        issue.Id, issue.TrackingNumber, issue.Title, issue.Description, issue.Category, issue.Channel, issue.Source,
        issue.Place, issue.InvolvedUnit, issue.Major, issue.Status, issue.State, issue.ReportedAt,
        reader.IsOffice() || reader.SupervisorId() == issue.ReporterSupervisorId ? issue.ReporterSupervisorId : null);
}
