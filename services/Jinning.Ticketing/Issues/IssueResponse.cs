using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
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
    DateTimeOffset? OverdueAt)
{
    /// <summary>Whether <paramref name="reader"/> sees who reported: the office, or the reporter themself.</summary>
    public static bool RevealsReporterTo(Issue issue, ClaimsPrincipal reader) =>
        reader.IsOffice() || (reader.SupervisorId() is { } own && own == issue.ReporterSupervisorId);

    /// <summary>A view that must go on the identity-view log (T8): someone other than the reporter sees who reported.</summary>
    public static bool IsIdentityView(Issue issue, ClaimsPrincipal reader) =>
        reader.IsOffice() && (issue.ReporterSupervisorId is not null || issue.MergedReporterSupervisorIds.Count > 0 || issue.ComplainantContact is not null);

    /// <summary>
    /// The reporter is shown only to the office and to the reporter. Everyone else, departments
    /// above all, sees a pseudonym that is stable for the issue and reveals nothing (T8).
    /// </summary>
    public static IssueResponse From(Issue issue, ClaimsPrincipal reader)
    {
        var revealReporter = RevealsReporterTo(issue, reader);
        return new(
            issue.Id, issue.TrackingNumber, issue.Title, issue.Description, issue.Category, issue.Channel, issue.Source,
            issue.Place, issue.InvolvedUnit, issue.Major, issue.Status, issue.State, issue.ReportedAt,
            revealReporter ? issue.ReporterSupervisorId : null,
            Pseudonym(issue),
            issue.DepartmentCode, issue.DispatchKind, issue.Deadline, issue.Instructions, issue.ReturnReason, issue.RectificationSummary,
            issue.RectificationEvidence, issue.Feedback, issue.Rating, issue.ObjectionReason, issue.ClosedAt,
            reader.IsOffice() ? issue.ComplainantContact : null, issue.ExposedAt,
            issue.CoHandlerCodes, issue.SupervisionLevel, issue.SignForDeadline, issue.SignedForAt, issue.Extension, issue.ExtensionRequestedUntil,
            issue.ExtensionReason, issue.ClockStoppedAt, issue.MaterialRequest, issue.MergedIntoId,
            reader.IsOffice() ? issue.MergedReporterSupervisorIds : null, issue.OverdueAt);
    }

    private static string? Pseudonym(Issue issue)
    {
        if (issue.ReporterSupervisorId is not { } reporter)
        {
            return null;
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{issue.Id:N}:{reporter:N}"));
        return $"监督员-{Convert.ToHexString(hash, 0, 3)}";
    }
}
