using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests;

/// <summary>
/// A department's (or an SMS gateway's) webhook endpoint, on loopback: <c>/ok</c> accepts, <c>/flaky</c>
/// fails the first two attempts of each delivery, <c>/down</c> always fails. Records every request.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();

    public sealed record Received(string Path, string DeliveryId, string Body, string? Signature, string? Timestamp);

    public ConcurrentQueue<Received> Requests { get; } = new();
    public string BaseUrl { get; }

    public WebhookReceiver()
    {
        BaseUrl = $"http://127.0.0.1:{FreePort.Next()}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (HttpListenerException) { return; }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var path = context.Request.Url!.AbsolutePath;
            var delivery = context.Request.Headers["X-Jinning-Delivery"] ?? "";
            Requests.Enqueue(new Received(path, delivery, body, context.Request.Headers["X-Jinning-Signature"],
                context.Request.Headers["X-Jinning-Timestamp"]));
            var attempts = Requests.Count(r => r.Path == path && r.DeliveryId == delivery);
            context.Response.StatusCode = path switch
            {
                "/ok" => 200,
                "/flaky" => attempts <= 2 ? 503 : 200,
                _ => 500,
            };
            context.Response.Close();
        }
    }

    /// <summary>As the README tells receivers: HMAC-SHA256 over "{timestamp}.{body}", and a timestamp of the last five minutes.</summary>
    public static bool SignatureIsValid(Received request, string secret) =>
        long.TryParse(request.Timestamp, out var seconds)
        && Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) <= 300
        && request.Signature == "sha256=" + Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{request.Timestamp}.{request.Body}")));

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
