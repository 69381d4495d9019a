using System.Net;
using System.Text;
using Jinning.Notification.Channels;
using Jinning.Notification.Webhooks;
using Jinning.Testing;
using Microsoft.Extensions.Options;

namespace Jinning.Notification.Tests;

/// <summary>
/// The webhook client reaches public addresses only (unless configured), never follows a redirect,
/// and signs the timestamp with the body. A receiver on loopback plays both the platform's own
/// services and a redirecting endpoint.
/// </summary>
public sealed class WebhookClientTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<string> _paths = [];
    private readonly string _baseUrl = $"http://127.0.0.1:{FreePort.Next()}/";

    public WebhookClientTests()
    {
        _listener.Prefixes.Add(_baseUrl);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.5")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::5")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("0.0.0.0")]
    public void InternalAddresses_AreNotPublic(string address) => Assert.False(WebhookAddressGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("203.0.113.10")]
    [InlineData("8.8.8.8")]
    [InlineData("2001:4860:4860::8888")]
    public void PublicAddresses_ArePublic(string address) => Assert.True(WebhookAddressGuard.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task LoopbackReceiver_IsRefusedBeforeAnythingIsSent_UnlessAllowed()
    {
        using var allowed = Client(allowPrivate: true);
        using var refused = Client(allowPrivate: false);

        // The receiver is reachable: the test watches something that can receive.
        var answer = await allowed.Client.PostAsync(_baseUrl + "ok", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        var refusal = await Assert.ThrowsAnyAsync<HttpRequestException>(() => refused.Client.PostAsync(_baseUrl + "secret", new StringContent("{}")));
        Assert.Contains(Chain(refusal), e => e is WebhookAddressRefusedException);
        Assert.DoesNotContain("/secret", Paths());
    }

    [Fact]
    public async Task Redirect_IsNeverFollowed()
    {
        using var webhooks = Client(allowPrivate: true);

        var answer = await webhooks.Client.PostAsync(_baseUrl + "redirect", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains("/redirect", Paths());
        Assert.DoesNotContain("/internal", Paths());
    }

    [Fact]
    public async Task NameResolvingToLoopback_IsRefusedToo()
    {
        using var webhooks = Client(allowPrivate: false);
        var port = new Uri(_baseUrl).Port;

        var refusal = await Assert.ThrowsAnyAsync<HttpRequestException>(
            () => webhooks.Client.PostAsync($"http://localhost:{port}/by-name", new StringContent("{}")));

        Assert.Contains(Chain(refusal), e => e is WebhookAddressRefusedException);
        Assert.DoesNotContain("/by-name", Paths());
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    [Fact]
    public void Signature_CoversTheTimestamp()
    {
        var signed = WebhookSender.Sign("secret-of-sixteen+", "1700000000", "{\"a\":1}");

        Assert.NotEqual(signed, WebhookSender.Sign("secret-of-sixteen+", "1700000601", "{\"a\":1}"));
        Assert.StartsWith("sha256=", signed);
    }

    private static WebhookHttp Client(bool allowPrivate) =>
        new(new WebhookAddressGuard(Options.Create(new WebhookOptions { AllowPrivateAddresses = allowPrivate })));

    private List<string> Paths()
    {
        lock (_paths)
        {
            return [.. _paths];
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            var path = context.Request.Url!.AbsolutePath;
            lock (_paths) { _paths.Add(path); }
            if (path == "/redirect")
            {
                context.Response.StatusCode = 302;
                context.Response.RedirectLocation = _baseUrl + "internal";
            }
            var bytes = Encoding.UTF8.GetBytes("ok");
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
