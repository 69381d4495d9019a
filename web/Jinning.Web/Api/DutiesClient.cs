namespace Jinning.Web.Api;

public sealed record SubmissionAttachment(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt);
public sealed record Adoption(bool Adopted, DateTimeOffset? AdoptedAt, string? AdoptedBy, string? Note);
public sealed record Forwarding(string DepartmentCode, string DepartmentName, DateTimeOffset ForwardedAt, string? Note, Guid? IssueId,
    string? TrackingNumber, DateTimeOffset? OpenedAt);

/// <summary>A half-year submission as the office reads it: the ledger, the suggestion report, its files, adoption and where it was sent.</summary>
public sealed record Submission(Guid Id, string Period, Guid SupervisorId, string SupervisorName, string CertificateNumber, string Status,
    DateTimeOffset SubmittedAt, bool Late, string Ledger, string SuggestionTitle, string Suggestion,
    IReadOnlyList<SubmissionAttachment> Attachments, Adoption Adoption, IReadOnlyList<Forwarding> ForwardedTo);

/// <summary>The office's side of half-year work (D1, D5): who owes what, reading, adopting and forwarding suggestions.</summary>
public sealed class DutiesClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<PeriodDuties>> PeriodAsync(string period, CancellationToken cancellationToken) =>
        GetAsync<PeriodDuties>($"/api/roster/duties/half-years/{Uri.EscapeDataString(period)}", cancellationToken);

    public Task<ApiResult<Submission>> SubmissionAsync(string period, Guid id, CancellationToken cancellationToken) =>
        GetAsync<Submission>(Path(period, id), cancellationToken);

    public Task<ApiResult> AdoptAsync(string period, Guid id, string? note, CancellationToken cancellationToken) =>
        PostAsync($"{Path(period, id)}/adopt", new { note }, cancellationToken);

    public Task<ApiResult<Submission>> ForwardAsync(string period, Guid id, IReadOnlyList<string> departmentCodes, string? note,
        CancellationToken cancellationToken) =>
        PostAsync<Submission>($"{Path(period, id)}/forward", new { departmentCodes, note }, cancellationToken);

    public Task<ApiResult<DownloadedFile>> AttachmentAsync(string period, Guid id, Guid attachmentId, CancellationToken cancellationToken) =>
        DownloadAsync($"{Path(period, id)}/attachments/{attachmentId}", cancellationToken);

    private static string Path(string period, Guid id) => $"/api/roster/duties/half-years/{Uri.EscapeDataString(period)}/submissions/{id}";
}
