namespace Jinning.Notification.Webhooks;

/// <summary>
/// The one HTTP client webhooks go out through, made by hand rather than by the client factory: the
/// factory's defaults add service discovery, which would turn a registered <c>http://identity</c>
/// into the identity service, and resilience retries that would hide our own. No proxy (it would
/// connect for us, past the address check), no redirects (a public URL must not bounce inside).
/// </summary>
public sealed class WebhookHttp : IDisposable
{
    public WebhookHttp(WebhookAddressGuard guard)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectCallback = guard.ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        Client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(15) };
    }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
