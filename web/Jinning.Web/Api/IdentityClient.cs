namespace Jinning.Web.Api;

public sealed record Pledge(string Title, IReadOnlyList<string> Articles, string Statement);
public sealed record ActivationRequest(string? CertificateNumber, string? ActivationCode, string? Password, bool PledgeAccepted);

/// <summary>A new supervisor's activation, and the Art. 7 pledge it asks them to accept.</summary>
public sealed class IdentityClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<Pledge>> PledgeAsync(CancellationToken cancellationToken) =>
        GetAsync<Pledge>("/api/identity/pledge", cancellationToken);

    public Task<ApiResult> ActivateAsync(ActivationRequest request, CancellationToken cancellationToken) =>
        PostAsync("/api/identity/activate", request, cancellationToken);
}
