using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jinning.Benchmarks.Harness;

/// <summary>
/// The whole system as <c>./run.sh</c> starts it (the AppHost in local infra mode), on its own data folder and free
/// ports, with the gateway's rate limits raised so that load is measured rather than refused. Started the way the
/// end-to-end tests' PlatformFixture starts it, which gives each service's own address for the direct comparisons.
/// </summary>
public sealed class BenchPlatform : IAsyncDisposable
{
    public const string DevelopmentPassword = "Jinning#2026";
    private readonly DistributedApplication _app;

    private BenchPlatform(DistributedApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Gateway = Client(app.GetEndpoint("gateway", "http"));
    }

    public string DataDirectory { get; }
    public HttpClient Gateway { get; }

    public static async Task<BenchPlatform> StartAsync(TimeSpan timeout)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"jinning-bench-{DateTime.UtcNow:yyyyMMddHHmmss}");
        Directory.CreateDirectory(dataDirectory);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Jinning_AppHost>(
        [
            "--Jinning:Infra=local",
            $"--Jinning:DataDirectory={dataDirectory}",
            "--Jinning:Ports:Gateway=0",
            "--Jinning:Ports:Amqp=0",
            "--Jinning:Ports:MailUi=0",
            "--Jinning:Ports:Smtp=0",
            "--Jinning:Ports:BrokerManagement=0",
            "--Jinning:RateLimits:Window=00:01:00",
            "--Jinning:RateLimits:General=100000000",
            "--Jinning:RateLimits:Token=100000",
            "--Jinning:RateLimits:PublicPost=100000",
        ]);
        builder.Services.AddLogging(logging => logging
            .AddFilter("Jinning.AppHost.Resources", LogLevel.Critical)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical)
            .AddFilter("Aspire", LogLevel.Warning)
            .AddFilter("System.Net.Http", LogLevel.Warning)
            .AddFilter("Microsoft", LogLevel.Warning));
        var app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(timeout);
        await app.StartAsync(startup.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", startup.Token);
        var platform = new BenchPlatform(app, dataDirectory);
        while ((await platform.Gateway.GetAsync("/health", startup.Token)).StatusCode != System.Net.HttpStatusCode.OK)
        {
            await Task.Delay(1000, startup.Token);
        }
        return platform;
    }

    /// <summary>A service's own address, past the gateway.</summary>
    public HttpClient Direct(string service) => Client(_app.GetEndpoint(service, "http"));

    public string BrokerUri(string user, string password) =>
        $"amqp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@127.0.0.1:{_app.GetEndpoint("broker-server", "amqp").Port}";

    public async Task<string> TokenAsync(string userName, string password = DevelopmentPassword)
    {
        var response = await Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = userName, ["password"] = password,
        }));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"token for {userName}: {(int)response.StatusCode} {body}");
        }
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public static async Task<JsonElement> SendOkAsync(HttpClient client, HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Stops the AppHost the way Ctrl-C does (the host's graceful stop) and waits until no process it started is left.</summary>
    public async Task<TimeSpan> StopAndWaitAsync(IReadOnlyList<int> children, TimeSpan limit)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await _app.StopAsync();
        await _app.DisposeAsync();
        while (children.Any(IsAlive) && started.Elapsed < limit)
        {
            await Task.Delay(100);
        }
        return started.Elapsed;
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            var state = File.ReadAllText($"/proc/{pid}/stat");
            return state[(state.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static HttpClient Client(Uri address) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
    {
        BaseAddress = address, Timeout = TimeSpan.FromSeconds(30),
    };

    public async ValueTask DisposeAsync()
    {
        Gateway.Dispose();
        try
        {
            await _app.DisposeAsync();
        }
        catch (ObjectDisposedException)
        {
        }
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
