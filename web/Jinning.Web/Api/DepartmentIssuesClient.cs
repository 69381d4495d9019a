namespace Jinning.Web.Api;

/// <summary>What a department does with an issue dispatched to it (T4): the lead unit signs for, returns, rectifies and asks for
/// time or material; co-handlers report progress.</summary>
public sealed class DepartmentIssuesClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<IssueView>> SignForAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/accept", null, cancellationToken);

    public Task<ApiResult<IssueView>> ReturnAsync(Guid id, string reason, string? note, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/return", new { reason, note }, cancellationToken);

    public Task<ApiResult<IssueView>> ProgressAsync(Guid id, string note, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/progress", new { note }, cancellationToken);

    public Task<ApiResult<IssueView>> RectifyAsync(Guid id, string summary, IReadOnlyList<string> evidence,
        CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/rectification", new { summary, evidence }, cancellationToken);

    public Task<ApiResult<IssueView>> RequestExtensionAsync(Guid id, DateTimeOffset until, string reason,
        CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/extension", new { until, reason }, cancellationToken);

    public Task<ApiResult<IssueView>> RequestMaterialAsync(Guid id, string note, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/material-request", new { note }, cancellationToken);
}
