namespace Jinning.Web.Api;

/// <summary>A unit issues are dispatched to (责任单位).</summary>
public sealed record ResponsibleUnit(string Code, string Name, bool Active);

public sealed record DefaultDeadline(string Kind, int WorkingDays, DateTimeOffset Deadline);

/// <summary>The deadlines a dispatch sent now gets when the office gives none, and the sign-for limit.</summary>
public sealed record DefaultDeadlines(DateTimeOffset At, DateTimeOffset SignForDeadline, IReadOnlyList<DefaultDeadline> Kinds);

public sealed record DispatchOrder(string Kind, string? DepartmentCode, DateTimeOffset? Deadline, string? Instructions,
    IReadOnlyList<string>? CoHandlers, string? Level);

public sealed record DispatchReceipt(Guid Id, string Status, string DepartmentCode, string Kind, DateTimeOffset Deadline,
    DateTimeOffset? SignForDeadline, IReadOnlyList<string> CoHandlers, string? Level);

/// <summary>The office's research, dispatch, return arbitration and merge of duplicates (T3, T4).</summary>
public sealed class DispatchClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<List<ResponsibleUnit>>> UnitsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<ResponsibleUnit>>("/api/ticketing/departments", cancellationToken);

    public Task<ApiResult<DefaultDeadlines>> DefaultDeadlinesAsync(CancellationToken cancellationToken) =>
        GetAsync<DefaultDeadlines>("/api/ticketing/dispatch/default-deadlines", cancellationToken);

    public Task<ApiResult<IssueView>> ResearchAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/research", null, cancellationToken);

    public Task<ApiResult<DispatchReceipt>> DispatchAsync(Guid id, DispatchOrder order, CancellationToken cancellationToken) =>
        PostAsync<DispatchReceipt>($"/api/ticketing/issues/{id}/dispatch", order, cancellationToken);

    public Task<ApiResult<DispatchReceipt>> SendBackAsync(Guid id, string? note, CancellationToken cancellationToken) =>
        PostAsync<DispatchReceipt>($"/api/ticketing/issues/{id}/return/decision", new { decision = "send-back", note }, cancellationToken);

    public Task<ApiResult<DispatchReceipt>> RedispatchAsync(Guid id, DispatchOrder order, string? note, CancellationToken cancellationToken) =>
        PostAsync<DispatchReceipt>($"/api/ticketing/issues/{id}/return/decision", new { decision = "redispatch", note, dispatch = order },
            cancellationToken);

    public Task<ApiResult<IssueView>> MergeAsync(Guid id, Guid intoIssueId, string? note, CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/merge", new { intoIssueId, note }, cancellationToken);
}
