using Jinning.Web.Sessions;

namespace Jinning.Web.SignIn;

/// <summary>Adds the browser's address to the console's calls made while serving that browser's request.</summary>
public sealed class ForwardedForHandler(IHttpContextAccessor http) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ForwardedFor.Add(request, http.HttpContext?.Connection.RemoteIpAddress?.ToString());
        return base.SendAsync(request, cancellationToken);
    }
}
