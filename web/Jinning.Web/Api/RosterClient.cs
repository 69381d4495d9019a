namespace Jinning.Web.Api;

public sealed record SupervisorAction(Guid Id, string Kind, string Reason, string? Note, DateOnly On, DateTimeOffset RecordedAt,
    string? RecordedBy = null, bool ReferredToDiscipline = false);
public sealed record SupervisorRecord(Guid Id, string Name, string CertificateNumber, string NominatingUnit, string Background,
    bool SmallOrMediumEnterprise, DateOnly TermStart, DateOnly TermEnd, string Status, IReadOnlyList<SupervisorAction> Actions,
    IReadOnlyList<PastTerm>? PastTerms = null);
public sealed record FileIssue(Guid IssueId, string TrackingNumber, string Title, string Category, bool Major, DateTimeOffset ReportedAt,
    string Outcome, int? Rating);
public sealed record FileSubmission(Guid Id, string Period, string Status, DateTimeOffset SubmittedAt, string SuggestionTitle, bool Adopted,
    IReadOnlyList<string>? ForwardedTrackingNumbers = null);
public sealed record FileMeeting(Guid Id, string Kind, string Title, DateTimeOffset StartsAt, bool Attended, DateOnly? HeldOn = null,
    string? Report = null);
public sealed record FileTraining(Guid Id, string Period, string Title, bool Attended, DateTimeOffset? ReadAt = null);
public sealed record FileTask(Guid Id, string Kind, string Title, DateOnly? DueOn, string? Result);
public sealed record FileAward(int Year, string Title, string? Note);
public sealed record PersonalFile(SupervisorRecord Supervisor, string Workplace, IReadOnlyList<FileIssue> Issues,
    IReadOnlyList<FileSubmission> HalfYearWork, IReadOnlyList<FileMeeting> Meetings, IReadOnlyList<FileTraining> Trainings,
    IReadOnlyList<FileTask> Tasks, IReadOnlyList<FileAward> Awards, IReadOnlyList<SupervisorAction> DisciplineAndAdjustments,
    IReadOnlyList<SupervisorApplication>? Applications = null, IReadOnlyList<Declaration>? Declarations = null);

public sealed record DutyRow(Guid SupervisorId, string Name, string CertificateNumber, string Status, Guid? SubmissionId,
    DateTimeOffset? SubmittedAt, string? SuggestionTitle, bool SuggestionAdopted);
public sealed record PeriodDuties(string Period, DateOnly Start, DateOnly End, int Owed, int Submitted, int Late, int Outstanding,
    IReadOnlyList<DutyRow> Supervisors);
public sealed record SubmissionRequest(string? Ledger, string? SuggestionTitle, string? Suggestion);
public sealed record SubmissionReceipt(Guid Id, string Period, string Status, DateTimeOffset SubmittedAt);

/// <summary>The supervisor's own record, personal file (R6) and half-year work (D1).</summary>
public sealed class RosterClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<PersonalFile>> PersonalFileAsync(Guid supervisorId, CancellationToken cancellationToken) =>
        GetAsync<PersonalFile>($"/api/roster/supervisors/{supervisorId}/file", cancellationToken);

    public Task<ApiResult<PeriodDuties>> HalfYearAsync(string period, CancellationToken cancellationToken) =>
        GetAsync<PeriodDuties>($"/api/roster/duties/half-years/{Uri.EscapeDataString(period)}", cancellationToken);

    public Task<ApiResult<SubmissionReceipt>> SubmitAsync(string period, SubmissionRequest request, CancellationToken cancellationToken) =>
        PostAsync<SubmissionReceipt>($"/api/roster/duties/half-years/{Uri.EscapeDataString(period)}/submissions", request, cancellationToken);
}
