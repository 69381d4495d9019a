namespace Jinning.Web.Api;

public sealed record PastTerm(string CertificateNumber, DateOnly TermStart, DateOnly TermEnd, string? EndedAs, DateOnly? EndedOn);

/// <summary>A supervisor as the office's roster lists them, with the Art. 9 actions on their file and earlier terms.</summary>
public sealed record SupervisorSummary(Guid Id, string Name, string CertificateNumber, string NominatingUnit, string Background,
    bool SmallOrMediumEnterprise, DateOnly TermStart, DateOnly TermEnd, string Status, IReadOnlyList<SupervisorAction> Actions,
    IReadOnlyList<PastTerm>? PastTerms);

public sealed record ActionRequest(string? Kind, string? ReasonCode, string? Note, DateOnly? On, bool? ReferToDiscipline);

/// <summary>The office's roster (R3–R5, R9): supervisors, Art. 9 actions and reappointment.</summary>
public sealed class SupervisorsClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<Paged<SupervisorSummary>>> ListAsync(string? status, int page, int pageSize, CancellationToken cancellationToken) =>
        GetAsync<Paged<SupervisorSummary>>(
            $"/api/roster/supervisors?page={page}&pageSize={pageSize}{(status is null ? "" : $"&status={Uri.EscapeDataString(status)}")}",
            cancellationToken);

    public Task<ApiResult<SupervisorSummary>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<SupervisorSummary>($"/api/roster/supervisors/{id}", cancellationToken);

    public Task<ApiResult<SupervisorSummary>> RecordActionAsync(Guid id, ActionRequest request, CancellationToken cancellationToken) =>
        PostAsync<SupervisorSummary>($"/api/roster/supervisors/{id}/actions", request, cancellationToken);

    public Task<ApiResult<Appointment>> ReappointAsync(Guid id, Guid? nominationId, DateOnly? appointedOn, CancellationToken cancellationToken) =>
        PostAsync<Appointment>($"/api/roster/supervisors/{id}/reappoint", new { nominationId, appointedOn }, cancellationToken);

    /// <summary>Every supervisor's name by id, for lists that carry only the id (at most a few hundred people serve).</summary>
    public async Task<Dictionary<Guid, SupervisorSummary>> DirectoryAsync(CancellationToken cancellationToken)
    {
        var all = new Dictionary<Guid, SupervisorSummary>();
        for (var page = 1; page <= 20; page++)
        {
            var result = await ListAsync(null, page, 100, cancellationToken);
            foreach (var supervisor in result.Value?.Items ?? [])
            {
                all[supervisor.Id] = supervisor;
            }
            if (result.Value is null || page * 100 >= result.Value.Total)
            {
                break;
            }
        }
        return all;
    }
}
