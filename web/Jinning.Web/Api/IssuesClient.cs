namespace Jinning.Web.Api;

public sealed record IssueView(
    Guid Id, string TrackingNumber, string Title, string Description, string Category, string Channel, string Source,
    string? Place, string? InvolvedUnit, bool Major, string Status, string State, DateTimeOffset ReportedAt,
    Guid? ReporterSupervisorId, string? ReporterPseudonym, string? DepartmentCode, string? DispatchKind, DateTimeOffset? Deadline,
    string? Instructions, string? ReturnReason, string? RectificationSummary, IReadOnlyList<string>? RectificationEvidence,
    string? Feedback, int? Rating, string? ObjectionReason, DateTimeOffset? ClosedAt, DateTimeOffset? ExposedAt,
    IReadOnlyList<string>? CoHandlers, string? SupervisionLevel, DateTimeOffset? SignForDeadline, DateTimeOffset? SignedForAt,
    Guid? MergedIntoId, DateTimeOffset? OverdueAt, string Type, string? Outcome, string? Confirmation, string? CloseReason,
    DateTimeOffset? FeedbackGivenAt, DateTimeOffset? ConfirmationDueAt, int Escalations, string? DisciplineStage,
    string? ComplainantContact = null, string? Extension = null, DateTimeOffset? ExtensionRequestedUntil = null, string? ExtensionReason = null,
    DateTimeOffset? ClockStoppedAt = null, string? MaterialRequest = null, IReadOnlyList<Guid>? MergedReporterSupervisorIds = null,
    string? QueryCode = null);

public sealed record IssueQuery(string? Status = null, string? State = null, string? Q = null, int Page = 1, int PageSize = 20);

public sealed record ReportIssueRequest(string Title, string Description, string Category, string Channel, string? Place,
    string? InvolvedUnit, bool Major, string? Type);

public sealed record Attachment(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedByRole);

/// <summary>One step of an issue as its reporter may see it: when, the status it reached, what happened in words.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string? Status, string? Text);

/// <summary>Issues as the signed-in person may see them (T1, T5, T8).</summary>
public sealed class IssuesClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<Paged<IssueView>>> ListAsync(IssueQuery query, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["status"] = query.Status, ["state"] = query.State, ["q"] = query.Q,
            ["page"] = query.Page.ToString(), ["pageSize"] = query.PageSize.ToString(),
        };
        var queryString = string.Join("&", parameters.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        return GetAsync<Paged<IssueView>>($"/api/ticketing/issues?{queryString}", cancellationToken);
    }

    public Task<ApiResult<IssueView>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<IssueView>($"/api/ticketing/issues/{id}", cancellationToken);

    public Task<ApiResult<IssueView>> ReportAsync(ReportIssueRequest request, CancellationToken cancellationToken) =>
        PostAsync<IssueView>("/api/ticketing/issues", request, cancellationToken);

    public Task<ApiResult<Attachment>> UploadAsync(Guid id, Stream content, string fileName, string contentType,
        CancellationToken cancellationToken) =>
        UploadAsync<Attachment>($"/api/ticketing/issues/{id}/attachments", content, fileName, contentType, cancellationToken);

    public Task<ApiResult<List<Attachment>>> AttachmentsAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<List<Attachment>>($"/api/ticketing/issues/{id}/attachments", cancellationToken);

    public Task<ApiResult<List<TimelineEntry>>> TimelineAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<List<TimelineEntry>>($"/api/ticketing/issues/{id}/timeline", cancellationToken);

    public Task<ApiResult<IssueView>> ConfirmAsync(Guid id, int rating, string? comment, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/acceptance", new { rating, comment }, cancellationToken);

    public Task<ApiResult<IssueView>> ObjectAsync(Guid id, string reason, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/objection", new { reason }, cancellationToken);
}
