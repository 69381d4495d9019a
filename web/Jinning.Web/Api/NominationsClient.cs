namespace Jinning.Web.Api;

public sealed record NominationSummary(Guid Id, string Name, string Background, string NominatingUnit, string Status, DateTimeOffset NominatedAt);

/// <summary>Nominations as a nominating unit (its own) or the office (all) sees them (R1).</summary>
public sealed class NominationsClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<Paged<NominationSummary>>> ListAsync(CancellationToken cancellationToken, int page = 1, int pageSize = 20) =>
        GetAsync<Paged<NominationSummary>>($"/api/roster/nominations?page={page}&pageSize={pageSize}", cancellationToken);
}
