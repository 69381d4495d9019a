namespace Jinning.Web.Api;

public sealed record SupervisorApplication(Guid Id, Guid SupervisorId, string Kind, string Reason, string Status, DateTimeOffset FiledAt,
    DateTimeOffset? DecidedAt, string? DecisionNote);

public sealed record Declaration(Guid Id, Guid SupervisorId, string Kind, string Summary, string Details, DateOnly? OccurredOn,
    string? Counterparty, decimal? EstimatedValue, string Status, bool NeedsApproval, DateTimeOffset FiledAt, DateTimeOffset? DecidedAt,
    string? DecisionNote);

public sealed record DeclarationRequest(string? Kind, string? Summary, string? Details, DateOnly? OccurredOn, string? Counterparty,
    decimal? EstimatedValue);

/// <summary>Art. 9.1 applications (adjustment, resignation) and Art. 7 declarations, filed by the supervisor and decided by the office.</summary>
public sealed class ApplicationsClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<Paged<SupervisorApplication>>> ListAllAsync(string? status, int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<SupervisorApplication>>($"/api/roster/applications?page={page}&pageSize=20{Status(status)}", cancellationToken);

    public Task<ApiResult<Paged<SupervisorApplication>>> ListOwnAsync(Guid supervisorId, CancellationToken cancellationToken) =>
        GetAsync<Paged<SupervisorApplication>>($"/api/roster/supervisors/{supervisorId}/applications?pageSize=50", cancellationToken);

    public Task<ApiResult<SupervisorApplication>> ApplyAsync(Guid supervisorId, string? kind, string? reason, CancellationToken cancellationToken) =>
        PostAsync<SupervisorApplication>($"/api/roster/supervisors/{supervisorId}/applications", new { kind, reason }, cancellationToken);

    public Task<ApiResult<SupervisorApplication>> DecideApplicationAsync(Guid supervisorId, Guid applicationId, bool approved, string? note,
        CancellationToken cancellationToken) =>
        PostAsync<SupervisorApplication>($"/api/roster/supervisors/{supervisorId}/applications/{applicationId}/decision",
            new { approved, note }, cancellationToken);

    public Task<ApiResult<Paged<Declaration>>> DeclarationsAsync(string? status, int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<Declaration>>($"/api/roster/declarations?page={page}&pageSize=20{Status(status)}", cancellationToken);

    public Task<ApiResult<Paged<Declaration>>> OwnDeclarationsAsync(Guid supervisorId, CancellationToken cancellationToken) =>
        GetAsync<Paged<Declaration>>($"/api/roster/supervisors/{supervisorId}/declarations?pageSize=50", cancellationToken);

    public Task<ApiResult<Declaration>> DeclareAsync(Guid supervisorId, DeclarationRequest request, CancellationToken cancellationToken) =>
        PostAsync<Declaration>($"/api/roster/supervisors/{supervisorId}/declarations", request, cancellationToken);

    public Task<ApiResult<Declaration>> DecideDeclarationAsync(Guid supervisorId, Guid declarationId, bool approved, string? note,
        CancellationToken cancellationToken) =>
        PostAsync<Declaration>($"/api/roster/supervisors/{supervisorId}/declarations/{declarationId}/decision",
            new { approved, note }, cancellationToken);

    private static string Status(string? status) => status is null ? "" : $"&status={Uri.EscapeDataString(status)}";
}
