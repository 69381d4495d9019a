using System.Net;
using Aspire.Hosting;
using Jinning.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jinning.EndToEnd.Tests;

/// <summary>
/// The whole platform as <c>./run.sh</c> starts it, through the AppHost, in local infra mode, with
/// its data in a temporary folder and every port chosen freely (so it can run beside <c>./run.sh</c>).
/// A test project needing the platform set up differently overrides <see cref="Configure"/>.
/// </summary>
public class PlatformFixture : IAsyncLifetime
{
    private readonly string[] _extraArguments;

    public PlatformFixture() : this([])
    {
    }

    /// <summary>With AppHost settings of a test project's own (xunit wants one public constructor for a collection fixture).</summary>
    internal PlatformFixture(string[] extraArguments) => _extraArguments = extraArguments;

    // A machine shared with other builds can need longer than four minutes: JINNING_STARTUP_MINUTES raises it.
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(
        int.TryParse(Environment.GetEnvironmentVariable("JINNING_STARTUP_MINUTES"), out var minutes) && minutes > 0 ? minutes : 4);
    private readonly string _dataDirectory = RepositoryPaths.NewTemporaryDirectory("e2e");
    private DistributedApplication? _app;

    public HttpClient Gateway { get; private set; } = null!;
    public Accounts Accounts { get; private set; } = null!;
    public DistributedApplication App => _app ?? throw new InvalidOperationException("The platform did not start.");

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Jinning_AppHost>(
        [
            "--Jinning:Infra=local",
            $"--Jinning:DataDirectory={_dataDirectory}",
            "--Jinning:Ports:Gateway=0",
            "--Jinning:Ports:Amqp=0",
            "--Jinning:Ports:MailUi=0",
            "--Jinning:Ports:Smtp=0",
            "--Jinning:Ports:BrokerManagement=0",
            // Short windows, so the rate-limit test does not starve the others for a minute.
            "--Jinning:RateLimits:Window=00:00:05",
            "--Jinning:RateLimits:General=100000",
            "--Jinning:RateLimits:Token=15",
            // Fast retries, so a webhook that always fails reaches the dead letters within the test.
            "--Jinning:Delivery:BaseDelay=00:00:00.300",
            "--Jinning:Delivery:MaxAttempts=4",
            // The test's webhook receiver listens on loopback, which webhooks may not reach otherwise.
            "--Jinning:Webhooks:AllowPrivateAddresses=true",
            .. _extraArguments,
        ]);
        // Resource logs stay in the AppHost unless something goes wrong; the test output stays readable.
        builder.Services.AddLogging(logging => logging
            .AddFilter("Jinning.AppHost.Resources", LogLevel.Warning)
            // PostgreSQL writes all its notices to stderr, e.g. "database does not exist" before a migration creates it.
            .AddFilter("Jinning.AppHost.Resources.postgres", LogLevel.Critical)
            // The AppHost polls resources that are still starting; those failed probes are expected.
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical)
            .AddFilter("Aspire", LogLevel.Warning)
            .AddFilter("System.Net.Http", LogLevel.Warning)
            .AddFilter("Microsoft", LogLevel.Warning));
        Configure(builder);
        _app = await builder.BuildAsync();

        using var startup = new CancellationTokenSource(StartupTimeout);
        await _app.StartAsync(startup.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", startup.Token);
        Gateway = _app.CreateHttpClient("gateway", "http");
        Gateway.Timeout = TimeSpan.FromSeconds(30);
        Accounts = new Accounts(Gateway);

        await Eventually.WaitForAsync(
            async () => (await Gateway.GetAsync("/health", startup.Token)).StatusCode,
            status => status == HttpStatusCode.OK, StartupTimeout, "every service to be healthy behind the gateway");
    }

    /// <summary>Changes the AppHost's model before it is built, e.g. a service's settings.</summary>
    protected virtual void Configure(IDistributedApplicationTestingBuilder builder)
    {
    }

    public async Task<string> BrokerAmqpUriAsync(string user, string password)
    {
        var endpoint = App.GetEndpoint("broker-server", "amqp");
        return await Task.FromResult($"amqp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@127.0.0.1:{endpoint.Port}");
    }

    /// <summary>A service's own connection as the AppHost gives it (its role and development password).</summary>
    public string ServiceDatabase(string service, string database) =>
        $"Host=127.0.0.1;Port={App.GetEndpoint("postgres", "tcp").Port};Username={service};Password=jinning-dev-{service}-db;"
        + $"Database={database};Pooling=false";

    public Uri MailApi => new(App.GetEndpoint("mail-server", "http").ToString());

    /// <summary>The platform's own broker user, for tests that play a publisher.</summary>
    public Task<string> PlatformBrokerUriAsync() => BrokerAmqpUriAsync("jinning", "jinning-dev-broker");

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
