namespace Jinning.Web.Api;

/// <summary>One change of an issue as the history keeps it: who, when, what, from which status to which, why.</summary>
public sealed record HistoryEntry(long Id, DateTimeOffset At, string Actor, string ActorRole, string Action, string? FromStatus,
    string ToStatus, string? Note);

/// <summary>Someone saw who reported an issue: who, when, through which route.</summary>
public sealed record IdentityView(long Id, DateTimeOffset At, string Viewer, string ViewerRole, string Via);

/// <summary>An issue's append-only records (T8): its history and the log of who saw its reporter.</summary>
public sealed class IssueRecordsClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<List<HistoryEntry>>> HistoryAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<List<HistoryEntry>>($"/api/ticketing/issues/{id}/history", cancellationToken);

    public Task<ApiResult<List<IdentityView>>> IdentityViewsAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<List<IdentityView>>($"/api/ticketing/issues/{id}/identity-views", cancellationToken);
}
