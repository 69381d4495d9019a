namespace Jinning.Web.Api;

public sealed record NominationSummary(Guid Id, string Name, string Background, string NominatingUnit, string Status, DateTimeOffset NominatedAt);

public sealed record Disqualifier(string Kind, string Evidence);

/// <summary>A nomination as the API gives it; the ID number is masked for anyone but the office.</summary>
public sealed record Nomination(
    Guid Id, string Name, string IdNumber, string? Phone, string? Email, string Workplace, string Background, bool SmallOrMediumEnterprise,
    string NominatingUnit, string? Statement, string Status, DateTimeOffset NominatedAt, bool? ConditionsMet,
    IReadOnlyList<Disqualifier> Disqualifiers, string? VettingNote, string? VettedBy, DateTimeOffset? VettedAt, string? RejectionReason,
    Guid? SupervisorId);

public sealed record NominateRequest(string? Name, string? IdNumber, string? Phone, string? Email, string? Workplace, string? Background,
    bool SmallOrMediumEnterprise, string? NominatingUnit, string? Statement);

public sealed record VettingRequest(bool? ConditionsMet, IReadOnlyList<Disqualifier> Disqualifiers, string? Note);

/// <summary>The appointment's answer: the activation code is in it once, and never again.</summary>
public sealed record Appointment(Guid SupervisorId, string CertificateNumber, DateOnly TermStart, DateOnly TermEnd, string ActivationCode);

/// <summary>Nominations as a nominating unit (its own) or the office (all) sees them (R1), and the office's decisions on them (R2, R3).</summary>
public sealed class NominationsClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<Paged<NominationSummary>>> ListAsync(CancellationToken cancellationToken, int page = 1, int pageSize = 20) =>
        GetAsync<Paged<NominationSummary>>($"/api/roster/nominations?page={page}&pageSize={pageSize}", cancellationToken);

    public Task<ApiResult<Paged<Nomination>>> ListAsync(string? status, int page, int pageSize, CancellationToken cancellationToken) =>
        GetAsync<Paged<Nomination>>(
            $"/api/roster/nominations?page={page}&pageSize={pageSize}{(status is null ? "" : $"&status={Uri.EscapeDataString(status)}")}",
            cancellationToken);

    public Task<ApiResult<Nomination>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<Nomination>($"/api/roster/nominations/{id}", cancellationToken);

    public Task<ApiResult<Nomination>> NominateAsync(NominateRequest request, CancellationToken cancellationToken) =>
        PostAsync<Nomination>("/api/roster/nominations", request, cancellationToken);

    public Task<ApiResult<Nomination>> VetAsync(Guid id, VettingRequest request, CancellationToken cancellationToken) =>
        PostAsync<Nomination>($"/api/roster/nominations/{id}/vetting", request, cancellationToken);

    public Task<ApiResult<Nomination>> ApproveAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<Nomination>($"/api/roster/nominations/{id}/approve", null, cancellationToken);

    public Task<ApiResult<Nomination>> RejectAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        PostAsync<Nomination>($"/api/roster/nominations/{id}/reject", new { reason }, cancellationToken);

    public Task<ApiResult<Appointment>> AppointAsync(Guid id, DateOnly? appointedOn, CancellationToken cancellationToken) =>
        PostAsync<Appointment>($"/api/roster/nominations/{id}/appoint", new { appointedOn }, cancellationToken);
}
