using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Jinning.Web.Sessions;
using Jinning.Web.SignIn;
using Microsoft.AspNetCore.Components.Authorization;

namespace Jinning.Web.Api;

/// <summary>
/// Sends the signed-in person's access token with each call to the gateway (never to the browser),
/// and the browser's address with a server-rendered page's calls. A 401 means the sign-in has been
/// revoked: the session ends and the page sends the person to sign in again.
/// </summary>
public sealed class AccessTokenHandler(CircuitServicesAccessor circuit, IHttpContextAccessor http) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (services, user, clientAddress) = await CallerAsync();
        var sessionId = user.SessionId();
        var sessions = services?.GetRequiredService<SessionStore>();
        if (sessionId is { } id && sessions is not null)
        {
            var token = await sessions.AccessTokenAsync(id, clientAddress, cancellationToken) ?? throw new SignInExpiredException();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        ForwardedFor.Add(request, clientAddress);

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized && sessionId is { } ended && sessions is not null)
        {
            response.Dispose();
            await sessions.EndAsync(ended, cancellationToken);
            throw new SignInExpiredException();
        }
        return response;
    }

    private async Task<(IServiceProvider? Services, ClaimsPrincipal User, string? ClientAddress)> CallerAsync()
    {
        if (circuit.Services is { } circuitServices)
        {
            var state = await circuitServices.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync();
            return (circuitServices, state.User, null);
        }
        var context = http.HttpContext;
        return (context?.RequestServices, context?.User ?? new ClaimsPrincipal(), context?.Connection.RemoteIpAddress?.ToString());
    }
}
