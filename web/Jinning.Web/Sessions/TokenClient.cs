using System.Text.Json.Serialization;
using Jinning.Web.SignIn;
using Microsoft.Extensions.Options;

namespace Jinning.Web.Sessions;

/// <summary>The identity service's token endpoint, as the console (a confidential client) calls it to refresh.</summary>
public sealed class TokenClient(HttpClient http, IOptions<ConsoleClientOptions> client, TimeProvider time, ILogger<TokenClient> logger)
{
    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);

    public async Task<SessionTokens?> RefreshAsync(string refreshToken, string? clientAddress, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["client_id"] = client.Value.ClientId,
                ["client_secret"] = client.Value.ClientSecret,
            }),
        };
        ForwardedFor.Add(request, clientAddress);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogInformation("Token refresh refused: {Status}", (int)response.StatusCode);
            return null;
        }
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        return body is null
            ? null
            : new SessionTokens(body.AccessToken, body.RefreshToken, time.GetUtcNow().AddSeconds(body.ExpiresIn));
    }
}
