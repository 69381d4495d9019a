using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jinning.AppHost.Infrastructure;

/// <summary>
/// Erlang starts an <c>epmd</c> daemon beside RabbitMQ that outlives the broker process. The AppHost
/// allocated its port, so the AppHost ends it when it stops: nothing it started is left behind.
/// </summary>
internal sealed class EpmdCleanup(EndpointReference epmd, ILogger<EpmdCleanup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!epmd.IsAllocated)
        {
            return;
        }
        try
        {
            using var process = Process.Start(new ProcessStartInfo("epmd", ["-port", epmd.Port.ToString(), "-kill"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is not null)
            {
                await process.WaitForExitAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            logger.LogWarning("Could not stop epmd on port {Port}: {Reason}", epmd.Port, exception.Message);
        }
    }
}
