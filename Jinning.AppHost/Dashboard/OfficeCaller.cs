using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jinning.AppHost.Dashboard;

/// <summary>
/// Calls the platform's API through the gateway as the seeded <c>office</c> account, for the dashboard's commands. Only in
/// development, where that account's password is the <c>accounts-password</c> parameter; elsewhere the office signs in itself.
/// </summary>
public sealed class OfficeCaller(EndpointReference gateway, IResourceBuilder<ParameterResource> accountsPassword)
{
    public const string OfficeUser = "office";

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(gateway.Url), Timeout = TimeSpan.FromMinutes(5) };
        var password = await accountsPassword.Resource.GetValueAsync(cancellationToken) ?? "";
        using var tokenResponse = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = OfficeUser, ["password"] = password,
        }), cancellationToken);
        if (!tokenResponse.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Signing in as {OfficeUser} answered {(int)tokenResponse.StatusCode}.");
        }
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("access_token").GetString();
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request, cancellationToken);
    }

    public async Task<ExecuteCommandResult> RunAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, path, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? CommandResults.Success(body)
            : CommandResults.Failure($"{method} {path} answered {(int)response.StatusCode}: {body}");
    }
}
