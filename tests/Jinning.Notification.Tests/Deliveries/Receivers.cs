using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Jinning.Testing;

namespace Jinning.Notification.Tests.Deliveries;

/// <summary>
/// Webhook endpoints on loopback: <c>/fast/…</c> answers at once, <c>/slow/…</c> holds each request until released (at most
/// 10 s). Records which delivery ids each endpoint received, duplicates included.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WebhookReceiver()
    {
        BaseUrl = $"http://127.0.0.1:{FreePort.Next()}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }
    public ConcurrentQueue<string> Received { get; } = new();
    public int SlowWaiting => _slowWaiting;
    public TimeSpan FastDelay { get; init; } = TimeSpan.Zero;
    private int _slowWaiting;

    public void ReleaseSlow() => _release.TrySetResult();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (path.StartsWith("/slow", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _slowWaiting);
            await Task.WhenAny(_release.Task, Task.Delay(TimeSpan.FromSeconds(10)));
            Interlocked.Decrement(ref _slowWaiting);
        }
        else
        {
            await Task.Delay(FastDelay);
        }
        Received.Enqueue(context.Request.Headers["X-Jinning-Delivery"] ?? "");
        context.Response.StatusCode = 200;
        try { context.Response.Close(); }
        catch (HttpListenerException) { }
    }

    public void Dispose()
    {
        _release.TrySetResult();
        _listener.Close();
    }
}

/// <summary>Just enough of an SMTP server to take MailKit's messages; records the delivery id of each.</summary>
public sealed class SmtpReceiver : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public SmtpReceiver()
    {
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public ConcurrentQueue<string> Received { get; } = new();

    private async Task ServeAsync()
    {
        while (true)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(); }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException) { return; }
            _ = Task.Run(() => ConverseAsync(client));
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 test ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ')[0].ToUpperInvariant();
            if (command == "DATA")
            {
                await writer.WriteLineAsync("354 go ahead");
                while (await reader.ReadLineAsync() is { } data && data != ".")
                {
                    if (data.StartsWith("X-Jinning-Delivery:", StringComparison.OrdinalIgnoreCase))
                    {
                        Received.Enqueue(data["X-Jinning-Delivery:".Length..].Trim());
                    }
                }
                await writer.WriteLineAsync("250 queued");
            }
            else if (command == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                return;
            }
            else
            {
                await writer.WriteLineAsync(command == "EHLO" ? "250 test" : "250 ok");
            }
        }
    }

    public void Dispose() => _listener.Stop();
}
