using Microsoft.Extensions.Configuration;
using System.Diagnostics;

namespace Jinning.AppHost.Infrastructure;

public enum InfraMode
{
    /// <summary>Aspire's container resources; needs a Docker or Podman engine.</summary>
    Containers,
    /// <summary>Debian's postgres and rabbitmq-server as processes the AppHost manages.</summary>
    Local,
}

public static class InfraModeSelector
{
    /// <summary>
    /// Reads <c>Jinning:Infra</c> (containers | local | auto). Aspire has no fallback when no engine
    /// runs (dependants would wait forever), so <c>auto</c> probes the engines itself.
    /// </summary>
    public static InfraMode Select(IConfiguration configuration)
    {
        var setting = configuration["Jinning:Infra"] ?? "auto";
        return setting.ToLowerInvariant() switch
        {
            "containers" => InfraMode.Containers,
            "local" => InfraMode.Local,
            "auto" => ContainerEngineRuns("docker") || ContainerEngineRuns("podman") ? InfraMode.Containers : InfraMode.Local,
            _ => throw new InvalidOperationException($"Jinning:Infra must be containers, local or auto, not '{setting}'."),
        };
    }

    private static bool ContainerEngineRuns(string client)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(client, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // client not installed
        }
    }
}
