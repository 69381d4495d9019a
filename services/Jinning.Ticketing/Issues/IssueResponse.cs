using System.Security.Claims;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Confidentiality;

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
    Guid? ReporterSupervisorId,
    string? ReporterPseudonym,
    string? DepartmentCode,
    DispatchKind? DispatchKind,
    DateTimeOffset? Deadline,
    string? Instructions,
    string? ReturnReason,
    string? RectificationSummary,
    IReadOnlyList<string> RectificationEvidence,
    string? Feedback,
    int? Rating,
    string? ObjectionReason,
    DateTimeOffset? ClosedAt,
    string? ComplainantContact,
    DateTimeOffset? ExposedAt,
    IReadOnlyList<string> CoHandlers,
    SupervisionLevel? SupervisionLevel,
    DateTimeOffset? SignForDeadline,
    DateTimeOffset? SignedForAt,
    ExtensionState? Extension,
    DateTimeOffset? ExtensionRequestedUntil,
    string? ExtensionReason,
    DateTimeOffset? ClockStoppedAt,
    string? MaterialRequest,
    Guid? MergedIntoId,
    IReadOnlyList<Guid>? MergedReporterSupervisorIds,
    DateTimeOffset? OverdueAt,
    IssueType Type,
    IssueOutcome? Outcome,
    Confirmation? Confirmation,
    string? CloseReason,
    DateTimeOffset? FeedbackGivenAt,
    DateTimeOffset? ConfirmationDueAt,
    int Escalations,
    DisciplineStage? DisciplineStage) : IShowsReporter
{
    /// <summary>The complainant's one-time query code (T13): only in the answer that registered the complaint, never again.</summary>
    public string? QueryCode { get; init; }

    /// <summary>Whether <paramref name="reader"/> sees who reported: the office, the discipline commission (T12), or the reporter
    /// themself.</summary>
    public static bool RevealsReporterTo(Issue issue, ClaimsPrincipal reader) =>
        reader.IsOffice() || reader.IsInRole(Roles.Discipline) || (reader.SupervisorId() is { } own && own == issue.ReporterSupervisorId);

    /// <summary>A view that goes on the identity-view log (T8): someone other than the reporter sees who reported.</summary>
    public IEnumerable<Guid> IssuesWhoseReporterIsShownTo(ClaimsPrincipal reader)
    {
        var reporterShown = ReporterSupervisorId is { } reporter && reader.SupervisorId() != reporter;
        if (reporterShown || MergedReporterSupervisorIds is { Count: > 0 } || ComplainantContact is not null)
        {
            yield return Id;
        }
    }

    /// <summary>
    /// The reporter is shown only to the office, the discipline commission and the reporter. Everyone
    /// else, departments above all, sees a pseudonym that is stable for the issue and reveals nothing (T8).
    /// </summary>
    public static IssueResponse From(Issue issue, ClaimsPrincipal reader, ReporterPseudonyms pseudonyms)
    {
        var revealReporter = RevealsReporterTo(issue, reader);
        var office = reader.IsOffice();
        var assignment = issue.Assignment;
        return new(
            issue.Id, issue.TrackingNumber, issue.Title, issue.Description, issue.Category, issue.Channel, issue.Source,
            issue.Place, issue.InvolvedUnit, issue.Major, issue.Status, issue.State, issue.ReportedAt,
            revealReporter ? issue.ReporterSupervisorId : null,
            pseudonyms.For(issue.Id, issue.ReporterSupervisorId),
            assignment.DepartmentCode, assignment.DispatchKind, assignment.Deadline, assignment.Instructions, assignment.ReturnReason,
            issue.Rectification.Summary, issue.Rectification.Evidence, issue.Feedback.Message, issue.Feedback.Rating,
            issue.Feedback.ObjectionReason,
            issue.ClosedAt, office ? issue.ComplainantContact : null, issue.Case.ExposedAt,
            assignment.CoHandlerCodes, assignment.SupervisionLevel, assignment.SignForDeadline, assignment.SignedForAt,
            issue.Extension.State, issue.Extension.RequestedUntil, issue.Extension.Reason, issue.Material.ClockStoppedAt,
            issue.Material.Request,
            issue.MergedIntoId, office ? issue.MergedReporterSupervisorIds : null, assignment.OverdueAt,
            issue.Type, issue.Outcome, issue.Confirmation, issue.CloseReason, issue.Feedback.GivenAt, issue.Feedback.ConfirmationDueAt,
            assignment.Escalations, issue.DisciplineStage);
    }
}
