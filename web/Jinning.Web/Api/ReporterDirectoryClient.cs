namespace Jinning.Web.Api;

/// <summary>A supervisor as the roster names them: enough to say who reported, or whose report the office enters.</summary>
public sealed record SupervisorCard(Guid Id, string Name, string CertificateNumber, string NominatingUnit, string Status);

/// <summary>Who reported (office, discipline commission), and the serving supervisors the office may register a report for.</summary>
public sealed class ReporterDirectoryClient(HttpClient http) : GatewayClient(http)
{
    private const int PageSize = 100;
    private const int MaxPages = 20;

    public Task<ApiResult<SupervisorCard>> SupervisorAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<SupervisorCard>($"/api/roster/supervisors/{id}", cancellationToken);

    /// <summary>Every serving supervisor, page after page (the roster has dozens, never thousands).</summary>
    public async Task<ApiResult<List<SupervisorCard>>> ServingAsync(CancellationToken cancellationToken)
    {
        var serving = new List<SupervisorCard>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var result = await GetAsync<Paged<SupervisorCard>>($"/api/roster/supervisors?status=active&page={page}&pageSize={PageSize}",
                cancellationToken);
            if (!result.Succeeded)
            {
                return ApiResult<List<SupervisorCard>>.Failed(result.Problem!);
            }
            serving.AddRange(result.Value!.Items);
            if (serving.Count >= result.Value.Total || result.Value.Items.Count == 0)
            {
                break;
            }
        }
        return ApiResult<List<SupervisorCard>>.Ok(serving);
    }
}
