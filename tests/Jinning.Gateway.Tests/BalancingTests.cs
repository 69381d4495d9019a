using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Gateway.Tests;

/// <summary>
/// The gateway in front of two instances of a service, each found by service discovery as its own destination: it spreads
/// requests over both, stops sending to one that is killed (health checks), and keeps a console session on one instance.
/// </summary>
public sealed class BalancingTests : IAsyncLifetime
{
    private readonly Instance _first = new("first");
    private readonly Instance _second = new("second");
    private WebApplicationFactory<Program> _gateway = null!;

    public async Task InitializeAsync()
    {
        await _first.StartAsync();
        await _second.StartAsync();
        _gateway = new BalancedGateway(_first.Address, _second.Address);
    }

    [Fact]
    public async Task RequestsReachBothInstances_AndNoLongerTheOneThatIsDown()
    {
        var client = _gateway.CreateClient();
        var answered = await AnswersAsync(client, "/api/roster/whoami", 30);
        Assert.Contains("first", answered);
        Assert.Contains("second", answered);

        await _second.DisposeAsync();
        // The killed instance's refused connections and missed /alive probes take it out of the rotation.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        IReadOnlyList<string> afterwards;
        do
        {
            await Task.Delay(500);
            afterwards = await AnswersAsync(client, "/api/roster/whoami", 20);
        }
        while (afterwards.Any(answer => answer != "first") && DateTime.UtcNow < deadline);

        Assert.All(afterwards, answer => Assert.Equal("first", answer));
    }

    [Fact]
    public async Task AConsoleSession_StaysOnTheInstanceHoldingItsCircuit()
    {
        var client = _gateway.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var first = await client.GetAsync("/console/whoami");
        Assert.Contains(first.Headers, header => header.Key == "Set-Cookie"
            && header.Value.Any(cookie => cookie.StartsWith(".Jinning.Console.Instance=", StringComparison.Ordinal)));
        var instance = await first.Content.ReadAsStringAsync();

        var answered = await AnswersAsync(client, "/console/whoami", 20);

        Assert.All(answered, answer => Assert.Equal(instance, answer));
    }

    private static async Task<IReadOnlyList<string>> AnswersAsync(HttpClient client, string path, int count)
    {
        var answers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.GetAsync(path);
            answers.Add(response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : $"{(int)response.StatusCode}");
        }
        return answers;
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    private sealed class BalancedGateway(string first, string second) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Auth:Issuer", GatewayHost.Issuer);
            foreach (var service in new[] { "roster", "web" })
            {
                builder.UseSetting($"services:{service}:http:0", first);
                builder.UseSetting($"services:{service}:http:1", second);
            }
            // Probe often, so the test sees a dead instance leave the rotation within seconds.
            builder.UseSetting("ReverseProxy:Clusters:roster:HealthCheck:Active:Interval", "00:00:01");
            builder.UseSetting("ReverseProxy:Clusters:roster:HealthCheck:Active:Timeout", "00:00:01");
        }
    }

    /// <summary>A stand-in service instance on a free loopback port that says which instance answered.</summary>
    private sealed class Instance(string name) : IAsyncDisposable
    {
        private WebApplication? _app;

        public string Address { get; private set; } = "";

        public async Task StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            _app = builder.Build();
            _app.MapGet("/alive", () => Results.Ok());
            _app.MapGet("/api/roster/whoami", () => name);
            _app.MapGet("/console/whoami", () => name);
            await _app.StartAsync();
            Address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        }

        public async ValueTask DisposeAsync()
        {
            if (_app is not null)
            {
                var app = _app;
                _app = null;
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }
}
