using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jinning.Gateway.Tests;

/// <summary>A stand-in service on a free local port whose <c>/health</c> answers a fixed report, as ServiceDefaults writes it.</summary>
public sealed class FakeHealthService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeHealthService(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    public string Address { get; }

    public static async Task<FakeHealthService> StartAsync(int statusCode, string body)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/health", () => Results.Text(body, "application/json", statusCode: statusCode));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FakeHealthService(app, address);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
