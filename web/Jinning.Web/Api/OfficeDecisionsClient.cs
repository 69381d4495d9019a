namespace Jinning.Web.Api;

public sealed record Reclassification(string Category, bool Major, string Type, string Reason);

/// <summary>
/// What the office decides once a unit has the issue, and how it ends (T4, T5, T7, T10, T12): review, feedback, extension and
/// material, the callback of a complainant, closing with an outcome, reclassification, exposure as a typical case.
/// </summary>
public sealed class OfficeDecisionsClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<IssueView>> ReviewAsync(Guid id, bool approved, string? note, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/review", new { approved, note }, cancellationToken);

    public Task<ApiResult<IssueView>> FeedbackAsync(Guid id, string message, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/feedback", new { message }, cancellationToken);

    public Task<ApiResult<IssueView>> DecideExtensionAsync(Guid id, bool granted, DateTimeOffset? until, string? note,
        CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/extension/decision", new { granted, until, note }, cancellationToken);

    public Task<ApiResult<IssueView>> MaterialSuppliedAsync(Guid id, string? note, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/material", new { note }, cancellationToken);

    /// <summary>回访 of a hotline, mailbox or public complainant who accepts the result.</summary>
    public Task<ApiResult<IssueView>> CallbackAcceptedAsync(Guid id, int rating, string? comment, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/acceptance", new { rating, comment }, cancellationToken);

    /// <summary>回访 of a complainant who objects: the issue is handled again.</summary>
    public Task<ApiResult<IssueView>> CallbackObjectedAsync(Guid id, string reason, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/objection", new { reason }, cancellationToken);

    public Task<ApiResult<IssueView>> CloseAsync(Guid id, string outcome, string reason, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/close", new { outcome, reason }, cancellationToken);

    public Task<ApiResult<IssueView>> ReclassifyAsync(Guid id, Reclassification change, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/reclassify", change, cancellationToken);

    public Task<ApiResult<PublicCase>> ExposeAsync(Guid id, string title, string summary, CancellationToken cancellationToken) =>
        PostAsync<PublicCase>($"/api/ticketing/issues/{id}/expose", new { title, summary }, cancellationToken);
}
